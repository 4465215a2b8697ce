package org.sched4j.heuristics.podpacking;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
import org.sched4j.podpacking.Taint;
import org.sched4j.podpacking.TaintEffect;
import org.sched4j.podpacking.Toleration;
import org.sched4j.podpacking.TopologySpreadConstraint;

/**
 * Small random clusters that use every rule of the model: zones, disk labels, taints of all effects, a cordoned
 * node, GPU nodes of two models; pods of five apps with required and preferred (anti-)affinity, hard and soft
 * spread, node selectors and affinity, tolerations, GPU shares and whole devices; budgets per app.
 */
final class RandomRuleScenarios {

    private static final List<String> APPS = List.of("a", "b", "c", "d", "e");
    private static final String ZONE = ClusterNode.ZONE_LABEL;
    private static final String HOST = ClusterNode.HOSTNAME_LABEL;

    private RandomRuleScenarios() {
    }

    /** A scenario of only pending pods. */
    static PodPackingInstance pending(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<ClusterNode> nodes = nodes(random);
        List<Pod> pods = new ArrayList<>();
        int count = 10 + random.nextInt(40);
        for (int p = 0; p < count; p++) {
            pods.add(pod(random, "p" + p, random.nextInt(3)));
        }
        return new PodPackingInstance("random-" + seed, nodes, pods, budgets(random), List.of());
    }

    /** The scenario once {@code plan} ran, with further pending pods of higher priorities arriving. */
    static PodPackingInstance withArrivals(PodPackingInstance running, long seed) {
        SplittableRandom random = new SplittableRandom(seed * 31 + 7);
        List<Pod> pods = new ArrayList<>();
        for (Pod pod : running.pods()) {
            pods.add(pod.isRunning() ? pod.at(pod.currentNode(), random.nextInt(10) == 0) : pod);
        }
        int count = 5 + random.nextInt(20);
        for (int p = 0; p < count; p++) {
            pods.add(pod(random, "q" + p, 1 + random.nextInt(4)));
        }
        return new PodPackingInstance(running.name() + "-arrivals", running.nodes(), pods, running.budgets(),
                List.of());
    }

    private static List<ClusterNode> nodes(SplittableRandom random) {
        List<ClusterNode> nodes = new ArrayList<>();
        int count = 3 + random.nextInt(10);
        for (int n = 0; n < count; n++) {
            Map<String, String> labels = new HashMap<>();
            if (random.nextInt(8) != 0) {
                labels.put(ZONE, "z" + random.nextInt(3));
            }
            labels.put("disk", random.nextBoolean() ? "ssd" : "hdd");
            List<Taint> taints = new ArrayList<>();
            switch (random.nextInt(6)) {
                case 0 -> taints.add(new Taint("dedicated", "gpu", TaintEffect.NO_SCHEDULE));
                case 1 -> taints.add(new Taint("flaky", "", TaintEffect.PREFER_NO_SCHEDULE));
                case 2 -> taints.add(new Taint("maintenance", "", TaintEffect.NO_EXECUTE));
                default -> { }
            }
            boolean cordoned = random.nextInt(12) == 0;
            int gpus = random.nextInt(3) == 0 ? 1 + random.nextInt(4) : 0;
            String model = gpus == 0 ? "" : random.nextBoolean() ? "A" : "B";
            nodes.add(new ClusterNode("n" + n, 2000 + 1000L * random.nextInt(4), 8L << 30, 4 + random.nextInt(6),
                    gpus, model, new NodeScheduling(labels, taints, cordoned)));
        }
        return nodes;
    }

    private static Pod pod(SplittableRandom random, String name, int priority) {
        String app = APPS.get(random.nextInt(APPS.size()));
        String other = APPS.get(random.nextInt(APPS.size()));
        LabelSelector own = LabelSelector.of(Map.of("app", app));
        LabelSelector them = LabelSelector.of(Map.of("app", other));
        PodScheduling rules = PodScheduling.labelled(random.nextInt(6) == 0 ? "other" : "default",
                Map.of("app", app));
        List<PodAffinityTerm> affinity = new ArrayList<>();
        List<PodAffinityTerm> anti = new ArrayList<>();
        List<PodAffinityTerm.Weighted> preferred = new ArrayList<>();
        List<PodAffinityTerm.Weighted> preferredAnti = new ArrayList<>();
        List<TopologySpreadConstraint> spread = new ArrayList<>();
        switch (random.nextInt(10)) {
            case 0 -> anti.add(PodAffinityTerm.of(own, HOST));
            case 1 -> affinity.add(PodAffinityTerm.of(them, ZONE));
            case 2 -> affinity.add(PodAffinityTerm.of(own, ZONE));
            case 3 -> spread.add(TopologySpreadConstraint.of(1, ZONE, true, own));
            case 4 -> spread.add(new TopologySpreadConstraint(1, HOST, true, own, 2, true, true));
            case 5 -> anti.add(new PodAffinityTerm(them, Set.of(), true, ZONE));
            case 6 -> {
                affinity.add(PodAffinityTerm.of(own, ZONE));
                affinity.add(PodAffinityTerm.of(them, HOST));
            }
            default -> { }
        }
        switch (random.nextInt(5)) {
            case 0 -> preferred.add(new PodAffinityTerm.Weighted(1 + random.nextInt(100), PodAffinityTerm.of(them,
                    ZONE)));
            case 1 -> preferredAnti.add(new PodAffinityTerm.Weighted(1 + random.nextInt(100),
                    PodAffinityTerm.of(own, HOST)));
            case 2 -> spread.add(TopologySpreadConstraint.of(1, ZONE, false, own));
            default -> { }
        }
        rules = rules.withPodAffinity(affinity, preferred).withPodAntiAffinity(anti, preferredAnti)
                .withTopologySpread(spread);
        if (random.nextInt(3) == 0) {
            rules = rules.withTolerations(List.of(Toleration.exists(random.nextBoolean() ? "dedicated" : "flaky")));
        }
        switch (random.nextInt(6)) {
            case 0 -> rules = rules.withNodeSelector(Map.of("disk", "ssd"));
            case 1 -> rules = rules.withNodeAffinity(new NodeAffinity(List.of(new NodeSelectorTerm(List.of(
                    new LabelRequirement(ZONE, LabelRequirement.Operator.IN, List.of("z0", "z1"))), List.of())),
                    List.of()));
            case 2 -> rules = rules.withNodeAffinity(new NodeAffinity(null, List.of(new NodeAffinity.Preferred(50,
                    new NodeSelectorTerm(List.of(new LabelRequirement("disk", LabelRequirement.Operator.IN,
                            List.of("ssd"))), List.of())))));
            default -> { }
        }
        GpuRequest gpu = switch (random.nextInt(6)) {
            case 0 -> GpuRequest.share(100 * (1 + random.nextInt(9)));
            case 1 -> GpuRequest.whole(1 + random.nextInt(2));
            case 2 -> new GpuRequest(1, 500, Set.of("A"));
            default -> GpuRequest.NONE;
        };
        return Pod.pending(name, 200L * (1 + random.nextInt(6)), 256L << 20, priority).withGpu(gpu)
                .withScheduling(rules);
    }

    private static List<DisruptionBudget> budgets(SplittableRandom random) {
        List<DisruptionBudget> budgets = new ArrayList<>();
        for (String app : APPS) {
            if (random.nextBoolean()) {
                budgets.add(new DisruptionBudget("default/" + app, "default", LabelSelector.of(Map.of("app", app)),
                        random.nextInt(3)));
            }
        }
        return budgets;
    }
}
