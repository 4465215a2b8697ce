package org.sched4j.cpmodels.tardiness;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.sched4j.api.SolveOptions;
import org.sched4j.api.SolveResult;
import org.sched4j.api.SolveStatus;
import org.sched4j.cpmodels.OrToolsNativeLibrary;
import org.sched4j.instances.tardiness.TardinessBruteForce;
import org.sched4j.tardiness.JobSequence;
import org.sched4j.tardiness.TardinessInstance;

class CpSatTardinessSolverTest {

    private static final SolveOptions OPTIONS = SolveOptions.withTimeLimit(Duration.ofSeconds(2)).threads(2);

    @BeforeAll
    static void loadTheNativeLibraryOutsideTheTimedTests() {
        OrToolsNativeLibrary.ensureLoaded();
    }

    @Test
    @Timeout(30)
    void provesTheHandWorkedWeightedOptimum() {
        // p = (3, 2, 4), d = (4, 2, 5), w = (1, 2, 3): the best order 1 2 0 costs 0 + 3·1 + 1·5 = 8
        TardinessInstance instance = TardinessInstance.of("weighted", new int[] {3, 2, 4}, new int[] {4, 2, 5},
                new int[] {1, 2, 3}, new int[3]);

        SolveResult<JobSequence> result = new CpSatTardinessSolver().solve(instance, OPTIONS);

        assertThat(result.isValid()).isTrue();
        assertThat(result.status()).isEqualTo(SolveStatus.OPTIMAL);
        assertThat(result.objective()).isEqualTo(8);
        assertThat(result.solution()).isEqualTo(JobSequence.of(1, 2, 0));
    }

    @Test
    @Timeout(60)
    void matchesBruteForceWithWeightsAndReleaseDates() {
        Random random = new Random(7);
        for (int trial = 0; trial < 15; trial++) {
            int n = 2 + random.nextInt(5);
            int[] p = new int[n];
            int[] d = new int[n];
            int[] w = new int[n];
            int[] r = new int[n];
            for (int j = 0; j < n; j++) {
                p[j] = 1 + random.nextInt(9);
                d[j] = random.nextInt(5 * n);
                w[j] = 1 + random.nextInt(5);
                r[j] = trial % 2 == 0 ? 0 : random.nextInt(3 * n);
            }
            TardinessInstance instance = TardinessInstance.of("random" + trial, p, d, w, r);

            SolveResult<JobSequence> result = new CpSatTardinessSolver().solve(instance, OPTIONS);

            assertThat(result.isValid()).isTrue();
            assertThat(result.status()).as(instance.toString()).isEqualTo(SolveStatus.OPTIMAL);
            assertThat((long) result.objective()).as(instance.toString())
                    .isEqualTo(TardinessBruteForce.optimum(instance));
        }
    }
}
