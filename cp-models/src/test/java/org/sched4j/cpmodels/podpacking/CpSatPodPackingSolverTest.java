package org.sched4j.cpmodels.podpacking;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sched4j.api.SolveOptions;
import org.sched4j.api.SolveResult;
import org.sched4j.api.SolveStatus;
import org.sched4j.cpmodels.OrToolsNativeLibrary;
import org.sched4j.heuristics.podpacking.KubeDefaultScheduler;
import org.sched4j.instances.podpacking.PaperGridGenerator;
import org.sched4j.instances.podpacking.PodPackingJsonFormat;
import org.sched4j.instances.podpacking.PodPackingTestFiles;
import org.sched4j.podpacking.PodPackingEvaluator;
import org.sched4j.podpacking.PodPackingInstance;
import org.sched4j.podpacking.PodPackingObjective;
import org.sched4j.podpacking.PodPlacement;

class CpSatPodPackingSolverTest {

    /** CP-SAT proves these small clusters well within it and stops; the limit leaves room for a slow machine. */
    private static final SolveOptions OPTIONS = SolveOptions.withTimeLimit(Duration.ofSeconds(10)).threads(2);

    @BeforeAll
    static void loadTheNativeLibraryOutsideTheTimedTests() {
        OrToolsNativeLibrary.ensureLoaded();
    }

    @ParameterizedTest
    @CsvSource({"needs-move.json, 2, 1", "needs-eviction.json, 4, 0", "nothing-better.json, 10, 0"})
    @Timeout(30)
    void certifiesTheKnownOptimumOfHandMadeClusters(String file, double optimum, int moves) {
        PodPackingInstance instance = new PodPackingJsonFormat().read(PodPackingTestFiles.testData(file))
                .getFirst().instance();
        SolveResult<PodPlacement> result = new CpSatPodPackingSolver().solve(instance, OPTIONS);
        assertThat(result.isValid()).isTrue();
        assertThat(result.status()).isEqualTo(SolveStatus.OPTIMAL);
        assertThat(result.objective()).isEqualTo(optimum);
        assertThat(result.solution().moves(instance)).hasSize(moves);
    }

    @Test
    @Timeout(60)
    void placesMoreHighPriorityPodsThanTheDefaultSchedulerOnACrowdedCluster() {
        int better = 0;
        for (int seed = 1; seed <= 5; seed++) {
            PodPackingInstance instance = PaperGridGenerator.generate(8, 4, 2, 1.0, seed);
            PodPackingObjective baseline = PodPackingEvaluator.objective(instance,
                    KubeDefaultScheduler.schedule(instance));
            SolveResult<PodPlacement> result = new CpSatPodPackingSolver().solve(instance, OPTIONS);
            assertThat(result.isValid()).isTrue();
            PodPackingObjective objective = PodPackingEvaluator.objective(instance, result.solution());
            assertThat(objective.compareTo(baseline)).isLessThanOrEqualTo(0);
            better += objective.comparePlacement(baseline) < 0 ? 1 : 0;
        }
        assertThat(better).isPositive();
    }
}
