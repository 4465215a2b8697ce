package org.sched4j.heuristics.podpacking;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.sched4j.podpacking.ClusterNode;
import org.sched4j.podpacking.LabelSelector;
import org.sched4j.podpacking.NodeScheduling;
import org.sched4j.podpacking.Pod;
import org.sched4j.podpacking.PodPackingInstance;
import org.sched4j.podpacking.PodPackingProblem;
import org.sched4j.podpacking.PodPlacement;
import org.sched4j.podpacking.PodScheduling;
import org.sched4j.podpacking.Taint;

/** Builders of the tiny clusters of the scheduler tests, and the plan checked by the evaluator. */
final class TinyClusters {

    static final long MEMORY = 8L << 30;
    static final long POD_MEMORY = 64L << 20;

    private TinyClusters() {
    }

    /** A node of {@code cpu} millicores and 8 GiB with these labels and taints. */
    static ClusterNode node(String name, long cpu, Map<String, String> labels, Taint... taints) {
        return new ClusterNode(name, cpu, MEMORY, 110).withScheduling(new NodeScheduling(labels, List.of(taints),
                false));
    }

    /** A node in zone {@code zone}. */
    static ClusterNode zoned(String name, long cpu, String zone) {
        return node(name, cpu, Map.of(ClusterNode.ZONE_LABEL, zone));
    }

    /** A pending pod of {@code cpu} millicores, priority 0, app {@code app} in namespace default. */
    static Pod pending(String name, long cpu, String app) {
        return Pod.pending(name, cpu, POD_MEMORY, 0).withScheduling(app(app));
    }

    /** A pod of app {@code app} running on node {@code node}. */
    static Pod running(String name, long cpu, String app, int node) {
        return new Pod(name, cpu, POD_MEMORY, 0, node, false).withScheduling(app(app));
    }

    /** The labels {@code app=value} in namespace default, no rules. */
    static PodScheduling app(String value) {
        return PodScheduling.labelled("default", Map.of("app", value));
    }

    /** The selector of {@code app=value}. */
    static LabelSelector selects(String value) {
        return LabelSelector.of(Map.of("app", value));
    }

    static PodPackingInstance cluster(List<ClusterNode> nodes, Pod... pods) {
        return new PodPackingInstance("tiny", nodes, List.of(pods));
    }

    /** The kube-default plan of {@code instance}, asserted free of violations. */
    static int[] kubeDefault(PodPackingInstance instance) {
        return valid(instance, KubeDefaultScheduler.schedule(instance));
    }

    /** The fgd plan of {@code instance}, asserted free of violations. */
    static int[] fgd(PodPackingInstance instance) {
        return valid(instance, KubeDefaultScheduler.run(instance, FragmentationGradient::new).placement());
    }

    static int[] valid(PodPackingInstance instance, PodPlacement plan) {
        assertThat(PodPackingProblem.TYPE.evaluate(instance, plan).violations()).isEmpty();
        return plan.nodes();
    }
}
