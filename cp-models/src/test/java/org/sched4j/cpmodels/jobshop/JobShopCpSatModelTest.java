package org.sched4j.cpmodels.jobshop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverStatus;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.sched4j.cpmodels.OrToolsNativeLibrary;
import org.sched4j.jobshop.JobShopInstance;
import org.sched4j.jobshop.JobShopSchedule;
import org.sched4j.jobshop.JobShopProblem;

class JobShopCpSatModelTest {

    /** Loads OR-Tools' native library (seconds on a cold machine) before, not inside, the timed tests. */
    @BeforeAll
    static void loadTheNativeLibraryOutsideTheTimedTests() {
        OrToolsNativeLibrary.ensureLoaded();
    }

    private final JobShopInstance instance = TestInstances.zeroDurationShop();

    @Test
    void boundsTheMakespanByTheLowerBoundAndTheGivenUpperBound() {
        JobShopCpSatModel model = JobShopCpSatModel.build(instance, 8);

        assertThat(model.lowerBound()).isEqualTo(6);
        assertThat(model.upperBound()).isEqualTo(8);
        assertThat(model.makespan().getDomain().min()).isEqualTo(6);
        assertThat(model.makespan().getDomain().max()).isEqualTo(8);
    }

    @Test
    void startsEveryOperationBetweenItsHeadAndTheUpperBoundLessItsDurationAndTail() {
        JobShopCpSatModel model = JobShopCpSatModel.build(instance, 8);

        // Job 1: durations 2, 0, 3. Job 0: durations 5, 1.
        assertThat(domainOf(model, "start_1_0")).containsExactly(0L, 3L);
        assertThat(domainOf(model, "start_1_1")).containsExactly(2L, 5L);
        assertThat(domainOf(model, "start_1_2")).containsExactly(2L, 5L);
        assertThat(domainOf(model, "start_0_1")).containsExactly(5L, 7L);
    }

    @Test
    void rejectsAnUpperBoundBelowTheLowerBound() {
        assertThatIllegalArgumentException().isThrownBy(() -> JobShopCpSatModel.build(instance, 5))
                .withMessageContaining("below the lower bound 6");
    }

    @Test
    @Timeout(10)
    void readsBackAnOptimalScheduleThatTheEvaluatorAccepts() {
        JobShopCpSatModel model = JobShopCpSatModel.build(instance, instance.totalDuration());
        model.hint(JobShopSchedule.of(TestInstances.zeroDurationShopOptimalStarts()));
        CpSolver solver = new CpSolver();
        solver.getParameters().setMaxTimeInSeconds(5).setNumWorkers(1);

        assertThat(solver.solve(model.model())).isEqualTo(CpSolverStatus.OPTIMAL);
        JobShopSchedule schedule = model.schedule(solver::value);
        assertThat(JobShopProblem.TYPE.evaluate(instance, schedule).isFeasible()).isTrue();
        assertThat(schedule.makespan(instance)).isEqualTo(6);
    }

    private static List<Long> domainOf(JobShopCpSatModel model, String name) {
        return model.model().model().getVariablesList().stream()
                .filter(variable -> variable.getName().equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no variable " + name))
                .getDomainList();
    }
}
