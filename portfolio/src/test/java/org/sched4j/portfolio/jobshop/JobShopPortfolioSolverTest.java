package org.sched4j.portfolio.jobshop;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.sched4j.api.SolveOptions;
import org.sched4j.api.SolveResult;
import org.sched4j.api.SolveStatus;
import org.sched4j.api.Solver;
import org.sched4j.api.Solvers;
import org.sched4j.cpmodels.OrToolsNativeLibrary;
import org.sched4j.heuristics.dispatch.JobShopDispatcher;
import org.sched4j.instances.TestFiles;
import org.sched4j.instances.taillard.TaillardBenchmarks;
import org.sched4j.jobshop.JobShopInstance;
import org.sched4j.jobshop.JobShopSchedule;
import org.sched4j.jobshop.JobShopProblem;

class JobShopPortfolioSolverTest {

    /** Loads OR-Tools' native library (seconds on a cold machine) before, not inside, the timed tests. */
    @BeforeAll
    static void loadTheNativeLibraryOutsideTheTimedTests() {
        OrToolsNativeLibrary.ensureLoaded();
    }

    private static Solver<JobShopInstance, JobShopSchedule> auto() {
        return Solvers.get(JobShopProblem.TYPE, JobShopPortfolioSolver.ID);
    }

    private static SolveOptions options(Duration timeLimit, int threads) {
        return new SolveOptions(timeLimit, 0, threads, false, Map.of());
    }

    private static void assertValid(JobShopInstance instance, SolveResult<JobShopSchedule> result) {
        Evaluation evaluation = JobShopProblem.TYPE.evaluate(instance, result.solution());
        assertThat(evaluation.isFeasible()).as(evaluation.summary()).isTrue();
        assertThat(result.objective()).isEqualTo(evaluation.objective());
    }

    @Test
    void isTheRegisteredAutoSolverOfTheJobShop() {
        assertThat(auto()).isInstanceOf(JobShopPortfolioSolver.class);
    }

    @ParameterizedTest
    @CsvSource({"ft06, 55, 2", "la01, 666, 2", "la03, 597, 2", "la05, 593, 1", "ft06, 55, 1"})
    @Timeout(20)
    void provesTheOptimaOfSmallInstances(String name, long optimum, int threads) {
        JobShopInstance instance = TestFiles.jobShop(name);

        SolveResult<JobShopSchedule> result = auto().solve(instance, options(Duration.ofSeconds(5), threads));

        assertValid(instance, result);
        assertThat(result.objective()).isEqualTo(optimum);
        assertThat(result.bound()).isEqualTo(optimum);
        assertThat(result.status()).isEqualTo(SolveStatus.OPTIMAL);
        assertThat(result.wallTime()).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    @Timeout(20)
    void tellsTheListenerOfTheDispatchingScheduleFirstThenOfStrictImprovements() {
        JobShopInstance ft10 = TestFiles.jobShop("ft10");
        long dispatchMakespan = JobShopDispatcher.best(ft10, 0).makespan();
        List<Double> objectives = Collections.synchronizedList(new ArrayList<>());

        SolveResult<JobShopSchedule> result = auto().solve(ft10, options(Duration.ofSeconds(2), 2),
                (schedule, objective, bound, elapsed) -> {
                    assertThat(JobShopProblem.TYPE.evaluate(ft10, schedule).objective()).isEqualTo(objective);
                    assertThat(bound).isLessThanOrEqualTo(objective);
                    objectives.add(objective);
                });

        assertValid(ft10, result);
        assertThat(objectives.getFirst()).isEqualTo(dispatchMakespan);
        assertThat(objectives).isSortedAccordingTo((a, b) -> Double.compare(b, a)).doesNotHaveDuplicates();
        assertThat(objectives.getLast()).isEqualTo(result.objective());
        assertThat(result.objective()).isGreaterThanOrEqualTo(930).isLessThan(dispatchMakespan);
    }

    @Test
    @Timeout(20)
    void honoursAOneSecondLimitOnAThirtyByTwentyTaillardInstance() {
        JobShopInstance ta41 = TaillardBenchmarks.instance("ta41");
        long publishedLowerBound = (long) TaillardBenchmarks.bestKnown("ta41").lowerBound();

        long start = System.nanoTime();
        SolveResult<JobShopSchedule> result = auto().solve(ta41, options(Duration.ofSeconds(1), 2));
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        assertThat(took).isLessThan(Duration.ofMillis(1500));
        assertValid(ta41, result);
        assertThat(result.status()).isEqualTo(SolveStatus.FEASIBLE);
        assertThat(result.objective()).isGreaterThanOrEqualTo(publishedLowerBound)
                .isLessThan(JobShopDispatcher.best(ta41, 0).makespan());
        assertThat(result.bound()).isLessThanOrEqualTo(publishedLowerBound);
    }

    @Test
    @Timeout(10)
    void returnsADispatchingScheduleThatMeetsTheLowerBoundAtOnce() {
        JobShopInstance oneJob = JobShopInstance.of("one-job", 2, new int[][] {{0, 1}}, new int[][] {{3, 4}});

        SolveResult<JobShopSchedule> result = auto().solve(oneJob, options(Duration.ofSeconds(5), 2));

        assertValid(oneJob, result);
        assertThat(result.status()).isEqualTo(SolveStatus.OPTIMAL);
        assertThat(result.objective()).isEqualTo(7);
        assertThat(result.wallTime()).isLessThan(Duration.ofSeconds(1));
        assertThat(result.statistics().get("cpsat_rounds")).isEqualTo(0L);
    }

    @Test
    @Timeout(30)
    void givesTheSameScheduleForTheSameSeedWithOneThread() {
        JobShopInstance ta21 = TaillardBenchmarks.instance("ta21");
        SolveOptions options = new SolveOptions(Duration.ofSeconds(2), 7, 1, false, Map.of());

        SolveResult<JobShopSchedule> first = auto().solve(ta21, options);
        SolveResult<JobShopSchedule> second = auto().solve(ta21, options);

        assertValid(ta21, first);
        assertValid(ta21, second);
        assertThat(first.objective()).isLessThan(JobShopDispatcher.best(ta21, 7).makespan());
        assertThat(first.statistics().get("tabu_iterations"))
                .as("the iteration budget, not the clock, stopped the tabu search")
                .isEqualTo(first.statistics().get("tabu_iteration_budget"))
                .isEqualTo(second.statistics().get("tabu_iterations"));
        assertThat(second.solution().startTimes()).isDeepEqualTo(first.solution().startTimes());
        assertThat(second.bound()).isEqualTo(first.bound());
    }
}
