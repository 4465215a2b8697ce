package org.sched4j.ising;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.sched4j.api.SolveOptions;
import org.sched4j.api.SolveResult;
import org.sched4j.api.SolveStatus;
import org.sched4j.api.Solver;
import org.sched4j.api.SolverJob;
import org.sched4j.instances.maxcut.MaxCutGenerators;
import org.sched4j.instances.maxcut.MaxCutGenerators.Weights;
import org.sched4j.maxcut.Cut;
import org.sched4j.maxcut.MaxCutEvaluator;
import org.sched4j.maxcut.MaxCutInstance;

/**
 * The early-stop checks shared by the annealers' tests (published to the portfolio's tests in the test jar): a graph
 * that takes long to anneal, a {@link SolverJob} stopped after its first improvement, and the threads left behind.
 * Every time allowance is generous, for a loaded two-core machine: the engines aim at 200 ms.
 */
public final class EarlyStops {

    /** How long after the request a stopped solve may take to return. */
    public static final Duration STOP_ALLOWANCE = Duration.ofSeconds(2);
    /** The time limit of a solve meant to be stopped early: far beyond any test's run. */
    public static final Duration LONG_LIMIT = Duration.ofSeconds(120);

    private EarlyStops() {
    }

    /** A G(n, p) graph of 3000 vertices and about 45,000 unit edges: seconds of annealing at 1000 sweeps per run. */
    public static MaxCutInstance largeGraph() {
        return MaxCutGenerators.randomGraph("random-3000", 3000, 0.01, Weights.UNIT, 7);
    }

    /** The threads alive now. */
    public static Set<Thread> liveThreads() {
        return Thread.getAllStackTraces().keySet();
    }

    /**
     * Starts {@code solver} on {@code graph}, stops it with {@link SolverJob#terminateEarly()} once it has reported an
     * improving solution, and checks that it returns within {@link #STOP_ALLOWANCE} a valid cut whose objective is
     * the evaluator's, with status {@code FEASIBLE}.
     */
    public static SolveResult<Cut> stopAfterFirstImprovement(Solver<MaxCutInstance, Cut> solver, MaxCutInstance graph,
                                                            SolveOptions options) throws InterruptedException {
        CountDownLatch improved = new CountDownLatch(1);
        SolverJob<Cut> job = solver.solveAsync(graph, options.timeLimit(LONG_LIMIT),
                (cut, objective, bound, elapsed) -> improved.countDown());
        assertThat(improved.await(LONG_LIMIT.toSeconds() / 2, TimeUnit.SECONDS)).as("an improving solution").isTrue();

        long requested = System.nanoTime();
        job.terminateEarly();
        Optional<SolveResult<Cut>> result = job.await(STOP_ALLOWANCE);
        Duration took = Duration.ofNanos(System.nanoTime() - requested);

        assertThat(result).as("the result within %s of terminateEarly (took %s)", STOP_ALLOWANCE, took).isPresent();
        assertValidCut(graph, result.get());
        return result.get();
    }

    /**
     * Starts {@code solver} on {@code graph}, stops it with {@link SolverJob#terminateEarly()} {@code after} the start
     * (for schedules paced by the clock, which report an improvement only at the end of a run), and checks the result
     * like {@link #stopAfterFirstImprovement}.
     */
    public static SolveResult<Cut> stopAfter(Duration after, Solver<MaxCutInstance, Cut> solver, MaxCutInstance graph,
                                             SolveOptions options) throws InterruptedException {
        SolverJob<Cut> job = solver.solveAsync(graph, options.timeLimit(LONG_LIMIT), (cut, objective, bound,
                elapsed) -> {
        });
        Thread.sleep(after);

        long requested = System.nanoTime();
        job.terminateEarly();
        Optional<SolveResult<Cut>> result = job.await(STOP_ALLOWANCE);
        Duration took = Duration.ofNanos(System.nanoTime() - requested);

        assertThat(result).as("the result within %s of terminateEarly (took %s)", STOP_ALLOWANCE, took).isPresent();
        assertValidCut(graph, result.get());
        return result.get();
    }

    /** A valid cut whose objective is the evaluator's, status {@code FEASIBLE}. */
    public static void assertValidCut(MaxCutInstance graph, SolveResult<Cut> result) {
        assertThat(result.isValid()).isTrue();
        assertThat(result.status()).isEqualTo(SolveStatus.FEASIBLE);
        assertThat(result.objective()).isEqualTo((double) MaxCutEvaluator.cutWeight(graph, result.solution()));
    }

    /**
     * The threads started after {@code before} whose name begins with {@code prefix} and that are still alive after
     * waiting up to {@link #STOP_ALLOWANCE} for them to end; empty when none is left.
     */
    public static List<String> survivors(Set<Thread> before, String prefix) throws InterruptedException {
        long end = System.nanoTime() + STOP_ALLOWANCE.toNanos();
        List<String> left;
        do {
            left = liveThreads().stream().filter(thread -> !before.contains(thread) && thread.isAlive()
                    && thread.getName().startsWith(prefix)).map(Thread::getName).toList();
            if (!left.isEmpty()) {
                Thread.sleep(20);
            }
        } while (!left.isEmpty() && System.nanoTime() < end);
        return left;
    }
}
