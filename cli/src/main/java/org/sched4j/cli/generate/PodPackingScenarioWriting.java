package org.sched4j.cli.generate;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import org.sched4j.cli.BadInputException;
import org.sched4j.heuristics.podpacking.KubeDefaultScheduler;
import org.sched4j.instances.podpacking.GeneratedCluster;
import org.sched4j.instances.podpacking.KubectlJsonWriter;
import org.sched4j.instances.podpacking.PodPackingJsonFormat;
import org.sched4j.podpacking.Pod;
import org.sched4j.podpacking.PodPackingInstance;
import org.sched4j.podpacking.PodPlacement;

/** Prepares generated pod packing scenarios and writes them in the {@code podpacking-json} or kubectl format. */
final class PodPackingScenarioWriting {

    /** The compact format scenarios are written in. */
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

    /**
     * The cluster after the default scheduler has placed the first {@code share} of its pending pods (in creation
     * order, rounded), beside the pods that run already; what it placed runs where the rules allow it
     * ({@link GeneratedCluster#withRunning}: a scheduler that does not follow a rule of the cluster cannot leave an
     * invalid state), the rest is pending, the disruption budgets computed for the new state.
     */
    static GeneratedCluster afterDefaultScheduler(GeneratedCluster cluster, double share) {
        PodPackingInstance scenario = cluster.instance();
        int pending = scenario.pendingCount();
        int arrived = (int) Math.round(share * pending);
        if (arrived == 0) {
            return cluster;
        }
        int end = 0;
        for (int seen = 0; seen < arrived; end++) {
            seen += scenario.pods().get(end).isRunning() ? 0 : 1;
        }
        PodPackingInstance firstPods = new PodPackingInstance(scenario.name(), scenario.nodes(),
                scenario.pods().subList(0, end), scenario.budgets(), scenario.unsupported());
        int[] plan = KubeDefaultScheduler.schedule(firstPods).nodes();
        int[] nodes = new int[scenario.podCount()];
        Arrays.fill(nodes, Pod.PENDING);
        System.arraycopy(plan, 0, nodes, 0, end);
        return cluster.withRunning(new PodPlacement(nodes));
    }

    /** Writes {@code scenario} to {@code file}, creating its folder. */
    static void write(PodPackingInstance scenario, Path file) {
        OutputFileMixin.write(FORMAT, scenario, file, null);
    }

    /** Writes {@code cluster} as a kubectl folder ({@link KubectlJsonWriter}), creating it. */
    static void writeKubectl(GeneratedCluster cluster, Path folder) {
        try {
            KubectlJsonWriter.write(cluster, folder);
        } catch (IOException e) {
            throw new BadInputException(folder + ": cannot write it: " + e.getMessage());
        }
    }

    /** Writes {@code scenario} as a kubectl folder ({@link KubectlJsonWriter}), creating it. */
    static void writeKubectl(PodPackingInstance scenario, Path folder) {
        try {
            KubectlJsonWriter.write(scenario, folder);
        } catch (IOException e) {
            throw new BadInputException(folder + ": cannot write it: " + e.getMessage());
        }
    }
}
