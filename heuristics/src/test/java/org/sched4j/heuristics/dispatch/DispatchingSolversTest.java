package org.sched4j.heuristics.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.sched4j.api.Evaluation;
import org.sched4j.api.SolveOptions;
import org.sched4j.api.SolveResult;
import org.sched4j.api.SolveStatus;
import org.sched4j.api.Solver;
import org.sched4j.api.Solvers;
import org.sched4j.heuristics.HeuristicsSolverProvider;
import org.sched4j.jobshop.JobShopInstance;
import org.sched4j.jobshop.JobShopSchedule;
import org.sched4j.jobshop.JobShopProblem;

/** Every dispatching solver, through the uniform API, on instances with known optima. */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class DispatchingSolversTest {

    private static final SolveOptions OPTIONS = SolveOptions.withTimeLimit(Duration.ofSeconds(2)).seed(11);

    @SuppressWarnings("unchecked")
    static List<Solver<JobShopInstance, JobShopSchedule>> solvers() {
        return new HeuristicsSolverProvider().solvers().stream()
                .map(solver -> (Solver<JobShopInstance, JobShopSchedule>) solver)
                .toList();
    }

    static List<Arguments> everySolverAndInstance() {
        List<TestInstances.KnownOptimum> instances = new ArrayList<>(TestInstances.BENCHMARKS);
        instances.add(TestInstances.MIXED_SHOP);
        List<Arguments> arguments = new ArrayList<>();
        for (Solver<JobShopInstance, JobShopSchedule> solver : solvers()) {
            for (TestInstances.KnownOptimum instance : instances) {
                arguments.add(Arguments.of(solver.id(), instance));
            }
        }
        return arguments;
    }

    @ParameterizedTest(name = "{0} on {1}")
    @MethodSource("everySolverAndInstance")
    void returnsAValidScheduleNoBetterThanTheOptimum(String solverId, TestInstances.KnownOptimum known) {
        JobShopInstance instance = TestInstances.load(known.name());
        List<Double> heard = new ArrayList<>();

        SolveResult<JobShopSchedule> result = solver(solverId).solve(instance, OPTIONS,
                (schedule, objective, bound, elapsed) -> heard.add(objective));

        Evaluation evaluation = JobShopProblem.TYPE.evaluate(instance, result.solution());
        assertThat(evaluation.violations()).isEmpty();
        assertThat(result.objective()).isEqualTo(evaluation.objective()).isGreaterThanOrEqualTo(known.optimum());
        assertThat(result.bound()).isEqualTo(instance.trivialLowerBound());
        assertThat(result.status()).isEqualTo(result.objective() == result.bound()
                ? SolveStatus.OPTIMAL : SolveStatus.FEASIBLE);
        assertThat(heard).isNotEmpty().isSortedAccordingTo((a, b) -> Double.compare(b, a)).doesNotHaveDuplicates();
        assertThat(heard.getLast()).isEqualTo(result.objective());
        assertThat(result.statistics().get("schedules").intValue()).isPositive();
        assertThat(result.timeToBest()).isLessThanOrEqualTo(result.wallTime());
        assertThat(ScheduleProperties.leftShiftableOperation(instance, result.solution())).isEmpty();
    }

    @ParameterizedTest(name = "{0} on {1}")
    @MethodSource("everySolverAndInstance")
    void givesTheSameScheduleForTheSameSeed(String solverId, TestInstances.KnownOptimum known) {
        JobShopInstance instance = TestInstances.load(known.name());

        JobShopSchedule first = solver(solverId).solve(instance, OPTIONS).solution();
        JobShopSchedule second = solver(solverId).solve(instance, OPTIONS).solution();

        assertThat(first).isEqualTo(second);
    }

    @Test
    void offersEveryRuleWithBothBuildersAndTheBestRule() {
        assertThat(solvers()).extracting(Solver::id).containsExactlyInAnyOrder(
                "spt", "lpt", "mwkr", "mopnr", "fdd-mwkr", "fifo", "random",
                "spt-active", "lpt-active", "mwkr-active", "mopnr-active", "fdd-mwkr-active", "fifo-active",
                "random-active", "best-rule");
        assertThat(solvers()).allSatisfy(solver -> {
            assertThat(solver.problemType()).isEqualTo(JobShopProblem.TYPE);
            assertThat(solver.description()).isNotBlank();
        });
    }

    @Test
    void registersTheSolversWithTheServiceLoader() {
        assertThat(Solvers.get(JobShopProblem.TYPE, "fdd-mwkr-active")).isInstanceOf(DispatchingSolver.class);
        assertThat(Solvers.get(JobShopProblem.TYPE, "best-rule")).isInstanceOf(BestRuleSolver.class);
    }

    @Test
    void randomSamplingIsNoWorseThanItsFirstSample() {
        JobShopInstance instance = TestInstances.jsplib("la01");

        SolveResult<JobShopSchedule> result = solver("random").solve(instance, OPTIONS);
        JobShopSchedule firstSample = JobShopDispatcher.schedule(instance, DispatchRule.RANDOM,
                ScheduleBuilder.NON_DELAY, new SplittableRandom(OPTIONS.seed()).nextLong());

        assertThat(result.objective()).isLessThanOrEqualTo(firstSample.makespan(instance));
        assertThat(result.statistics().get("schedules").intValue())
                .isBetween(2, RandomDispatchingSolver.MAX_SAMPLES);
    }

    @Test
    void randomSamplingStopsAtTheTimeLimit() {
        JobShopInstance instance = TestInstances.jsplib("la01");
        SolveOptions tight = OPTIONS.timeLimit(Duration.ofMillis(1));

        SolveResult<JobShopSchedule> result = solver("random-active").solve(instance, tight);

        assertThat(result.isValid()).isTrue();
        assertThat(result.wallTime()).as("1 ms limit, with room for a loaded machine").isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void bestRuleIsTheBestDeterministicSolver() {
        JobShopInstance instance = TestInstances.jsplib("la01");

        double best = solver("best-rule").solve(instance, OPTIONS).objective();

        assertThat(solvers()).filteredOn(solver -> solver instanceof DispatchingSolver)
                .allSatisfy(solver -> assertThat(solver.solve(instance, OPTIONS).objective())
                        .isGreaterThanOrEqualTo(best));
    }

    private static Solver<JobShopInstance, JobShopSchedule> solver(String id) {
        return solvers().stream().filter(solver -> solver.id().equals(id)).findFirst().orElseThrow();
    }
}
