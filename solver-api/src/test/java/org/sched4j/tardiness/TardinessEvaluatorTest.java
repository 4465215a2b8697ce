package org.sched4j.tardiness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.sched4j.api.Evaluation;

class TardinessEvaluatorTest {

    /** p = (3, 2, 4), d = (4, 2, 5), w = (1, 2, 3), all released at 0. */
    private static final TardinessInstance WEIGHTED = TardinessInstance.of("weighted", new int[] {3, 2, 4},
            new int[] {4, 2, 5}, new int[] {1, 2, 3}, new int[] {0, 0, 0});

    private static Evaluation evaluate(TardinessInstance instance, int... order) {
        return TardinessProblem.TYPE.evaluate(instance, JobSequence.of(order));
    }

    @Test
    void computesTheTotalWeightedTardinessByHand() {
        // C = 3, 5, 9; T = 0, 3, 4; 1*0 + 2*3 + 3*4 = 18
        assertThat(evaluate(WEIGHTED, 0, 1, 2).objective()).isEqualTo(18.0);
        // C = 2, 5, 9; T = 0, 1, 4; 2*0 + 1*1 + 3*4 = 13
        assertThat(evaluate(WEIGHTED, 1, 0, 2).objective()).isEqualTo(13.0);
    }

    @Test
    void waitsForReleaseDates() {
        TardinessInstance released = TardinessInstance.of("released", new int[] {2, 3}, new int[] {3, 6},
                new int[] {1, 1}, new int[] {4, 0});
        // job 0 idles until 4, ends 6 (T 3); job 1 ends 9 (T 3)
        assertThat(evaluate(released, 0, 1).objective()).isEqualTo(6.0);
        // job 1 ends 3 (T 0); job 0 waits until 4, ends 6 (T 3)
        assertThat(evaluate(released, 1, 0).objective()).isEqualTo(3.0);
    }

    @Test
    void namesAMissingJobAndADuplicate() {
        Evaluation evaluation = evaluate(WEIGHTED, 0, 1, 1);

        assertThat(evaluation.isFeasible()).isFalse();
        assertThat(evaluation.violations()).containsExactly(
                "job 1 appears more than once (again at position 2)", "job 2 is missing from the sequence");
    }

    @Test
    void namesAnUnknownJobAndAWrongLength() {
        Evaluation evaluation = evaluate(WEIGHTED, 0, 5);

        assertThat(evaluation.violations()).containsExactly("the sequence has 2 jobs but the instance has 3",
                "position 1 holds job 5, not a job of the instance (0 to 2)");
    }

    @Test
    void rejectsAJobWithoutProcessingTime() {
        assertThatThrownBy(() -> TardinessJob.of(0, 5)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("processingTime must be at least 1, got 0");
    }
}
