package org.sched4j.podpacking;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PodPackingRolloutTest {

    private static final long GB = 1_000_000_000L;

    private static Pod labelled(String name, long cpu, int priority, int node, String app) {
        return new Pod(name, cpu, GB / 10, priority, node, false).withScheduling(
                PodScheduling.labelled("default", Map.of("app", app)));
    }

    @Test
    void evictsFirstThenMovesIntoFreedRoomThenBindsPendingPods() {
        // n1 holds a (600) and low (300); n2 holds b (600). Plan: evict low, move b to n1 beside a? No: a and b are
        // 600 each, so b moves to n1 only after low leaves and a moves to n2 ... a swap would need a cycle.
        PodPackingInstance cluster = new PodPackingInstance("rollout", List.of(
                new ClusterNode("n1", 1000, GB, 10), new ClusterNode("n2", 1000, GB, 10)), List.of(
                labelled("a", 400, 10, 0, "a"), labelled("low", 500, 0, 0, "low"),
                labelled("b", 600, 10, 1, "b"), labelled("big", 900, 10, Pod.PENDING, "big")));
        PodPlacement plan = new PodPlacement(new int[] {0, Pod.PENDING, 0, 1});

        List<RolloutStep> steps = PodPackingRollout.steps(cluster, plan);

        assertThat(steps).containsExactly(
                new RolloutStep(RolloutStep.Kind.EVICT, 1, 0),
                new RolloutStep(RolloutStep.Kind.EVICT, 2, 1),
                new RolloutStep(RolloutStep.Kind.BIND, 2, 0),
                new RolloutStep(RolloutStep.Kind.BIND, 3, 1));
        assertThat(PodPackingRollout.dryRun(cluster, plan, steps)).isEmpty();
    }

    @Test
    void breaksACycleOfMovesByEvictingOneFirst() {
        PodPackingInstance cluster = new PodPackingInstance("swap", List.of(
                new ClusterNode("n1", 1000, GB, 10), new ClusterNode("n2", 1000, GB, 10)), List.of(
                labelled("a", 700, 0, 0, "a"), labelled("b", 800, 0, 1, "b")));
        PodPlacement swap = new PodPlacement(new int[] {1, 0});

        List<RolloutStep> steps = PodPackingRollout.steps(cluster, swap);

        assertThat(steps).hasSize(4);
        assertThat(steps.getFirst().kind()).isEqualTo(RolloutStep.Kind.EVICT);
        assertThat(PodPackingRollout.dryRun(cluster, swap, steps)).isEmpty();
    }

    @Test
    void theDryRunNamesTheStepThatOverloadsANode() {
        PodPackingInstance cluster = new PodPackingInstance("swap", List.of(
                new ClusterNode("n1", 1000, GB, 10), new ClusterNode("n2", 1000, GB, 10)), List.of(
                labelled("a", 700, 0, 0, "a"), labelled("b", 800, 0, 1, "b")));
        PodPlacement swap = new PodPlacement(new int[] {1, 0});
        List<RolloutStep> bindFirst = List.of(
                new RolloutStep(RolloutStep.Kind.EVICT, 0, 0),
                new RolloutStep(RolloutStep.Kind.BIND, 0, 1),
                new RolloutStep(RolloutStep.Kind.EVICT, 1, 1),
                new RolloutStep(RolloutStep.Kind.BIND, 1, 0));

        assertThat(PodPackingRollout.dryRun(cluster, swap, bindFirst))
                .singleElement().asString().startsWith("step 2 (bind a to n2): capacity: the pods on n2 exceed");
    }

    @Test
    void theDryRunStopsWhereABudgetIsOverdrawnAndWhenTheStepsMissThePlan() {
        DisruptionBudget budget = new DisruptionBudget("default/web", "default",
                LabelSelector.of(Map.of("app", "web")), 1);
        PodPackingInstance cluster = new PodPackingInstance("budget", List.of(
                new ClusterNode("n1", 1000, GB, 10), new ClusterNode("n2", 1000, GB, 10)), List.of(
                labelled("web-1", 100, 0, 0, "web"), labelled("web-2", 100, 0, 0, "web")), List.of(budget),
                List.of());
        PodPlacement both = new PodPlacement(new int[] {Pod.PENDING, Pod.PENDING});

        List<String> problems = PodPackingRollout.dryRun(cluster, both, PodPackingRollout.steps(cluster, both));
        assertThat(problems).singleElement().asString()
                .startsWith("step 2 (evict web-2): disruption-budget: the plan disrupts 2 pods of budget default/web");

        PodPlacement one = new PodPlacement(new int[] {Pod.PENDING, 0});
        assertThat(PodPackingRollout.dryRun(cluster, one, PodPackingRollout.steps(cluster, one))).isEmpty();
        assertThat(PodPackingRollout.dryRun(cluster, one, List.of())).containsExactly("the steps do not end in the plan");
    }

    @Test
    void theDryRunChecksAntiAffinityAtEveryStep() {
        PodAffinityTerm apart = PodAffinityTerm.of(LabelSelector.of(Map.of("app", "web")), ClusterNode.HOSTNAME_LABEL);
        PodScheduling web = PodScheduling.labelled("default", Map.of("app", "web")).withPodAntiAffinity(
                List.of(apart), List.of());
        PodPackingInstance cluster = new PodPackingInstance("apart", List.of(
                new ClusterNode("n1", 1000, GB, 10), new ClusterNode("n2", 1000, GB, 10)), List.of(
                new Pod("web-1", 100, GB / 10, 0, 0, false).withScheduling(web),
                new Pod("web-2", 100, GB / 10, 0, 1, false).withScheduling(web)));
        PodPlacement swap = new PodPlacement(new int[] {1, 0});
        List<RolloutStep> unsafe = List.of(
                new RolloutStep(RolloutStep.Kind.EVICT, 0, 0),
                new RolloutStep(RolloutStep.Kind.BIND, 0, 1),
                new RolloutStep(RolloutStep.Kind.EVICT, 1, 1),
                new RolloutStep(RolloutStep.Kind.BIND, 1, 0));

        assertThat(PodPackingRollout.dryRun(cluster, swap, unsafe)).singleElement().asString()
                .startsWith("step 2 (bind web-1 to n2): pod-anti-affinity:");
    }
}
