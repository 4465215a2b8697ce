package org.sched4j.localsearch.timefold;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.timefold.solver.core.api.score.HardMediumSoftScore;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sched4j.api.Evaluation;
import org.sched4j.heuristics.dispatch.JobShopDispatcher;
import org.sched4j.jobshop.JobShopInstance;
import org.sched4j.jobshop.JobShopSchedule;
import org.sched4j.jobshop.OperationRef;
import org.sched4j.jobshop.JobShopProblem;

class JobShopPlanConversionTest {

    private final TimefoldJobShopSolver solver = new TimefoldJobShopSolver();

    @Test
    void scoresAnAcyclicPlanByItsMakespanAndCompletionTimes() {
        JobShopInstance instance = TimefoldTestInstances.crossingJobs();
        JobShopPlan plan = JobShopPlanConversion.fromMachineOrders(instance, List.of(
                List.of(new OperationRef(0, 0), new OperationRef(1, 1)),
                List.of(new OperationRef(1, 0), new OperationRef(0, 1))));

        HardMediumSoftScore score = solver.score(plan);

        assertThat(score).isEqualTo(HardMediumSoftScore.of(0, -6, -11));
        JobShopSchedule schedule = JobShopPlanConversion.toSchedule(instance, plan);
        assertThat(schedule.startTimes()).isEqualTo(new int[][] {{0, 4}, {0, 4}});
        assertThat(JobShopProblem.TYPE.evaluate(instance, schedule).objective()).isEqualTo(6);
    }

    @Test
    void penalisesACyclicMachineOrderOnTheHardLevelInsteadOfSchedulingIt() {
        JobShopInstance instance = TimefoldTestInstances.crossingJobs();
        JobShopPlan plan = JobShopPlanConversion.fromMachineOrders(instance, List.of(
                List.of(new OperationRef(1, 1), new OperationRef(0, 0)),
                List.of(new OperationRef(0, 1), new OperationRef(1, 0))));

        HardMediumSoftScore score = solver.score(plan);

        assertThat(score.hardScore()).isEqualTo(-4);
        assertThat(plan.getOperations()).allSatisfy(operation -> {
            assertThat(operation.isInconsistent()).isTrue();
            assertThat(operation.getStart()).isNull();
        });
        assertThatThrownBy(() -> JobShopPlanConversion.toSchedule(instance, plan))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("cyclic");
    }

    @Test
    void keepsTheDispatchScheduleOrdersWithRevisitsAndZeroDurations() {
        JobShopInstance instance = TimefoldTestInstances.mixedShop();
        JobShopSchedule dispatched = JobShopDispatcher.best(instance, 3).schedule();
        JobShopPlan plan = JobShopPlanConversion.fromSchedule(instance, dispatched);

        HardMediumSoftScore score = solver.score(plan);

        JobShopSchedule back = JobShopPlanConversion.toSchedule(instance, plan);
        Evaluation evaluation = JobShopProblem.TYPE.evaluate(instance, back);
        assertThat(evaluation.isFeasible()).as(evaluation.summary()).isTrue();
        assertThat(score.hardScore()).isZero();
        assertThat(-score.mediumScore()).isEqualTo((long) evaluation.objective());
        assertThat(evaluation.objective()).isLessThanOrEqualTo(dispatched.makespan(instance));
    }

    @Test
    void rejectsAnOperationListedTwice() {
        JobShopInstance instance = TimefoldTestInstances.crossingJobs();
        assertThatThrownBy(() -> JobShopPlanConversion.fromMachineOrders(instance, List.of(
                List.of(new OperationRef(0, 0), new OperationRef(0, 0)),
                List.of(new OperationRef(1, 0), new OperationRef(0, 1)))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("(0,0) is listed twice");
    }

    @Test
    void rejectsAnOperationOnAnotherMachine() {
        JobShopInstance instance = TimefoldTestInstances.crossingJobs();
        assertThatThrownBy(() -> JobShopPlanConversion.fromMachineOrders(instance, List.of(
                List.of(new OperationRef(0, 0), new OperationRef(0, 1)),
                List.of(new OperationRef(1, 0), new OperationRef(1, 1)))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("runs on machine 1");
    }
}
