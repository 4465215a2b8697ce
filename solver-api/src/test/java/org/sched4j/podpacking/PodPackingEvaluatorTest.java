package org.sched4j.podpacking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.sched4j.api.Evaluation;
import org.junit.jupiter.api.Test;

class PodPackingEvaluatorTest {

    private static final long GIB = 1L << 30;

    /** Two nodes of 1000m / 1 GiB / 2 pods; a running low pod on a, a protected pod on b, two pending pods. */
    private static PodPackingInstance cluster() {
        return new PodPackingInstance("small", List.of(
                new ClusterNode("a", 1000, GIB, 2), new ClusterNode("b", 1000, GIB, 2)), List.of(
                new Pod("low", 600, GIB / 2, 0, 0, false),
                new Pod("system", 500, GIB / 2, 100, 1, true),
                Pod.pending("high", 600, GIB / 2, 10),
                Pod.pending("mid", 300, GIB / 4, 5)));
    }

    @Test
    void scoresTheCurrentStateByTier() {
        PodPackingInstance instance = cluster();
        PodPackingObjective objective = PodPackingEvaluator.objective(instance, instance.currentPlacement());
        assertThat(objective.tiers()).extracting(TierOutcome::priority).containsExactly(100, 10, 5, 0);
        assertThat(objective.tiers()).extracting(TierOutcome::unplaced).containsExactly(0, 1, 1, 0);
        // Radices (pods + 1, 2 running + 1) per tier: (2,3) (2,1) (2,1) (2,3); digits (0,0) (1,0) (1,0) (0,0).
        assertThat(objective.scalar()).isEqualTo(((1 * 2 + 1) * 2) * 3);
        assertThat(PodPackingProblem.TYPE.evaluate(instance, instance.currentPlacement()).isFeasible()).isTrue();
    }

    @Test
    void evictingTheLowPodForTheHighOneIsBetter() {
        PodPackingInstance instance = cluster();
        PodPlacement evict = new PodPlacement(new int[] {-1, 1, 0, 0});
        Evaluation evaluation = PodPackingProblem.TYPE.evaluate(instance, evict);
        assertThat(evaluation.isFeasible()).isTrue();
        PodPackingObjective better = PodPackingEvaluator.objective(instance, evict);
        PodPackingObjective current = PodPackingEvaluator.objective(instance, instance.currentPlacement());
        assertThat(better.compareTo(current)).isNegative();
        assertThat(better.comparePlacement(current)).isNegative();
        assertThat(evaluation.objective()).isLessThan(current.scalar());
        assertThat(evict.evictions(instance)).containsExactly(0);
        assertThat(better.disruption()).isEqualTo(1);
    }

    @Test
    void scalarOrdersLikeTheVector() {
        PodPackingInstance instance = cluster();
        List<PodPlacement> plans = List.of(instance.currentPlacement(), new PodPlacement(new int[] {-1, 1, 0, 0}),
                new PodPlacement(new int[] {1, 1, 0, -1}), new PodPlacement(new int[] {-1, 1, 0, -1}),
                new PodPlacement(new int[] {0, 1, -1, 1}));
        for (PodPlacement first : plans) {
            for (PodPlacement second : plans) {
                PodPackingObjective a = PodPackingEvaluator.objective(instance, first);
                PodPackingObjective b = PodPackingEvaluator.objective(instance, second);
                assertThat(Integer.signum(Double.compare(a.scalar(), b.scalar())))
                        .as("%s vs %s", first, second).isEqualTo(Integer.signum(a.compareTo(b)));
            }
        }
    }

    @Test
    void namesOverloadedNodesAndMovedProtectedPods() {
        PodPackingInstance instance = cluster();
        Evaluation evaluation = PodPackingProblem.TYPE.evaluate(instance, new PodPlacement(new int[] {0, 0, 0, -1}));
        assertThat(evaluation.violations()).containsExactly(
                "protected: pod system must stay on b but is moved to a",
                "cpu: node a: CPU requests 1700m exceed its allocatable 1000m",
                "memory: node a: memory requests 1610612736 bytes exceed its allocatable 1073741824 bytes",
                "pods: node a: 3 pods exceed its pod limit 2");
    }

    @Test
    void countsTheViolationsByKind() {
        Evaluation evaluation = PodPackingProblem.TYPE.evaluate(cluster(), new PodPlacement(new int[] {0, 0, 0, -1}));
        var counts = PodPackingEvaluator.countByKind(evaluation.violations());
        assertThat(counts.keySet()).containsExactlyElementsOf(PodPackingEvaluator.VIOLATION_KINDS);
        assertThat(counts).containsEntry("protected", 1).containsEntry("cpu", 1).containsEntry("memory", 1)
                .containsEntry("pods", 1).containsEntry("taint", 0);
        assertThat(PodPackingEvaluator.countByKind(List.of())).allSatisfy((kind, count) -> assertThat(count).isZero());
        assertThatThrownBy(() -> PodPackingEvaluator.countByKind(List.of("something else")))
                .hasMessageContaining("something else");
    }

    @Test
    void rejectsAPlanOfTheWrongLength() {
        Evaluation evaluation = PodPackingProblem.TYPE.evaluate(cluster(), new PodPlacement(new int[] {0}));
        assertThat(evaluation.violations()).containsExactly("plan: the plan places 1 pods but the scenario has 4");
    }

    @Test
    void rejectsDuplicateNamesAndProtectedPendingPods() {
        assertThatThrownBy(() -> new PodPackingInstance("x", List.of(new ClusterNode("a", 1, 1, 1),
                new ClusterNode("a", 1, 1, 1)), List.of())).hasMessageContaining("two nodes are named a");
        assertThatThrownBy(() -> new Pod("p", 1, 1, 0, Pod.PENDING, true)).hasMessageContaining("cannot be protected");
    }
}
