package org.sched4j.localsearch.podpacking;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.sched4j.podpacking.ClusterNode;
import org.sched4j.podpacking.DisruptionBudget;
import org.sched4j.podpacking.GpuPacking;
import org.sched4j.podpacking.GpuRequest;
import org.sched4j.podpacking.LabelRequirement;
import org.sched4j.podpacking.LabelSelector;
import org.sched4j.podpacking.NodeAffinity;
import org.sched4j.podpacking.NodeScheduling;
import org.sched4j.podpacking.NodeSelectorTerm;
import org.sched4j.podpacking.PlacementRules;
import org.sched4j.podpacking.Pod;
import org.sched4j.podpacking.PodAffinityTerm;
import org.sched4j.podpacking.PodPackingInstance;
import org.sched4j.podpacking.PodScheduling;
import org.sched4j.podpacking.Taint;
import org.sched4j.podpacking.TaintEffect;
import org.sched4j.podpacking.Toleration;
import org.sched4j.podpacking.TopologySpreadConstraint;

/** Small pod packing scenarios with scheduling rules, and a generator of rule-carrying clusters. */
final class PodPackingScenarios {

    static final long GIB = 1L << 30;
    static final String HOSTNAME = ClusterNode.HOSTNAME_LABEL;
    static final String ZONE = ClusterNode.ZONE_LABEL;

    private PodPackingScenarios() {
    }

    static ClusterNode node(String name, long cpuMillis) {
        return new ClusterNode(name, cpuMillis, 64 * GIB, 110);
    }

    static ClusterNode node(String name, long cpuMillis, NodeScheduling scheduling) {
        return node(name, cpuMillis).withScheduling(scheduling);
    }

    static ClusterNode gpuNode(String name, long cpuMillis, int gpus, String model) {
        return new ClusterNode(name, cpuMillis, 64 * GIB, 110, gpus, model, NodeScheduling.NONE);
    }

    static NodeScheduling labels(Map<String, String> labels) {
        return new NodeScheduling(labels, List.of(), false);
    }

    static NodeScheduling tainted(Taint taint) {
        return new NodeScheduling(Map.of(), List.of(taint), false);
    }

    static NodeScheduling inZone(String zone) {
        return labels(Map.of(ZONE, zone));
    }

    static Pod pending(String name, long cpuMillis, int priority) {
        return Pod.pending(name, cpuMillis, GIB, priority);
    }

    static Pod running(String name, long cpuMillis, int priority, int node) {
        return new Pod(name, cpuMillis, GIB, priority, node, false);
    }

    static PodScheduling app(String app) {
        return PodScheduling.labelled("default", Map.of("app", app));
    }

    static LabelSelector selectsApp(String app) {
        return LabelSelector.of(Map.of("app", app));
    }

    static PodAffinityTerm term(String app, String key) {
        return PodAffinityTerm.of(selectsApp(app), key);
    }

    static PodPackingInstance instance(List<ClusterNode> nodes, List<Pod> pods) {
        return new PodPackingInstance("test", nodes, pods);
    }

    static PodPackingInstance instance(List<ClusterNode> nodes, List<Pod> pods, List<DisruptionBudget> budgets) {
        return new PodPackingInstance("test", nodes, pods, budgets, List.of());
    }

