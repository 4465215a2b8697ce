package org.sched4j.localsearch.tardiness;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.sched4j.api.Deadline;
import org.sched4j.instances.tardiness.TardinessBruteForce;
import org.sched4j.tardiness.JobSequence;
import org.sched4j.tardiness.TardinessEvaluator;
import org.sched4j.tardiness.TardinessInstance;

@Timeout(60)
class LawlerDecompositionTest {

    @Test
    void matchesBruteForceOnRandomSmallInstancesWithTies() {
        Random random = new Random(42);
        for (int trial = 0; trial < 3000; trial++) {
            int n = 1 + random.nextInt(8);
            int[] p = new int[n];
            int[] d = new int[n];
            int range = 1 + random.nextInt(trial % 2 == 0 ? 6 : 40);
            for (int j = 0; j < n; j++) {
                p[j] = 1 + random.nextInt(range);
                d[j] = random.nextInt(range * n / 2 + 1);
            }
            TardinessInstance instance = TardinessInstance.of("random" + trial, p, d);

            int[] order = new LawlerDecomposition(instance).solve(Deadline.after(Duration.ofDays(1))).orElseThrow();

            assertThat(TardinessEvaluatorCheck.isPermutation(order, n)).as(instance.toString()).isTrue();
            assertThat(TardinessEvaluator.totalWeightedTardiness(instance, order)).as(instance.toString())
                    .isEqualTo(TardinessBruteForce.optimum(instance));
        }
    }

    @Test
    void givesUpAtTheDeadline() {
        TardinessInstance instance = org.sched4j.instances.tardiness.TardinessGenerator.generate("g", 300, 0.6, 0.2,
                false, 1);

        assertThat(new LawlerDecomposition(instance).solve(Deadline.after(Duration.ZERO))).isEmpty();
    }

    /** The evaluator's permutation check, through the public API. */
    private static final class TardinessEvaluatorCheck {
        static boolean isPermutation(int[] order, int n) {
            TardinessInstance unit = TardinessInstance.of("unit", ones(n), new int[n]);
            return new TardinessEvaluator().evaluate(unit, JobSequence.of(order)).isFeasible();
        }

        private static int[] ones(int n) {
            int[] ones = new int[n];
            java.util.Arrays.fill(ones, 1);
            return ones;
        }
    }
}
