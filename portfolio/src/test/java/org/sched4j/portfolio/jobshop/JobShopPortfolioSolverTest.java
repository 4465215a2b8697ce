package org.sched4j.portfolio.jobshop;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.sched4j.api.Evaluation;
import org.sched4j.api.SolveOptions;
import org.sched4j.api.SolveResult;
import org.sched4j.api.SolveStatus;
import org.sched4j.api.Solver;
import org.sched4j.api.SolverJob;
import org.sched4j.api.Solvers;
import org.sched4j.cpmodels.CpSatParameters;
import org.sched4j.cpmodels.OrToolsNativeLibrary;
import org.sched4j.heuristics.dispatch.JobShopDispatcher;
import org.sched4j.instances.TestFiles;
import org.sched4j.instances.taillard.TaillardBenchmarks;
import org.sched4j.jobshop.JobShopInstance;
import org.sched4j.jobshop.JobShopSchedule;
import org.sched4j.jobshop.JobShopProblem;
import org.sched4j.localsearch.jobshop.TabuSearchParameters;

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

    /** A limit far beyond what CP-SAT needs, and a short tabu search, so that the proof, not the clock, ends them. */
    @ParameterizedTest
    @CsvSource({"ft06, 55, 2", "la01, 666, 2", "la03, 597, 2", "la05, 593, 1", "ft06, 55, 1"})
    @Timeout(180)
    void provesTheOptimaOfSmallInstances(String name, long optimum, int threads) {
        JobShopInstance instance = TestFiles.jobShop(name);

        SolveResult<JobShopSchedule> result = auto().solve(instance, options(Duration.ofSeconds(120), threads)
                .parameters(Map.of(TabuSearchParameters.MAX_ITERATIONS, "100000")));

        assertValid(instance, result);
        assertThat(result.objective()).isEqualTo(optimum);
        assertThat(result.bound()).isEqualTo(optimum);
        assertThat(result.status()).isEqualTo(SolveStatus.OPTIMAL);
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
    @Timeout(30)
    void honoursAOneSecondLimitOnAThirtyByTwentyTaillardInstance() {
        JobShopInstance ta41 = TaillardBenchmarks.instance("ta41");
        long publishedLowerBound = (long) TaillardBenchmarks.bestKnown("ta41").lowerBound();

        long start = System.nanoTime();
        SolveResult<JobShopSchedule> result = auto().solve(ta41, options(Duration.ofSeconds(1), 2));
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        assertThat(took).as("1 s limit, with room for a loaded machine").isLessThan(Duration.ofSeconds(10));
        assertValid(ta41, result);
        assertThat(result.status()).isEqualTo(SolveStatus.FEASIBLE);
        assertThat(result.objective()).isGreaterThanOrEqualTo(publishedLowerBound)
                .isLessThan(JobShopDispatcher.best(ta41, 0).makespan());
        assertThat(result.bound()).isLessThanOrEqualTo(publishedLowerBound);
    }

    @Test
    @Timeout(30)
    void returnsADispatchingScheduleThatMeetsTheLowerBoundAtOnce() {
        JobShopInstance oneJob = JobShopInstance.of("one-job", 2, new int[][] {{0, 1}}, new int[][] {{3, 4}});

        SolveResult<JobShopSchedule> result = auto().solve(oneJob, options(Duration.ofMinutes(5), 2));

        assertValid(oneJob, result);
        assertThat(result.status()).isEqualTo(SolveStatus.OPTIMAL);
        assertThat(result.objective()).isEqualTo(7);
        assertThat(result.wallTime()).as("far below the 5 min limit").isLessThan(Duration.ofSeconds(20));
        assertThat(result.statistics().get("cpsat_rounds")).isEqualTo(0L);
    }

    /**
     * The budgets, not the clock, stop a one-thread run: an iteration budget for the tabu search and a deterministic
     * time for CP-SAT, under a time limit far beyond what they need on any machine.
     */
    @Test
    @Timeout(600)
    void givesTheSameScheduleForTheSameSeedWithOneThread() {
        JobShopInstance ta21 = TaillardBenchmarks.instance("ta21");
        SolveOptions options = new SolveOptions(Duration.ofMinutes(8), 7, 1, false, Map.of(
                TabuSearchParameters.MAX_ITERATIONS, "150000",
                CpSatParameters.PREFIX + "max_deterministic_time", "1.0"));

        SolveResult<JobShopSchedule> first = auto().solve(ta21, options);
        SolveResult<JobShopSchedule> second = auto().solve(ta21, options);

        assertValid(ta21, first);
        assertValid(ta21, second);
        assertThat(first.objective()).isLessThan(JobShopDispatcher.best(ta21, 7).makespan());
        assertThat(first.statistics().get("tabu_iterations"))
                .as("the iteration budget, not the clock, stopped the tabu search")
                .isEqualTo(150_000L)
                .isEqualTo(first.statistics().get("tabu_iteration_budget"))
                .isEqualTo(second.statistics().get("tabu_iterations"));
        assertThat(second.solution().startTimes()).isDeepEqualTo(first.solution().startTimes());
        assertThat(second.bound()).isEqualTo(first.bound());
    }

    @ParameterizedTest(name = "{0} threads")
    @ValueSource(ints = {1, 2})
    @Timeout(120)
    void returnsAValidScheduleSoonAfterTerminateEarly(int threads) throws InterruptedException {
        JobShopInstance ta41 = TaillardBenchmarks.instance("ta41");
        CountDownLatch firstSolution = new CountDownLatch(1);
        SolverJob<JobShopSchedule> job = auto().solveAsync(ta41, options(Duration.ofMinutes(5), threads),
                (schedule, makespan, bound, elapsed) -> firstSolution.countDown());
        assertThat(firstSolution.await(60, TimeUnit.SECONDS)).as("the dispatching schedule is reported").isTrue();

        job.terminateEarly();
        Optional<SolveResult<JobShopSchedule>> result = job.await(Duration.ofSeconds(2));

        assertThat(result).as("the result within 2 s of terminateEarly").isPresent();
        assertValid(ta41, result.get());
        assertThat(result.get().status()).isEqualTo(SolveStatus.FEASIBLE);
        assertNoPortfolioThreadAlive();
    }

    @Test
    @Timeout(120)
    void returnsAValidScheduleWithTheFlagStillSetWhenTheCallingThreadIsInterrupted() throws InterruptedException {
        JobShopInstance ta41 = TaillardBenchmarks.instance("ta41");
        Set<Thread> before = Set.copyOf(Thread.getAllStackTraces().keySet());
        CountDownLatch firstSolution = new CountDownLatch(1);
        AtomicReference<SolveResult<JobShopSchedule>> result = new AtomicReference<>();
        AtomicBoolean interruptFlagKept = new AtomicBoolean();
        Thread caller = Thread.ofPlatform().name("portfolio-test-caller").start(() -> {
            result.set(auto().solve(ta41, options(Duration.ofMinutes(5), 2),
                    (schedule, makespan, bound, elapsed) -> firstSolution.countDown()));
            interruptFlagKept.set(Thread.currentThread().isInterrupted());
        });
        assertThat(firstSolution.await(60, TimeUnit.SECONDS)).as("the dispatching schedule is reported").isTrue();
        Thread.sleep(200);

        caller.interrupt();
        caller.join(Duration.ofSeconds(2));

        assertThat(caller.isAlive()).as("solve returns within 2 s of the interrupt").isFalse();
        assertThat(result.get()).as("solve returned a result").isNotNull();
        assertValid(ta41, result.get());
        assertThat(interruptFlagKept).as("the interrupt flag is still set").isTrue();
        assertNoPortfolioThreadAlive();
        assertThat(newThreadsAfterWaiting(before)).as("threads started by the solve and still alive").isEmpty();
    }

    private static void assertNoPortfolioThreadAlive() {
        assertThat(Thread.getAllStackTraces().keySet()).as("the portfolio's threads have ended")
                .noneMatch(thread -> thread.getName().startsWith(JobShopPortfolioSolver.THREAD_NAME_PREFIX));
    }

    /**
     * The non-daemon threads alive now that were not before, once they have had 5 s to end (daemon threads, such as
     * the JDK's and OR-Tools' pools, may outlive a solve).
     */
    private static List<Thread> newThreadsAfterWaiting(Set<Thread> before) throws InterruptedException {
        List<Thread> added = List.of();
        for (int wait = 0; wait < 50; wait++) {
            added = Thread.getAllStackTraces().keySet().stream()
                    .filter(thread -> !before.contains(thread) && !thread.isDaemon() && thread.isAlive())
                    .toList();
            if (added.isEmpty()) {
                return added;
            }
            Thread.sleep(100);
        }
        return added;
    }
}
