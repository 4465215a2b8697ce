package org.sched4j.cpmodels.jobshop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sched4j.api.Evaluation;
import org.sched4j.api.SolutionListener;
import org.sched4j.api.SolveOptions;
import org.sched4j.api.SolveResult;
import org.sched4j.api.Termination;
import org.sched4j.api.SolveStatus;
import org.sched4j.api.Solver;
import org.sched4j.api.Solvers;
import org.sched4j.cpmodels.OrToolsNativeLibrary;
import org.sched4j.heuristics.dispatch.JobShopDispatcher;
import org.sched4j.instances.taillard.TaillardBenchmarks;
import org.sched4j.jobshop.JobShopInstance;
import org.sched4j.jobshop.JobShopSchedule;
import org.sched4j.jobshop.JobShopProblem;

class JobShopSolversTest {

    /** A schedule the listener heard of, with what it was told. */
    private record Heard(JobShopSchedule schedule, double objective, double bound, Duration elapsed) {
    }

    @BeforeAll
    static void loadTheNativeLibraryOutsideTheTimedSolves() {
        OrToolsNativeLibrary.ensureLoaded();
    }

    private static Solver<JobShopInstance, JobShopSchedule> solver(String id) {
        return Solvers.get(JobShopProblem.TYPE, id);
    }

    private static SolveOptions twoThreads(Duration timeLimit) {
        return new SolveOptions(timeLimit, 0, 2, false, Map.of());
    }

    private static void assertValidWithObjective(JobShopInstance instance, SolveResult<JobShopSchedule> result,
                                                 long objective) {
        assertThat(result.isValid()).as(result.evaluation().summary()).isTrue();
        assertThat(JobShopProblem.TYPE.evaluate(instance, result.solution()).objective()).isEqualTo(objective);
        assertThat(result.objective()).isEqualTo(objective);
    }

    @Test
    void registersCpsatForTheJobShop() {
        assertThat(solver(CpSatJobShopSolver.ID)).isInstanceOf(CpSatJobShopSolver.class);
    }

    @Test
    @Timeout(10)
    void solvesFt06ToProvenOptimalityWithinATwoSecondLimit() {
        JobShopInstance ft06 = TestInstances.jsplib("ft06");

        SolveResult<JobShopSchedule> result = solver(CpSatJobShopSolver.ID).solve(ft06, twoThreads(Duration.ofSeconds(2)));

        assertThat(result.status()).isEqualTo(SolveStatus.OPTIMAL);
        assertValidWithObjective(ft06, result, 55);
        assertThat(result.bound()).isEqualTo(55);
    }

    @ParameterizedTest
    @CsvSource({"la01, 666", "la02, 655", "la03, 597", "la04, 590", "la05, 593"})
    @Timeout(10)
    void provesTheOptimaOfSmallLawrenceInstances(String name, long optimum) {
        JobShopInstance instance = TestInstances.jsplib(name);

        SolveResult<JobShopSchedule> result = solver(CpSatJobShopSolver.ID).solve(instance, twoThreads(Duration.ofSeconds(2)));

        assertThat(result.status()).isEqualTo(SolveStatus.OPTIMAL);
        assertValidWithObjective(instance, result, optimum);
        assertThat(result.bound()).isEqualTo(optimum);
    }

    @Test
    @Timeout(10)
    void tellsTheListenerOfStrictlyImprovingValidSchedulesEndingWithTheResult() {
        JobShopInstance la02 = TestInstances.jsplib("la02");
        List<Heard> heard = Collections.synchronizedList(new ArrayList<>());

        SolveResult<JobShopSchedule> result = solver(CpSatJobShopSolver.ID).solve(la02, twoThreads(Duration.ofSeconds(2)),
                (schedule, objective, bound, elapsed) -> heard.add(new Heard(schedule, objective, bound, elapsed)));

        assertThat(heard).hasSizeGreaterThan(1);
        for (int i = 0; i < heard.size(); i++) {
            Heard current = heard.get(i);
            Evaluation evaluation = JobShopProblem.TYPE.evaluate(la02, current.schedule());
            assertThat(evaluation.isFeasible()).as(evaluation.summary()).isTrue();
            assertThat(evaluation.objective()).isEqualTo(current.objective());
            assertThat(current.bound()).isLessThanOrEqualTo(current.objective());
            if (i > 0) {
                assertThat(current.objective()).isLessThan(heard.get(i - 1).objective());
                assertThat(current.elapsed()).isGreaterThanOrEqualTo(heard.get(i - 1).elapsed());
            }
        }
        assertThat(heard.getLast().objective()).isEqualTo(result.objective());
        assertThat(heard.getLast().schedule()).isEqualTo(result.solution());
    }