    /**
     * A cluster of {@code nodeCount} nodes in three zones (every 13th node without a zone label) with every kind of
     * rule: tainted GPU nodes, cordoned nodes, PreferNoSchedule taints, SSD labels; deployments (2 to 8 replicas) with
     * hostname anti-affinity, zone spread, zone affinity to another deployment or to their own, node selectors,
     * preferred node affinity, GPU requests and disruption budgets. About 85 % of the pods run (placed at random where
     * they fit and the node-only rules allow, so the current placement is valid), the rest are pending.
     */
    static PodPackingInstance ruleCarryingCluster(int nodeCount, long seed) {
        Random random = new Random(seed);
        Taint gpuTaint = new Taint("dedicated", "gpu", TaintEffect.NO_SCHEDULE);
        List<ClusterNode> nodes = new ArrayList<>();
        for (int n = 0; n < nodeCount; n++) {
            Map<String, String> labels = new HashMap<>();
            if (n % 13 != 12) {
                labels.put(ZONE, "z" + n % 3);
            }
            if (n % 2 == 0) {
                labels.put("disk", "ssd");
            }
            List<Taint> taints = new ArrayList<>();
            boolean gpu = n % 10 == 9;
            if (gpu) {
                taints.add(gpuTaint);
            } else if (n % 20 == 4) {
                taints.add(new Taint("spot", "", TaintEffect.PREFER_NO_SCHEDULE));
            }
            nodes.add(new ClusterNode("node-" + n, 16_000, 64 * GIB, 110, gpu ? 2 + n % 3 : 0,
                    gpu ? (n % 20 == 9 ? "A100" : "T4") : "",
                    new NodeScheduling(labels, taints, n == 7 || n == 33)));
        }
        List<Pod> pods = new ArrayList<>();
        List<DisruptionBudget> budgets = new ArrayList<>();
        long capacity = 16_000L * nodeCount;
        long requested = 0;
        int[] priorities = {0, 100, 1000};
        for (int d = 0; requested < capacity * 0.95; d++) {
            String name = "app" + d;
            String namespace = "ns" + d % 4;
            int replicas = 2 + random.nextInt(7);
            long cpu = 250L * (1 + random.nextInt(8));
            PodScheduling rules = PodScheduling.labelled(namespace, Map.of("app", name));
            GpuRequest gpu = GpuRequest.NONE;
            if (d % 10 == 3) {
                gpu = random.nextBoolean() ? GpuRequest.whole(1) : GpuRequest.share(250 * (1 + random.nextInt(3)));
                rules = rules.withTolerations(List.of(Toleration.equal("dedicated", "gpu", TaintEffect.NO_SCHEDULE)));
            }
            int kind = random.nextInt(10);
            if (kind < 3) {
                rules = rules.withPodAntiAffinity(List.of(term(name, HOSTNAME)), List.of());
            } else if (kind < 4) {
                rules = rules.withPodAntiAffinity(List.of(), List.of(new PodAffinityTerm.Weighted(50,
                        term(name, HOSTNAME))));
            }
            int spread = random.nextInt(10);
            if (spread < 4) {
                rules = rules.withTopologySpread(List.of(TopologySpreadConstraint.of(1 + spread % 2, ZONE, spread < 2,
                        selectsApp(name))));
            }
            if (d % 17 == 5) {
                rules = rules.withPodAffinity(List.of(term(name, ZONE)), List.of());
            } else if (d > 0 && random.nextInt(10) == 0) {
                rules = rules.withPodAffinity(List.of(term("app" + random.nextInt(d), ZONE)), List.of());
            } else if (d > 0 && random.nextInt(10) == 0) {
                rules = rules.withPodAffinity(List.of(), List.of(new PodAffinityTerm.Weighted(30,
                        term("app" + random.nextInt(d), HOSTNAME))));
            }
            int nodeRule = random.nextInt(10);
            if (nodeRule == 0) {
                rules = rules.withNodeSelector(Map.of("disk", "ssd"));
            } else if (nodeRule < 3) {
                rules = rules.withNodeAffinity(new NodeAffinity(null, List.of(new NodeAffinity.Preferred(20,
                        new NodeSelectorTerm(List.of(new LabelRequirement("disk", LabelRequirement.Operator.IN,
                                List.of("ssd"))), List.of())))));
            }
            int priority = priorities[random.nextInt(priorities.length)];
            if (random.nextInt(10) < 3) {
                budgets.add(new DisruptionBudget(namespace + "/" + name, namespace, selectsApp(name),
                        random.nextInt(2)));
            }
            for (int r = 0; r < replicas; r++) {
                pods.add(new Pod(name + "-" + r, cpu, cpu * (1L << 21), priority, Pod.PENDING, false, gpu, rules));
                requested += cpu;
            }
        }
        return new PodPackingInstance("rule-carrying-" + nodeCount, nodes, place(nodes, pods, random), budgets,
                List.of());
    }

    /** Runs about 85 % of the pods where they fit and the node-only rules allow; a few of them protected. */
    private static List<Pod> place(List<ClusterNode> nodes, List<Pod> pods, Random random) {
        long[] cpu = new long[nodes.size()];
        long[] memory = new long[nodes.size()];
        int[] count = new int[nodes.size()];
        List<List<GpuRequest>> gpus = new ArrayList<>();
        nodes.forEach(node -> gpus.add(new ArrayList<>()));
        List<Pod> placed = new ArrayList<>();
        for (Pod pod : pods) {
            int chosen = Pod.PENDING;
            if (random.nextInt(100) < 85) {
                for (int attempt = 0; attempt < 20 && chosen == Pod.PENDING; attempt++) {
                    int n = random.nextInt(nodes.size());
                    ClusterNode node = nodes.get(n);
                    List<GpuRequest> withPod = new ArrayList<>(gpus.get(n));
                    if (pod.gpu().any()) {
                        withPod.add(pod.gpu());
                    }
                    if (PlacementRules.allowedNew(pod, node) && cpu[n] + pod.cpuMillis() <= node.cpuMillis()
                            && memory[n] + pod.memoryBytes() <= node.memoryBytes() && count[n] < node.podLimit()
                            && (withPod.isEmpty() || GpuPacking.freeMilli(node.gpus(), withPod) != null)) {
                        chosen = n;
                        cpu[n] += pod.cpuMillis();
                        memory[n] += pod.memoryBytes();
                        count[n]++;
                        gpus.set(n, withPod);
                    }
                }
            }
            placed.add(pod.at(chosen, chosen != Pod.PENDING && random.nextInt(50) == 0));
        }
        return placed;
    }
}
