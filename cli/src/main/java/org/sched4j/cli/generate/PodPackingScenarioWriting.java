package org.sched4j.cli.generate;

import java.nio.file.Path;
import java.util.Arrays;
import org.sched4j.heuristics.podpacking.KubeDefaultScheduler;
import org.sched4j.instances.podpacking.PodPackingJsonFormat;
import org.sched4j.podpacking.PodPackingInstance;
import org.sched4j.podpacking.PodPlacement;

/** Prepares generated pod packing scenarios and writes them in the {@code podpacking-json} format. */
final class PodPackingScenarioWriting {

    /** The format scenarios are written in. */
    static final PodPackingJsonFormat FORMAT = new PodPackingJsonFormat();

    private PodPackingScenarioWriting() {
    }

    /**
     * The scenario after the default scheduler has placed the first {@code arrived} pods (in creation order) of
     * {@code scenario}, all pending: those it placed run where it put them, the rest of them and every later pod are
     * pending. {@code arrived = podCount} gives the state in which the paper calls its optimiser.
     */
    static PodPackingInstance afterDefaultScheduler(PodPackingInstance scenario, int arrived) {
        PodPackingInstance firstPods = new PodPackingInstance(scenario.name(), scenario.nodes(),
                scenario.pods().subList(0, arrived));
        int[] plan = KubeDefaultScheduler.schedule(firstPods).nodes();
        int[] nodes = new int[scenario.podCount()];
        Arrays.fill(nodes, -1);
        System.arraycopy(plan, 0, nodes, 0, arrived);
        return scenario.afterPlan(new PodPlacement(nodes));
    }

    /** Writes {@code scenario} to {@code file}, creating its folder. */
    static void write(PodPackingInstance scenario, Path file) {
        OutputFileMixin.write(FORMAT, scenario, file, null);
    }
}
