package org.sched4j.jobshop;

import static org.assertj.core.api.Assertions.assertThat;

import org.sched4j.api.Evaluation;
import org.junit.jupiter.api.Test;

class JobShopEvaluatorTest {

    /** Two jobs, two machines: job 0 = (m0,3) (m1,2); job 1 = (m1,4) (m0,1). Optimum 6... see the schedules below. */
    private static final JobShopInstance TWO_BY_TWO = JobShopInstance.of("two-by-two", 2,
            new int[][] {{0, 1}, {1, 0}}, new int[][] {{3, 2}, {4, 1}});

    private static Evaluation evaluate(int[][] starts) {
        return JobShopProblem.TYPE.evaluate(TWO_BY_TWO, JobShopSchedule.of(starts));
    }

    @Test
    void acceptsAFeasibleScheduleAndComputesItsMakespan() {
        Evaluation evaluation = evaluate(new int[][] {{0, 4}, {0, 4}});

        assertThat(evaluation.violations()).isEmpty();
        assertThat(evaluation.objective()).isEqualTo(6.0);
    }

    @Test
    void namesAnOperationThatStartsBeforeItsJobPredecessorEnds() {
        Evaluation evaluation = evaluate(new int[][] {{0, 2}, {0, 4}});

        assertThat(evaluation.isFeasible()).isFalse();
        assertThat(evaluation.violations())
                .contains("operation (0,1) starts at 2 before its predecessor ends at 3");
    }

    @Test
    void namesTwoOperationsThatOverlapOnAMachine() {
        Evaluation evaluation = evaluate(new int[][] {{0, 4}, {0, 2}});

        assertThat(evaluation.violations()).containsExactly(
                "operation (1,1) starts at 2 before its predecessor ends at 4",
                "operations (0,0) and (1,1) overlap on machine 0: [0, 3) and [2, 3)");
    }

    @Test
    void findsAnOverlapHiddenBehindAShortOperation() {
        JobShopInstance instance = JobShopInstance.of("nested", 1,
                new int[][] {{0}, {0}, {0}}, new int[][] {{10}, {1}, {2}});

        Evaluation evaluation = JobShopProblem.TYPE.evaluate(instance, JobShopSchedule.of(new int[][] {{0}, {1}, {5}}));

        assertThat(evaluation.violations()).hasSize(2)
                .allSatisfy(violation -> assertThat(violation).startsWith("operations (0,0) and"));
    }

    @Test
    void letsZeroDurationOperationsShareATime() {
        JobShopInstance instance = JobShopInstance.of("zero", 1, new int[][] {{0}, {0}}, new int[][] {{0}, {5}});

        Evaluation evaluation = JobShopProblem.TYPE.evaluate(instance, JobShopSchedule.of(new int[][] {{2}, {0}}));

        assertThat(evaluation.isFeasible()).isTrue();
        assertThat(evaluation.objective()).isEqualTo(5.0);
    }

    @Test
    void rejectsANegativeStart() {
        Evaluation evaluation = evaluate(new int[][] {{-1, 4}, {0, 4}});

        assertThat(evaluation.violations()).contains("operation (0,0) starts at -1, before time 0");
    }

    @Test
    void rejectsAScheduleOfTheWrongShape() {
        Evaluation evaluation = evaluate(new int[][] {{0, 4}, {0}});

        assertThat(evaluation.violations()).containsExactly("job 1 has 1 start times but 2 operations");
        assertThat(evaluation.objective()).isNaN();
    }
}
