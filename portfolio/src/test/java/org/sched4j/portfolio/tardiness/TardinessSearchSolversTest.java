package org.sched4j.portfolio.tardiness;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sched4j.api.SolveOptions;
import org.sched4j.api.SolveResult;
import org.sched4j.api.SolveStatus;
import org.sched4j.api.SolverJob;
import org.sched4j.api.Solvers;
import org.sched4j.cpmodels.OrToolsNativeLibrary;
import org.sched4j.instances.ParsedInstance;
import org.sched4j.instances.TestFiles;
import org.sched4j.instances.tardiness.OrlibWeightedTardinessFormat;
import org.sched4j.instances.tardiness.TardinessBruteForce;
import org.sched4j.instances.tardiness.TardinessGenerator;
import org.sched4j.instances.tardiness.TardinessTextFormat;
import org.sched4j.tardiness.JobSequence;
import org.sched4j.tardiness.TardinessInstance;
import org.sched4j.tardiness.TardinessProblem;

class TardinessSearchSolversTest {

    private static final SolveOptions QUICK = SolveOptions.withTimeLimit(Duration.ofMillis(300)).threads(2);
    /** Enough for CP-SAT to prove the optimum of eight jobs with release dates on a loaded machine. */
    private static final SolveOptions PROOF = SolveOptions.withTimeLimit(Duration.ofSeconds(5)).threads(2);

    @BeforeAll
    static void loadTheNativeLibraryOutsideTheTimedTests() {
        OrToolsNativeLibrary.ensureLoaded();
    }

    @Test
    @Timeout(60)
    void dynasearchAndAutoReachTheOptimumOfSmallRandomInstances() {
        Random random = new Random(11);
        for (int trial = 0; trial < 12; trial++) {
            TardinessInstance instance = random(random, 5 + random.nextInt(4), trial % 3 == 0, trial % 4 == 1);
            long optimum = TardinessBruteForce.optimum(instance);

            SolveResult<JobSequence> dynasearch = solve("dynasearch", instance, QUICK);
            SolveResult<JobSequence> auto = solve("auto", instance, PROOF);

            assertThat((long) dynasearch.objective()).as(instance.toString()).isEqualTo(optimum);
            assertThat((long) auto.objective()).as(instance.toString()).isEqualTo(optimum);
            assertThat(auto.status()).as(instance.toString()).isEqualTo(SolveStatus.OPTIMAL);
        }
    }

    @Test
    @Timeout(60)
    void autoProvesOptimalityWithOneThreadToo() {
        TardinessInstance instance = random(new Random(3), 8, false, false);

        SolveResult<JobSequence> auto = solve("auto", instance, PROOF.threads(1));

        assertThat(auto.status()).isEqualTo(SolveStatus.OPTIMAL);
        assertThat((long) auto.objective()).isEqualTo(TardinessBruteForce.optimum(instance));
    }

    @Test
    @Timeout(60)
    void decompositionProvesThePublishedOptimumOfAHundredJobInstance() {
        ParsedInstance<TardinessInstance> first = new TardinessTextFormat()
                .read(TestFiles.benchmark("smtt", "tardiness-llm-paper", "data_100_200.txt")).getFirst();

        SolveResult<JobSequence> result = solve("decomposition", first.instance(),
                SolveOptions.withTimeLimit(Duration.ofSeconds(10)));

        assertThat(result.status()).isEqualTo(SolveStatus.OPTIMAL);
        assertThat(result.objective()).isEqualTo(first.embedded().upperBound()).isEqualTo(2065);
    }

    @Test
    @Timeout(60)
    void dynasearchFindsTheOptimumOfTheFirstOrLibraryInstance() {
        ParsedInstance<TardinessInstance> first = new OrlibWeightedTardinessFormat()
                .read(TestFiles.benchmark("smtt", "wt40.txt")).getFirst();

        SolveResult<JobSequence> result = solve("dynasearch", first.instance(),
                SolveOptions.withTimeLimit(Duration.ofSeconds(2)).threads(1));

        assertThat(result.objective()).isEqualTo(913);
        assertThat(result.status()).isEqualTo(SolveStatus.FEASIBLE);
        assertThat(result.wallTime()).as("2 s limit, with room for a loaded machine").isLessThan(Duration.ofSeconds(20));
    }

    @Test
    @Timeout(60)
    void autoSearchesLargeWeightedInstancesForTheWholeTimeLimit() {
        TardinessInstance instance = TardinessGenerator.generate("w80", 80, 0.6, 0.4, true, 5);

        SolveResult<JobSequence> auto = solve("auto", instance, SolveOptions.withTimeLimit(Duration.ofSeconds(1)));

        assertThat(auto.wallTime()).isGreaterThan(Duration.ofMillis(500));
        assertThat(auto.statistics().get("kicks").longValue()).isPositive();
        assertThat(auto.objective()).isLessThanOrEqualTo(solve("best-rule", instance, QUICK).objective());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"'dynasearch alone (200 weighted jobs)', 200, true, 2",
            "'beside the Lawler decomposition (300 jobs)', 300, false, 2",
            "'beside CP-SAT (50 weighted jobs)', 50, true, 2",
            "'one thread (300 jobs)', 300, false, 1"})
    @Timeout(120)
    void autoReturnsAValidSequenceSoonAfterTerminateEarly(String name, int jobs, boolean weighted, int threads)
            throws InterruptedException {
        TardinessInstance instance = TardinessGenerator.generate("t" + jobs, jobs, 0.8, 0.2, weighted, 11);
        CountDownLatch firstSolution = new CountDownLatch(1);
        SolverJob<JobSequence> job = Solvers.get(TardinessProblem.TYPE, "auto").solveAsync(instance,
                SolveOptions.withTimeLimit(Duration.ofMinutes(5)).threads(threads),
                (sequence, cost, bound, elapsed) -> firstSolution.countDown());
        assertThat(firstSolution.await(60, TimeUnit.SECONDS)).as("the best rule is reported").isTrue();

        job.terminateEarly();
        Optional<SolveResult<JobSequence>> result = job.await(Duration.ofSeconds(2));

        assertThat(result).as("the result within 2 s of terminateEarly").isPresent();
        assertThat(result.get().isValid()).as(result.get().evaluation().summary()).isTrue();
        assertThat(result.get().objective())
                .isEqualTo(TardinessProblem.TYPE.evaluate(instance, result.get().solution()).objective());
        assertThat(Thread.getAllStackTraces().keySet()).as("the auto's threads have ended")
                .noneMatch(thread -> thread.getName().startsWith(TardinessAutoSolver.THREAD_NAME_PREFIX));
    }

    private static SolveResult<JobSequence> solve(String id, TardinessInstance instance, SolveOptions options) {
        SolveResult<JobSequence> result = Solvers.get(TardinessProblem.TYPE, id)
                .solve(instance, options);
        assertThat(result.isValid()).as(id + " on " + instance).isTrue();
        return result;
    }

    private static TardinessInstance random(Random random, int n, boolean weighted, boolean released) {
        int[] p = new int[n];
        int[] d = new int[n];
        int[] w = new int[n];
        int[] r = new int[n];
        for (int j = 0; j < n; j++) {
            p[j] = 1 + random.nextInt(20);
            d[j] = random.nextInt(8 * n);
            w[j] = weighted ? 1 + random.nextInt(9) : 1;
            r[j] = released ? random.nextInt(4 * n) : 0;
        }
        return TardinessInstance.of("random", p, d, w, r);
    }
}
