package org.sched4j.localsearch.tardiness;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.sched4j.api.Deadline;
import org.sched4j.instances.tardiness.TardinessBruteForce;
import org.sched4j.tardiness.TardinessEvaluator;
import org.sched4j.tardiness.TardinessInstance;

@Timeout(60)
class SubsetDynamicProgramTest {

    @Test
    void matchesBruteForceOnRandomWeightedInstances() {
        Random random = new Random(13);
        for (int trial = 0; trial < 300; trial++) {
            int n = 1 + random.nextInt(8);
            int[] p = new int[n];
            int[] d = new int[n];
            int[] w = new int[n];
            for (int j = 0; j < n; j++) {
                p[j] = 1 + random.nextInt(15);
                d[j] = random.nextInt(8 * n) - 5;
                w[j] = random.nextInt(10);
            }
            TardinessInstance instance = TardinessInstance.of("random" + trial, p, d, w, new int[n]);

            int[] order = SubsetDynamicProgram.solve(instance, Deadline.after(Duration.ofDays(1))).orElseThrow();

            assertThat(TardinessEvaluator.totalWeightedTardiness(instance, order)).as(instance.toString())
                    .isEqualTo(TardinessBruteForce.optimum(instance));
            assertThat(order).as(instance.toString()).containsExactlyInAnyOrder(
                    IntStream.range(0, n).toArray());
        }
    }
}
