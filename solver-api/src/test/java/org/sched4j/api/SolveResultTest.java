package org.sched4j.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.sched4j.jobshop.JobShopInstance;
import org.sched4j.jobshop.JobShopSchedule;
import org.sched4j.jobshop.JobShopProblem;

class SolveResultTest {

    private static final JobShopInstance INSTANCE = JobShopInstance.of("chain", 1,
            new int[][] {{0}, {0}}, new int[][] {{3}, {4}});
    private static final JobShopSchedule SCHEDULE = JobShopSchedule.of(new int[][] {{0}, {3}});

    private static SolveResult.Builder<JobShopInstance, JobShopSchedule> builder() {
        return SolveResult.builder(JobShopProblem.TYPE, INSTANCE, "test");
    }

    @Test
    void carriesTheEvaluatorsObjective() {
        SolveResult<JobShopSchedule> result = builder().status(SolveStatus.OPTIMAL).solution(SCHEDULE, 7).bound(7)
                .build(Duration.ofMillis(5));

        assertThat(result.objective()).isEqualTo(7.0);
        assertThat(result.isValid()).isTrue();
        assertThat(result.hasBound()).isTrue();
    }

    @Test
    void failsLoudlyWhenTheClaimedObjectiveDisagreesWithTheEvaluator() {
        assertThatThrownBy(() -> builder().status(SolveStatus.FEASIBLE).solution(SCHEDULE, 6).build(Duration.ZERO))
                .isInstanceOf(SolverDefectException.class)
                .hasMessage("test claimed makespan 6 but the evaluator computes 7 (difference -1) for jobshop");
    }

    @Test
    void failsLoudlyOnABoundBeyondTheSolution() {
        assertThatThrownBy(() -> builder().status(SolveStatus.FEASIBLE).solution(SCHEDULE, 7).bound(8)
                .build(Duration.ZERO))
                .isInstanceOf(SolverDefectException.class)
                .hasMessageContaining("bound 8");
    }

    @Test
    void keepsAnInfeasibleSolutionMarkedInvalid() {
        JobShopSchedule overlapping = JobShopSchedule.of(new int[][] {{0}, {1}});

        SolveResult<JobShopSchedule> result = builder().status(SolveStatus.FEASIBLE).solution(overlapping, 5)
                .build(Duration.ZERO);

        assertThat(result.isValid()).isFalse();
        assertThat(result.evaluation().summary()).contains("overlap on machine 0");
    }

    @Test
    void rejectsAFeasibleStatusWithoutASolution() {
        assertThatThrownBy(() -> builder().status(SolveStatus.FEASIBLE).build(Duration.ZERO))
                .isInstanceOf(SolverDefectException.class);
    }

    @Test
    void anUnknownResultHasNoObjective() {
        SolveResult<JobShopSchedule> result = builder().build(Duration.ofSeconds(1));

        assertThat(result.hasSolution()).isFalse();
        assertThat(result.objective()).isNaN();
        assertThat(result.isValid()).isFalse();
    }
}
