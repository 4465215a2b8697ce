package org.sched4j.portfolio.podpacking;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.sched4j.podpacking.ClusterNode;
import org.sched4j.podpacking.DisruptionBudget;
import org.sched4j.podpacking.GpuRequest;
import org.sched4j.podpacking.LabelRequirement;
import org.sched4j.podpacking.LabelSelector;
import org.sched4j.podpacking.NodeAffinity;
import org.sched4j.podpacking.NodeScheduling;
import org.sched4j.podpacking.NodeSelectorTerm;
import org.sched4j.podpacking.Pod;
import org.sched4j.podpacking.PodAffinityTerm;
import org.sched4j.podpacking.PodPackingInstance;
import org.sched4j.podpacking.PodScheduling;
import org.sched4j.podpacking.PlacementRules;
import org.sched4j.podpacking.Taint;
import org.sched4j.podpacking.TaintEffect;
import org.sched4j.podpacking.Toleration;
import org.sched4j.podpacking.TopologySpreadConstraint;

/**
 * Random clusters that carry every rule kind, for the tests and measurements of the node-subset search: nodes in four
 * zones, some tainted ({@code NoSchedule} or {@code PreferNoSchedule}), a few cordoned, a fifth with 4 or 8 GPUs;
 * pods in deployments of 2 to 10 replicas of one priority (0, 10, 100 or 1000), each deployment with one rule
 * (required hostname anti-affinity, zone spread {@code DoNotSchedule} with maxSkew 1, required zone affinity to
 * another deployment, a preferred node affinity, a toleration of the taint, or none), a tenth of them asking for GPU
 * shares or whole GPUs, half covered by a disruption budget allowing 0 or 1. About 60 % of the pods run, placed first
 * fit where they fit and their node rules allow (so the current placement is valid), the others are pending.
 */
final class RuleCarryingCluster {

    private static final long GIB = 1L << 30;
    private static final String[] ZONES = {"z1", "z2", "z3", "z4"};

    private RuleCarryingCluster() {
    }

    static PodPackingInstance generate(int nodeCount, int podCount, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<ClusterNode> nodes = new ArrayList<>();
        for (int n = 0; n < nodeCount; n++) {
            List<Taint> taints = new ArrayList<>();
            int kind = random.nextInt(20);
            if (kind < 2) {
                taints.add(new Taint("dedicated", "infra", TaintEffect.NO_SCHEDULE));
            } else if (kind < 4) {
                taints.add(new Taint("spot", "", TaintEffect.PREFER_NO_SCHEDULE));
            }
            int gpus = random.nextInt(5) == 0 ? (random.nextBoolean() ? 4 : 8) : 0;
            nodes.add(new ClusterNode(String.format("node-%04d", n), 8000L * (2 + random.nextInt(7)),
                    32 * GIB * (1 + random.nextInt(6)), 110, gpus, gpus > 0 ? "V100" : "",
                    new NodeScheduling(Map.of(ClusterNode.ZONE_LABEL, ZONES[n % ZONES.length],
                            "disk", random.nextBoolean() ? "ssd" : "hdd"), taints, random.nextInt(40) == 0)));
        }
        List<Pod> pods = new ArrayList<>();
        List<DisruptionBudget> budgets = new ArrayList<>();
        Room room = new Room(nodes);
        int deployment = 0;
        while (pods.size() < podCount) {
            String app = "d" + deployment;
            int replicas = Math.min(2 + random.nextInt(9), podCount - pods.size());
            int priority = new int[] {0, 10, 100, 1000}[random.nextInt(4)];
            PodScheduling rules = rules(random, app, deployment);
            GpuRequest gpu = random.nextInt(10) == 0 ? (random.nextBoolean() ? GpuRequest.share(100 * (1
                    + random.nextInt(9))) : GpuRequest.whole(1 + random.nextInt(2))) : GpuRequest.NONE;
            long cpu = 100L * (1 + random.nextInt(40));
            long memory = GIB / 4 * (1 + random.nextInt(16));
            for (int r = 0; r < replicas; r++) {
                Pod pod = new Pod(app + "-" + r, cpu, memory, priority, Pod.PENDING, false, gpu, rules);
                int node = random.nextInt(10) < 6 ? room.firstFit(pod, random.nextInt(nodeCount)) : Pod.PENDING;
                pods.add(pod.at(node, node != Pod.PENDING && random.nextInt(20) == 0));
            }
            if (random.nextBoolean()) {
                budgets.add(new DisruptionBudget("default/" + app, "default", LabelSelector.of(Map.of("app", app)),
                        random.nextInt(2)));
            }
            deployment++;
        }
        return new PodPackingInstance("rule-carrying-" + nodeCount + "-" + podCount + "-" + seed, nodes, pods,
                budgets, List.of());
    }

