package org.sched4j.portfolio.podpacking;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sched4j.api.SolveOptions;
import org.sched4j.api.SolveResult;
import org.sched4j.api.SolveStatus;
import org.sched4j.api.Solver;
import org.sched4j.api.Solvers;
import org.sched4j.cpmodels.OrToolsNativeLibrary;
import org.sched4j.heuristics.podpacking.KubeDefaultScheduler;
import org.sched4j.instances.podpacking.PaperGridGenerator;
import org.sched4j.instances.podpacking.PodPackingJsonFormat;
import org.sched4j.instances.podpacking.PodPackingTestFiles;
import org.sched4j.podpacking.PodPackingEvaluator;
import org.sched4j.podpacking.PodPackingInstance;
import org.sched4j.podpacking.PodPackingObjective;
import org.sched4j.podpacking.PodPlacement;
import org.sched4j.podpacking.PodPackingProblem;

class PodPackingSolversTest {

    /** For the crowded grid scenarios: whatever the time allows, never worse than the default scheduler. */
    private static final SolveOptions OPTIONS = SolveOptions.withTimeLimit(Duration.ofSeconds(2)).threads(2);

    /**
     * For the tiny hand-made clusters: CP-SAT proves them at once, and Timefold stops after a step budget or, where
     * its entity tabu holds every pod and no step completes, at the limit, long enough that a loaded machine still
     * reaches its first steps (2 s did not).
     */
    private static final SolveOptions TINY = SolveOptions.withTimeLimit(Duration.ofSeconds(10)).threads(2)
            .parameters(Map.of("timefold.step-limit", "200"));

    @BeforeAll
    static void loadTheNativeLibraryOutsideTheTimedTests() {
        OrToolsNativeLibrary.ensureLoaded();
    }

    static List<String> improvingSolvers() {
        return List.of("cpsat", "timefold", "auto");
    }

    private static PodPackingInstance read(String file) {
        return new PodPackingJsonFormat().read(PodPackingTestFiles.testData(file)).getFirst().instance();
    }

    @ParameterizedTest
    @MethodSource("improvingSolvers")
    @Timeout(60)
    void findTheMoveThatPlacesEveryPod(String id) {
        SolveResult<PodPlacement> result = solve(id, read("needs-move.json"));
        assertThat(result.objective()).isEqualTo(2.0);
        assertThat(result.solution().moves(read("needs-move.json"))).hasSize(1);
    }

    @ParameterizedTest
    @MethodSource("improvingSolvers")
    @Timeout(60)
    void evictTheLowPriorityPodForTheHigherOne(String id) {
        SolveResult<PodPlacement> result = solve(id, read("needs-eviction.json"));
        assertThat(result.solution().nodes()).containsExactly(-1, 1, 0);
        assertThat(result.objective()).isEqualTo(4.0);
    }

    @ParameterizedTest
    @MethodSource("improvingSolvers")
    @Timeout(60)
    void changeNothingWhenNothingBetterExists(String id) {
        PodPackingInstance instance = read("nothing-better.json");
        SolveResult<PodPlacement> result = solve(id, instance);
        assertThat(result.objective()).isEqualTo(10.0);
        assertThat(result.solution().moves(instance)).isEmpty();
        assertThat(result.solution().evictions(instance)).isEmpty();
    }

    @Test
    @Timeout(60)
    void autoCertifiesTheOptimumOfSmallClusters() {
        SolveResult<PodPlacement> result = solve("auto", read("needs-move.json"));
        assertThat(result.status()).isEqualTo(SolveStatus.OPTIMAL);
    }

    @ParameterizedTest
    @MethodSource("improvingSolvers")
    @Timeout(120)
    void neverDoWorseThanTheDefaultScheduler(String id) {
        for (int seed = 1; seed <= 3; seed++) {
            PodPackingInstance instance = PaperGridGenerator.generate(8, 8, 4, 1.05, seed);
            PodPackingObjective baseline = PodPackingEvaluator.objective(instance,
                    KubeDefaultScheduler.schedule(instance));
            SolveResult<PodPlacement> result = solve(id, instance, OPTIONS);
            assertThat(PodPackingEvaluator.objective(instance, result.solution()).compareTo(baseline))
                    .isLessThanOrEqualTo(0);
        }
    }

    private static SolveResult<PodPlacement> solve(String id, PodPackingInstance instance) {
        return solve(id, instance, TINY);
    }

    private static SolveResult<PodPlacement> solve(String id, PodPackingInstance instance, SolveOptions options) {
        Solver<PodPackingInstance, PodPlacement> solver = Solvers.get(PodPackingProblem.TYPE, id);
        SolveResult<PodPlacement> result = solver.solve(instance, options);
        assertThat(result.isValid()).as(result.evaluation().summary()).isTrue();
        return result;
    }
}
