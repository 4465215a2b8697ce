package org.sched4j.localsearch.jobshop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sched4j.api.SolveOptions;
import org.sched4j.api.SolveResult;
import org.sched4j.api.SolveStatus;
import org.sched4j.api.Solvers;
import org.sched4j.jobshop.JobShopInstance;
import org.sched4j.jobshop.JobShopSchedule;
import org.sched4j.jobshop.JobShopProblem;

class JobShopTabuSearchSolverTest {

    private final JobShopTabuSearchSolver solver = new JobShopTabuSearchSolver();

    @Test
    void isRegisteredAsTabu() {
        assertThat(Solvers.get(JobShopProblem.TYPE, "tabu")).isInstanceOf(JobShopTabuSearchSolver.class);
    }

    @ParameterizedTest
    @CsvSource({"ft06, 55", "la01, 666"})
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    void reachesTheOptimumWithinOneSecond(String name, long optimum) {
        JobShopInstance instance = TestInstances.jsplib(name);
        SolveResult<JobShopSchedule> result = solver.solve(instance, options(Duration.ofSeconds(1), 1, Map.of()));
        assertValid(instance, result);
        assertThat(result.objective()).isEqualTo(optimum);
    }

    @Test
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    void solvesAGeneralShopWithRevisitsAndZeroDurationsToOptimality() {
        JobShopInstance instance = TestInstances.mixedShop();
        SolveResult<JobShopSchedule> result = solver.solve(instance, options(Duration.ofSeconds(1), 1, Map.of()));
        assertValid(instance, result);
        assertThat(result.objective()).isEqualTo(10);
        assertThat(result.status()).isEqualTo(SolveStatus.OPTIMAL);
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void theSameSeedAndIterationLimitGiveTheSameSchedule() {
        JobShopInstance instance = TestInstances.jsplib("ft10");
        SolveOptions options = options(Duration.ofSeconds(30), 1, Map.of(TabuSearchParameters.MAX_ITERATIONS, "3000",
                TabuSearchParameters.STALL_ITERATIONS, "500"));
        SolveResult<JobShopSchedule> first = solver.solve(instance, options);
        SolveResult<JobShopSchedule> second = solver.solve(instance, options);
        assertValid(instance, first);
        assertThat(first.statistics().get("iterations")).isEqualTo(3000L);
        assertThat(first.statistics().get("restarts").longValue()).isPositive();
        assertThat(second.solution()).isEqualTo(first.solution());
        assertThat(second.statistics()).isEqualTo(first.statistics());
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void searchesUntilTheTimeLimitOnALargeInstance() {
        JobShopInstance instance = TestInstances.jsplib("ta41");
        long start = System.nanoTime();
        SolveResult<JobShopSchedule> result = solver.solve(instance, options(Duration.ofMillis(500), 1, Map.of()));
        long elapsedMillis = (System.nanoTime() - start) / 1_000_000;
        assertValid(instance, result);
        assertThat(elapsedMillis).as("searches until its deadline (0.5 s less the 25 ms reserve); ta41 is not solved")
                .isGreaterThanOrEqualTo(475L);
        assertThat(elapsedMillis).as("0.5 s limit, with room for a loaded machine").isLessThan(10_000L);
        assertThat(result.statistics().get("iterations").longValue()).isPositive();
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void returnsSoonAfterTheTimeLimitOnTa71() {
        JobShopInstance instance = TestInstances.jsplib("ta71");
        long start = System.nanoTime();
        SolveResult<JobShopSchedule> result = solver.solve(instance, options(Duration.ofMillis(500), 1, Map.of()));
        long elapsedMillis = (System.nanoTime() - start) / 1_000_000;
        assertValid(instance, result);
        assertThat(elapsedMillis).as("0.5 s limit, with room for a loaded machine").isLessThan(10_000L);
    }

    @Test
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    void severalThreadsReportStrictImprovementsEndingWithTheResult() {
        JobShopInstance instance = TestInstances.jsplib("ft10");
        List<Double> reported = new ArrayList<>();
        SolveResult<JobShopSchedule> result = solver.solve(instance, options(Duration.ofMillis(800), 2, Map.of()),
                (schedule, objective, bound, elapsed) -> {
                    assertThat(JobShopProblem.TYPE.evaluate(instance, schedule).objective()).isEqualTo(objective);
                    reported.add(objective);
                });
        assertValid(instance, result);
        assertThat(reported).isNotEmpty().isSortedAccordingTo((a, b) -> Double.compare(b, a));
        assertThat(reported).doesNotHaveDuplicates();
        assertThat(reported.getLast()).isEqualTo(result.objective());
    }

    @Test
    void rejectsANonNumericParameterNamingTheKey() {
        JobShopInstance instance = TestInstances.mixedShop();
        assertThatThrownBy(() -> solver.solve(instance, options(Duration.ofSeconds(1), 1,
                Map.of(TabuSearchParameters.ELITE_SIZE, "many"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("tabu.elite-size");
    }

    private static SolveOptions options(Duration limit, int threads, Map<String, String> parameters) {
        return SolveOptions.withTimeLimit(limit).seed(7).threads(threads).parameters(parameters);
    }

    private static void assertValid(JobShopInstance instance, SolveResult<JobShopSchedule> result) {
        assertThat(result.isValid()).as(result.evaluation().summary()).isTrue();
        assertThat(result.objective())
                .isEqualTo(JobShopProblem.TYPE.evaluate(instance, result.solution()).objective());
        assertThat(result.bound()).isEqualTo(instance.trivialLowerBound());
        assertThat(result.status()).isEqualTo(result.objective() == instance.trivialLowerBound()
                ? SolveStatus.OPTIMAL : SolveStatus.FEASIBLE);
    }
}