    private static PodScheduling rules(SplittableRandom random, String app, int deployment) {
        PodScheduling rules = PodScheduling.labelled("default", Map.of("app", app));
        LabelSelector own = LabelSelector.of(Map.of("app", app));
        return switch (random.nextInt(7)) {
            case 0 -> rules.withPodAntiAffinity(List.of(PodAffinityTerm.of(own, ClusterNode.HOSTNAME_LABEL)),
                    List.of());
            case 1 -> rules.withTopologySpread(List.of(TopologySpreadConstraint.of(1, ClusterNode.ZONE_LABEL, true,
                    own)));
            case 2 -> deployment == 0 ? rules : rules.withPodAffinity(List.of(PodAffinityTerm.of(
                    LabelSelector.of(Map.of("app", "d" + random.nextInt(deployment))), ClusterNode.ZONE_LABEL)),
                    List.of());
            case 3 -> rules.withNodeAffinity(new NodeAffinity(null, List.of(new NodeAffinity.Preferred(20,
                    new NodeSelectorTerm(List.of(new LabelRequirement("disk", LabelRequirement.Operator.IN,
                            List.of("ssd"))), List.of())))));
            case 4 -> rules.withTolerations(List.of(Toleration.exists("dedicated")));
            default -> rules;
        };
    }

    /** What the running pods leave free on each node; a GPU share takes a whole device, so packings always exist. */
    private static final class Room {
        private final List<ClusterNode> nodes;
        private final long[] cpu;
        private final long[] memory;
        private final int[] gpuMilli;
        private final int[] pods;

        Room(List<ClusterNode> nodes) {
            this.nodes = nodes;
            cpu = nodes.stream().mapToLong(ClusterNode::cpuMillis).toArray();
            memory = nodes.stream().mapToLong(ClusterNode::memoryBytes).toArray();
            gpuMilli = nodes.stream().mapToInt(node -> 1000 * node.gpus()).toArray();
            pods = nodes.stream().mapToInt(ClusterNode::podLimit).toArray();
        }

        /** The first node from {@code from} (round robin) that the pod fits and whose rules allow it, or pending. */
        int firstFit(Pod pod, int from) {
            int gpu = pod.gpu().any() ? (pod.gpu().isShare() ? 1000 : (int) pod.gpu().totalMilli()) : 0;
            for (int i = 0; i < nodes.size(); i++) {
                int n = (from + i) % nodes.size();
                ClusterNode node = nodes.get(n);
                if (cpu[n] >= pod.cpuMillis() && memory[n] >= pod.memoryBytes() && gpuMilli[n] >= gpu && pods[n] > 0
                        && node.fitsEmpty(pod) && PlacementRules.allowed(pod, node, true)
                        && !node.scheduling().unschedulable()) {
                    cpu[n] -= pod.cpuMillis();
                    memory[n] -= pod.memoryBytes();
                    gpuMilli[n] -= gpu;
                    pods[n]--;
                    return n;
                }
            }
            return Pod.PENDING;
        }
    }
}
