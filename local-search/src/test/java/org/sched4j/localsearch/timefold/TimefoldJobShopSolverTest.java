package org.sched4j.localsearch.timefold;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.timefold.solver.core.api.score.HardMediumSoftScore;
import ai.timefold.solver.core.api.score.stream.Constraint;
import ai.timefold.solver.core.api.score.stream.ConstraintFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.sched4j.api.SolveOptions;
import org.sched4j.api.SolveResult;
import org.sched4j.api.SolveStatus;
import org.sched4j.api.Solvers;
import org.sched4j.jobshop.JobShopInstance;
import org.sched4j.jobshop.JobShopSchedule;
import org.sched4j.jobshop.OperationRef;
import org.sched4j.jobshop.JobShopProblem;

class TimefoldJobShopSolverTest {

    private final TimefoldJobShopSolver solver = new TimefoldJobShopSolver();

    @Test
    void isRegisteredAsTimefold() {
        assertThat(Solvers.get(JobShopProblem.TYPE, "timefold")).isInstanceOf(TimefoldJobShopSolver.class);
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void reachesSixtyOnFt06() {
        JobShopInstance instance = TimefoldTestInstances.jsplib("ft06");
        SolveResult<JobShopSchedule> result = solver.solve(instance, options(Duration.ofSeconds(10), Map.of()));
        assertValid(instance, result);
        assertThat(result.objective()).isBetween(55.0, 60.0);
        assertThat(result.statistics().get("steps").longValue()).isPositive();
        assertThat(result.statistics().get("moves_evaluated").longValue()).isPositive();
    }

    @Test
    @Timeout(value = 15, unit = TimeUnit.SECONDS)
    void returnsAValidScheduleOnLa01NoBetterThanItsOptimum() {
        JobShopInstance instance = TimefoldTestInstances.jsplib("la01");
        SolveResult<JobShopSchedule> result = solver.solve(instance, options(Duration.ofSeconds(1), Map.of()));
        assertValid(instance, result);
        assertThat(result.objective()).isGreaterThanOrEqualTo(666.0);
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void keepsShadowVariablesUncorruptedUnderFullAssert() {
        JobShopInstance instance = TimefoldTestInstances.jsplib("ft06");
        SolveResult<JobShopSchedule> result = solver.solve(instance, options(Duration.ofSeconds(10),
                Map.of(TimefoldConfiguration.ENVIRONMENT_MODE, "full-assert")));
        assertValid(instance, result);
        assertThat(result.statistics().get("steps").longValue()).isPositive();
    }

    @Test
    @Timeout(value = 15, unit = TimeUnit.SECONDS)
    void solvesAGeneralShopWithRevisitsAndZeroDurationsToOptimality() {
        JobShopInstance instance = TimefoldTestInstances.mixedShop();
        SolveResult<JobShopSchedule> result = solver.solve(instance, options(Duration.ofSeconds(1), Map.of()));
        assertValid(instance, result);
        assertThat(result.objective()).isEqualTo(10);
        assertThat(result.status()).isEqualTo(SolveStatus.OPTIMAL);
    }

    @Test
    @Timeout(value = 15, unit = TimeUnit.SECONDS)
    void reportsStrictlyImprovingFeasibleSchedulesEndingWithTheResult() {
        JobShopInstance instance = TimefoldTestInstances.jsplib("ft10");
        List<Double> reported = new ArrayList<>();
        SolveResult<JobShopSchedule> result = solver.solve(instance, options(Duration.ofSeconds(1), Map.of()),
                (schedule, objective, bound, elapsed) -> {
                    assertThat(JobShopProblem.TYPE.evaluate(instance, schedule).isFeasible()).isTrue();
                    assertThat(JobShopProblem.TYPE.evaluate(instance, schedule).objective()).isEqualTo(objective);
                    assertThat(bound).isEqualTo(instance.trivialLowerBound());
                    reported.add(objective);
                });
        assertValid(instance, result);
        assertThat(reported).isNotEmpty().isSortedAccordingTo((a, b) -> Double.compare(b, a));
        assertThat(reported).doesNotHaveDuplicates();
        assertThat(reported.getLast()).isEqualTo(result.objective());
        assertThat(result.statistics().get("improvements")).isEqualTo(reported.size());
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void honoursTheTimeLimitOnALargeInstance() {
        JobShopInstance instance = TimefoldTestInstances.jsplib("ta41");
        long start = System.nanoTime();
        SolveResult<JobShopSchedule> result = solver.solve(instance, options(Duration.ofMillis(1000), Map.of()));
        long elapsedMillis = (System.nanoTime() - start) / 1_000_000;
        assertValid(instance, result);
        assertThat(elapsedMillis).as("1 s limit, with room for a loaded 2-core machine").isLessThan(10_000L);
        assertThat(result.wallTime()).isLessThan(Duration.ofSeconds(10));
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void returnsSoonAfterAShortLimitOnALargeInstance() {
        JobShopInstance instance = TimefoldTestInstances.jsplib("ta71");
        long start = System.nanoTime();
        SolveResult<JobShopSchedule> result = solver.solve(instance, options(Duration.ofMillis(300), Map.of()));
        long elapsedMillis = (System.nanoTime() - start) / 1_000_000;
        assertValid(instance, result);
        assertThat(elapsedMillis).as("300 ms limit, with room for a loaded 2-core machine").isLessThan(10_000L);
    }

    @Test
    void acceptsConstraintsAddedByASubclass() {
        JobShopInstance instance = TimefoldTestInstances.crossingJobs();
        JobShopPlan plan = JobShopPlanConversion.fromMachineOrders(instance, List.of(
                List.of(new OperationRef(0, 0), new OperationRef(1, 1)),
                List.of(new OperationRef(1, 0), new OperationRef(0, 1))));

        HardMediumSoftScore score = new TimefoldJobShopSolver(LateStartPenalty.class).score(plan);

        assertThat(score).isEqualTo(HardMediumSoftScore.of(0, -6, -11 - 2 * (4 + 4)));
    }

    @Test
    @Timeout(value = 15, unit = TimeUnit.SECONDS)
    void solvesWithConstraintsAddedByASubclass() {
        JobShopInstance instance = TimefoldTestInstances.jsplib("ft06");
        SolveResult<JobShopSchedule> result = new TimefoldJobShopSolver(LateStartPenalty.class)
                .solve(instance, options(Duration.ofMillis(800), Map.of()));
        assertValid(instance, result);
    }

    @Test
    void rejectsAnUnknownEnvironmentModeNamingTheKey() {
        JobShopInstance instance = TimefoldTestInstances.crossingJobs();
        assertThatThrownBy(() -> solver.solve(instance, options(Duration.ofSeconds(1),
                Map.of(TimefoldConfiguration.ENVIRONMENT_MODE, "careful"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("timefold.environment-mode");
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void stopsAfterTheStepLimit() {
        JobShopInstance instance = TimefoldTestInstances.jsplib("ft10");
        SolveResult<JobShopSchedule> result = solver.solve(instance, options(Duration.ofSeconds(30),
                Map.of(TimefoldConfiguration.STEP_LIMIT, "5")));
        assertValid(instance, result);
        assertThat(result.statistics().get("steps")).isEqualTo(5L);
    }

    @Test
    void rejectsAStepLimitThatIsNotAPositiveIntegerNamingTheKey() {
        JobShopInstance instance = TimefoldTestInstances.crossingJobs();
        assertThatThrownBy(() -> solver.solve(instance, options(Duration.ofSeconds(1),
                Map.of(TimefoldConfiguration.STEP_LIMIT, "0"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("timefold.step-limit");
    }

    private static SolveOptions options(Duration limit, Map<String, String> parameters) {
        return SolveOptions.withTimeLimit(limit).seed(7).threads(1).parameters(parameters);
    }

    private static void assertValid(JobShopInstance instance, SolveResult<JobShopSchedule> result) {
        assertThat(result.isValid()).as(result.evaluation().summary()).isTrue();
        assertThat(result.objective())
                .isEqualTo(JobShopProblem.TYPE.evaluate(instance, result.solution()).objective());
        assertThat(result.bound()).isEqualTo(instance.trivialLowerBound());
        assertThat(result.status()).isEqualTo(result.objective() == instance.trivialLowerBound()
                ? SolveStatus.OPTIMAL : SolveStatus.FEASIBLE);
    }

    /** Adds a soft penalty of 2 per time unit of each operation's start after the first of its job. */
    public static class LateStartPenalty extends JobShopConstraints {

        @Override
        public Constraint[] defineConstraints(ConstraintFactory factory) {
            List<Constraint> constraints = new ArrayList<>(List.of(super.defineConstraints(factory)));
            constraints.add(factory.forEach(OperationTask.class)
                    .filter(operation -> operation.getPosition() > 0)
                    .penalize(HardMediumSoftScore.ofSoft(2), operation -> operation.getStart().longValue())
                    .asConstraint("late start"));
            return constraints.toArray(Constraint[]::new);
        }
    }
}