    @Test
    @Timeout(10)
    void honoursAOneSecondLimitOnAThirtyByTwentyTaillardInstance() {
        JobShopInstance ta41 = TaillardBenchmarks.instance("ta41");
        long publishedLowerBound = (long) TaillardBenchmarks.bestKnown("ta41").lowerBound();

        SolveResult<JobShopSchedule> result = solver(CpSatJobShopSolver.ID).solve(ta41, twoThreads(Duration.ofSeconds(1)));

        assertThat(result.wallTime()).as("a 1 s limit, with room for a busy machine")
                .isLessThan(Duration.ofSeconds(10));
        assertThat(result.status()).isEqualTo(SolveStatus.FEASIBLE);
        assertThat(result.isValid()).as(result.evaluation().summary()).isTrue();
        assertThat(result.objective()).isGreaterThanOrEqualTo(publishedLowerBound)
                .isLessThanOrEqualTo(result.statistics().get("hint_makespan").doubleValue());
        assertThat(result.bound()).isLessThanOrEqualTo(publishedLowerBound);
    }

    @Test
    @Timeout(10)
    void letsAZeroDurationOperationSitInsideAnotherOperationOnItsMachine() {
        JobShopInstance instance = TestInstances.zeroDurationShop();

        SolveResult<JobShopSchedule> result = solver(CpSatJobShopSolver.ID).solve(instance, twoThreads(Duration.ofSeconds(2)));

        assertThat(result.status()).isEqualTo(SolveStatus.OPTIMAL);
        assertValidWithObjective(instance, result, 6);
    }

    @Test
    @Timeout(10)
    void warmStartImprovesOnTheStartScheduleAndTellsOnlyOfBetterOnes() {
        JobShopInstance la02 = TestInstances.jsplib("la02");
        JobShopSchedule start = JobShopDispatcher.best(la02, 0).schedule();
        long startMakespan = start.makespan(la02);
        List<Double> objectives = Collections.synchronizedList(new ArrayList<>());

        SolveResult<JobShopSchedule> result = new CpSatJobShopSolver().solveFrom(la02, start,
                twoThreads(Duration.ofSeconds(2)), (schedule, objective, bound, elapsed) -> objectives.add(objective));

        assertThat(result.status()).isEqualTo(SolveStatus.OPTIMAL);
        assertValidWithObjective(la02, result, 655);
        assertThat(objectives).isNotEmpty().allSatisfy(objective -> assertThat(objective).isLessThan(startMakespan));
    }

    @Test
    @Timeout(10)
    void warmStartFromAnOptimalScheduleProvesItOptimal() {
        JobShopInstance ft06 = TestInstances.jsplib("ft06");
        JobShopSchedule optimal = solver(CpSatJobShopSolver.ID).solve(ft06, twoThreads(Duration.ofSeconds(2)))
                .solution();

        SolveResult<JobShopSchedule> result = new CpSatJobShopSolver().solveFrom(ft06, optimal,
                twoThreads(Duration.ofSeconds(2)), SolutionListener.none());

        assertThat(result.status()).isEqualTo(SolveStatus.OPTIMAL);
        assertThat(result.solution()).isEqualTo(optimal);
        assertThat(result.bound()).isEqualTo(55);
    }

    @Test
    @Timeout(60)
    void warmStartStopsEarlyWhenAskedTo() {
        JobShopInstance ta41 = TaillardBenchmarks.instance("ta41");
        JobShopSchedule start = JobShopDispatcher.best(ta41, 0).schedule();
        Termination stopNow = Termination.create();
        stopNow.request();

        SolveResult<JobShopSchedule> result = new CpSatJobShopSolver().solveFrom(ta41, start,
                twoThreads(Duration.ofMinutes(5)), SolutionListener.none(), stopNow);

        assertThat(result.wallTime()).as("stopped at once, not at the 5 min limit").isLessThan(Duration.ofSeconds(30));
        assertThat(result.isValid()).as(result.evaluation().summary()).isTrue();
        assertThat(result.objective()).isLessThanOrEqualTo(start.makespan(ta41))
                .isGreaterThanOrEqualTo(TaillardBenchmarks.bestKnown("ta41").lowerBound());
    }

    @Test
    void warmStartRejectsAnInfeasibleStartSchedule() {
        JobShopInstance instance = TestInstances.zeroDurationShop();
        int[][] zeros = new int[instance.jobCount()][];
        for (int j = 0; j < zeros.length; j++) {
            zeros[j] = new int[instance.job(j).operationCount()];
        }

        assertThatIllegalArgumentException().isThrownBy(() -> new CpSatJobShopSolver().solveFrom(instance,
                JobShopSchedule.of(zeros), twoThreads(Duration.ofSeconds(1)), SolutionListener.none()))
                .withMessageStartingWith("the start schedule is infeasible");
    }

    @Test
    @Timeout(10)
    void cpsatReportsItsSearchStatisticsAndTheHintsMakespan() {
        JobShopInstance la01 = TestInstances.jsplib("la01");

        SolveResult<JobShopSchedule> result = solver(CpSatJobShopSolver.ID).solve(la01,
                twoThreads(Duration.ofSeconds(2)));

        assertThat(result.statistics()).containsKeys("conflicts", "branches", "cpsat_wall_seconds",
                "cpsat_solutions");
        assertThat(result.statistics().get("hint_makespan").longValue()).isGreaterThanOrEqualTo(666);
        assertThat(result.statistics().get("cpsat_wall_seconds").doubleValue()).isPositive()
                .as("a 2 s limit, with room for a busy machine").isLessThan(10.0);
    }
}
