package org.sched4j.heuristics.podpacking;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sched4j.api.SolveOptions;
import org.sched4j.api.SolveResult;
import org.sched4j.api.SolveStatus;
import org.sched4j.api.Solvers;
import org.sched4j.instances.podpacking.PaperGridGenerator;
import org.sched4j.instances.podpacking.PodPackingJsonFormat;
import org.sched4j.instances.podpacking.PodPackingTestFiles;
import org.sched4j.podpacking.ClusterNode;
import org.sched4j.podpacking.Pod;
import org.sched4j.podpacking.PodPackingEvaluator;
import org.sched4j.podpacking.PodPackingInstance;
import org.sched4j.podpacking.PodPlacement;
import org.sched4j.podpacking.PodPackingProblem;

class KubeDefaultSchedulerTest {

    private static PodPackingInstance read(String file) {
        return new PodPackingJsonFormat().read(PodPackingTestFiles.testData(file)).getFirst().instance();
    }

    @Test
    void scoresLikeTheSchedulerPlugins() {
        // 3000m of 4000m and 5 GiB of 8 GiB requested: LeastAllocated (25 + 37) / 2 = 31;
        // fractions 0.75 and 0.625, std 0.0625, BalancedAllocation 93.
        assertThat(KubeDefaultScoring.leastAllocated(3000, 4000, 5L << 30, 8L << 30)).isEqualTo(31);
        assertThat(KubeDefaultScoring.balancedAllocation(3000, 4000, 5L << 30, 8L << 30)).isEqualTo(93);
        assertThat(KubeDefaultScoring.leastAllocated(5000, 4000, 0, 8L << 30)).isEqualTo(50);
    }

    @Test
    void spreadsPodsOverTheLeastAllocatedNodesWithTiesByName() {
        PodPackingInstance instance = new PodPackingInstance("spread", List.of(
                new ClusterNode("b", 1000, 1 << 30, 110), new ClusterNode("a", 1000, 1 << 30, 110)), List.of(
                Pod.pending("p1", 100, 1 << 20, 0), Pod.pending("p2", 100, 1 << 20, 0),
                Pod.pending("p3", 100, 1 << 20, 0)));
        assertThat(KubeDefaultScheduler.schedule(instance).nodes()).containsExactly(1, 0, 1);
    }

    @Test
    void schedulesHigherPrioritiesFirst() {
        PodPackingInstance instance = new PodPackingInstance("queue", List.of(new ClusterNode("a", 1000, 1 << 30, 110)),
                List.of(Pod.pending("low", 800, 1 << 20, 0), Pod.pending("high", 800, 1 << 20, 5)));
        assertThat(KubeDefaultScheduler.schedule(instance).nodes()).containsExactly(-1, 0);
    }

    @Test
    void preemptsTheLowestPriorityVictimsAndReprievesTheOthers() {
        PodPackingInstance instance = new PodPackingInstance("preempt", List.of(
                new ClusterNode("a", 1000, 1 << 30, 110), new ClusterNode("b", 1000, 1 << 30, 110)), List.of(
                new Pod("a-mid", 500, 1 << 20, 5, 0, false), new Pod("a-low", 400, 1 << 20, 1, 0, false),
                new Pod("b-mid", 500, 1 << 20, 5, 1, false), new Pod("b-mid2", 400, 1 << 20, 5, 1, false),
                Pod.pending("high", 500, 1 << 20, 10)));
        // On a, evicting a-low (priority 1) suffices and a-mid is reprieved; on b a priority-5 pod must go.
        assertThat(KubeDefaultScheduler.schedule(instance).nodes()).containsExactly(0, -1, 1, 1, 0);
    }

    @Test
    void cannotFindTheMoveThatPlacesEveryPod() {
        PodPackingInstance instance = read("needs-move.json");
        SolveResult<PodPlacement> result = new KubeDefaultSolver().solve(instance, SolveOptions.DEFAULT);
        assertThat(result.isValid()).isTrue();
        assertThat(result.status()).isEqualTo(SolveStatus.FEASIBLE);
        assertThat(result.solution().nodes()).containsExactly(0, 1, -1);
    }

    @Test
    void evictsForTheHigherPriorityPodAsTheOptimumDoes() {
        PodPackingInstance instance = read("needs-eviction.json");
        SolveResult<PodPlacement> result = new KubeDefaultSolver().solve(instance, SolveOptions.DEFAULT);
        assertThat(result.solution().nodes()).containsExactly(-1, 1, 0);
        assertThat(result.statistics().get("preemptions")).isEqualTo(1);
        assertThat(result.isValid()).isTrue();
    }

    @Test
    void placesEveryPodOfAnEasyScenarioAndCallsItOptimal() {
        PodPackingInstance instance = PaperGridGenerator.generate(8, 4, 2, 0.5, 1);
        SolveResult<PodPlacement> result = Solvers.get(PodPackingProblem.TYPE, "kube-default")
                .solve(instance, SolveOptions.DEFAULT);
        assertThat(result.isValid()).isTrue();
        assertThat(result.status()).isEqualTo(SolveStatus.OPTIMAL);
        assertThat(result.objective()).isZero();
    }

    @Test
    void keepsEveryPlanValidOnTheGrid() {
        for (int seed = 1; seed <= 20; seed++) {
            PodPackingInstance instance = PaperGridGenerator.generate(8, 8, 4, 1.05, seed);
            PodPlacement plan = KubeDefaultScheduler.schedule(instance);
            assertThat(PodPackingProblem.TYPE.evaluate(instance, plan).violations()).isEmpty();
            assertThat(PodPackingEvaluator.objective(instance, plan).unplaced()).isPositive();
        }
    }

    @Test
    void limitsTheFeasibleNodesToFindOnLargeClusters() {
        assertThat(KubeDefaultScheduler.feasibleNodesToFind(50)).isEqualTo(50);
        assertThat(KubeDefaultScheduler.feasibleNodesToFind(1000)).isEqualTo(420);
        assertThat(KubeDefaultScheduler.feasibleNodesToFind(5000)).isEqualTo(500);
        assertThat(KubeDefaultScheduler.feasibleNodesToFind(150)).isEqualTo(100);
    }

    @Test
    void limitsThePreemptionCandidatesLikeTheScheduler() {
        assertThat(DefaultPreemption.candidatesToFind(40)).isEqualTo(40);
        assertThat(DefaultPreemption.candidatesToFind(500)).isEqualTo(100);
        assertThat(DefaultPreemption.candidatesToFind(5000)).isEqualTo(500);
    }
}
