package org.sched4j.localsearch.timefold;

import ai.timefold.solver.core.api.score.HardMediumSoftScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.api.solver.event.BestSolutionChangedEvent;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.impl.solver.DefaultSolver;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.sched4j.api.ProblemType;
import org.sched4j.api.SolutionListener;
import org.sched4j.api.SolveOptions;
import org.sched4j.api.SolveResult;
import org.sched4j.api.SolveStatus;
import org.sched4j.api.Solver;
import org.sched4j.heuristics.dispatch.BestDispatch;
import org.sched4j.heuristics.dispatch.JobShopDispatcher;
import org.sched4j.jobshop.JobShopInstance;
import org.sched4j.jobshop.JobShopSchedule;
import org.sched4j.jobshop.JobShopProblem;

/**
 * The job shop solved by Timefold Solver: id {@code timefold}. A second local-search engine beside {@code tabu},
 * for users who know Timefold and want to add their own constraints (see {@link JobShopConstraints}).
 *
 * <p>The model: each machine is a planning entity whose planning list variable is its processing order
 * ({@link MachineSchedule}); each operation's start time is a declarative shadow variable, the later of its job
 * predecessor's and its machine predecessor's ends ({@link OperationTask}). Orders that form a cycle leave
 * operations without a start time, which the hard score penalises.
 *
 * <p>The solve: the best dispatching schedule ({@link JobShopDispatcher#best}) gives the start plan, so Timefold
 * starts feasible; meanwhile a daemon thread builds the Timefold solver factory (about a second on a cold JVM).
 * Then Timefold's local search runs on its own daemon thread (see {@link TimefoldConfiguration} for the options and
 * the {@code timefold.*} parameters) until the time limit, measured from this call, or until the makespan meets
 * the trivial lower bound. Should Timefold still be setting up the plan at the time limit (a cold JVM, thousands of
 * operations, a short limit), the solver returns the best schedule so far and the Timefold thread stops at its
 * first step. One thread searches whatever {@link SolveOptions#threads()} says.
 *
 * <p>The listener hears of the start schedule (from the calling thread) and of every strictly better feasible plan
 * Timefold finds (from Timefold's thread), one call at a time and never after {@code solve} returns. The bound is
 * the trivial lower bound; the status is OPTIMAL only when the makespan meets it. Statistics: {@code steps},
 * {@code moves_evaluated}, {@code moves_per_second}, {@code score_calculations} (Timefold's counts; 0 when
 * Timefold did not search) and {@code improvements} (reported schedules, the start schedule included).
 *
 * <p>Expect far fewer moves per second than {@code tabu}: every move makes Timefold update the start times of the
 * operations after it and check the machine and job orders for cycles, through generic shadow variable machinery,
 * where the tabu search estimates moves on arrays. See the package documentation for measurements.
 */
public final class TimefoldJobShopSolver implements Solver<JobShopInstance, JobShopSchedule> {

    /** The id, {@code timefold}. */
    public static final String ID = "timefold";

    /** Kept free at the end of the time limit for Timefold to stop and for the result to be evaluated. */
    private static final Duration STOP_MARGIN = Duration.ofMillis(40);
    /** How long after the search deadline the solve may take to stop before it is abandoned. */
    private static final Duration STOP_GRACE = Duration.ofMillis(20);
    /** Below this much time left after the start schedule, Timefold is not started. */
    private static final Duration MINIMUM_SEARCH = Duration.ofMillis(20);

    private final Class<? extends JobShopConstraints> constraints;

    /** The solver with the constraints of {@link JobShopConstraints}. */
    public TimefoldJobShopSolver() {
        this(JobShopConstraints.class);
    }

    /**
     * The solver with your constraints: a subclass of {@link JobShopConstraints} with a public no-argument
     * constructor, which Timefold instantiates.
     */
    public TimefoldJobShopSolver(Class<? extends JobShopConstraints> constraints) {
        this.constraints = Objects.requireNonNull(constraints, "constraints");
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public ProblemType<JobShopInstance, JobShopSchedule> problemType() {
        return JobShopProblem.TYPE;
    }

    @Override
    public String description() {
        return "Timefold Solver: late acceptance over tight-arc swaps and list changes of machine orders "
                + "(planning list variables), start times as declarative shadow variables";
    }

    @Override
    public SolveResult<JobShopSchedule> solve(JobShopInstance problem, SolveOptions options,
                                              SolutionListener<JobShopSchedule> listener) {
        long startNanos = System.nanoTime();
        FutureTask<SolverFactory<JobShopPlan>> factory = startBuildingFactory(
                TimefoldConfiguration.solverConfig(options, constraints));
        long lowerBound = problem.trivialLowerBound();
        ImprovementTracker tracker = new ImprovementTracker(listener, lowerBound, startNanos);
        BestDispatch start = JobShopDispatcher.best(problem, options.seed());
        tracker.offer(start.schedule(), start.makespan());
        long deadlineNanos = startNanos + options.timeLimit().minus(STOP_MARGIN).toNanos();
        SearchStatistics statistics = tracker.bestMakespan() > lowerBound
                ? search(problem, factory, tracker, deadlineNanos)
                : SearchStatistics.NONE;
        factory.cancel(true);
        return SolveResult.builder(JobShopProblem.TYPE, problem, ID)
                .status(tracker.bestMakespan() == lowerBound ? SolveStatus.OPTIMAL : SolveStatus.FEASIBLE)
                .solution(tracker.best(), tracker.bestMakespan())
                .bound(lowerBound)
                .timeToBest(tracker.timeToBest())
                .statistic("steps", statistics.steps())
                .statistic("moves_evaluated", statistics.movesEvaluated())
                .statistic("moves_per_second", statistics.movesPerSecond())
                .statistic("score_calculations", statistics.scoreCalculations())
                .statistic("improvements", tracker.improvements())
                .build(tracker.elapsed());
    }

    /**
     * Scores {@code plan} with this solver's constraints, first bringing its shadow variables (machine
     * predecessors, start times, inconsistency marks) up to date; also stores the score in the plan.
     */
    public HardMediumSoftScore score(JobShopPlan plan) {
        SolverFactory<JobShopPlan> factory = SolverFactory.create(
                TimefoldConfiguration.solverConfig(SolveOptions.DEFAULT, constraints));
        return SolutionManager.<JobShopPlan, HardMediumSoftScore>create(factory).update(plan);
    }

    /**
     * Builds the solver factory on a daemon thread, in parallel with the dispatching rules: on a cold JVM, loading
     * Timefold's classes takes about a second, which a short time limit cannot always wait for.
     */
    private static FutureTask<SolverFactory<JobShopPlan>> startBuildingFactory(SolverConfig config) {
        FutureTask<SolverFactory<JobShopPlan>> factory = new FutureTask<>(() -> SolverFactory.create(config));
        Thread.ofPlatform().daemon().name("timefold-factory").start(factory);
        return factory;
    }

    private static SearchStatistics search(JobShopInstance problem, FutureTask<SolverFactory<JobShopPlan>> factory,
                                           ImprovementTracker tracker, long deadlineNanos) {
        JobShopPlan plan = JobShopPlanConversion.fromSchedule(problem, tracker.best());
        SolverFactory<JobShopPlan> solverFactory = awaitFactory(factory, deadlineNanos);
        Duration searchTime = Duration.ofNanos(deadlineNanos - System.nanoTime());
        if (solverFactory == null || searchTime.compareTo(MINIMUM_SEARCH) < 0) {
            return SearchStatistics.NONE;
        }
        ai.timefold.solver.core.api.solver.Solver<JobShopPlan> solver = solverFactory.buildSolver(
                TimefoldConfiguration.termination(searchTime, problem.trivialLowerBound()));
        solver.addEventListener(event -> offerFeasible(problem, event, tracker));
        SearchMonitor monitor = new SearchMonitor(solver, deadlineNanos);
        if (!(solver instanceof DefaultSolver<JobShopPlan> defaultSolver)) {
            throw new IllegalStateException("expected Timefold's DefaultSolver, got " + solver.getClass().getName());
        }
        defaultSolver.addPhaseLifecycleListener(monitor);
        FutureTask<JobShopPlan> solving = new FutureTask<>(() -> solver.solve(plan));
        Thread.ofPlatform().daemon().name("timefold-solve").start(solving);
        awaitSolve(solving, deadlineNanos + STOP_GRACE.toNanos());
        tracker.close();
        return new SearchStatistics(monitor.steps(), defaultSolver.getMoveEvaluationCount(),
                defaultSolver.getMoveEvaluationSpeed(), defaultSolver.getScoreCalculationCount());
    }

    /**
     * Waits for the solve until {@code giveUpNanos}. A solve still setting up its plan then (a cold JVM, a large
     * instance) is abandoned: its thread ends at its first step, which {@link SearchMonitor} stops.
     *
     * @throws RuntimeException what the solve threw, such as a score corruption found in an asserting mode
     */
    private static void awaitSolve(FutureTask<JobShopPlan> solving, long giveUpNanos) {
        try {
            solving.get(giveUpNanos - System.nanoTime(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            return;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime
                    : new IllegalStateException("the Timefold solve failed", e.getCause());
        }
    }

    /** The factory, or {@code null} when it is not built by the deadline. */
    private static SolverFactory<JobShopPlan> awaitFactory(FutureTask<SolverFactory<JobShopPlan>> factory,
                                                           long deadlineNanos) {
        try {
            return factory.get(deadlineNanos - System.nanoTime(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime
                    : new IllegalStateException("building the Timefold solver failed", e.getCause());
        }
    }

    private static void offerFeasible(JobShopInstance problem, BestSolutionChangedEvent<JobShopPlan> event,
                                      ImprovementTracker tracker) {
        if (!(event.getNewBestScore() instanceof HardMediumSoftScore score) || score.hardScore() != 0) {
            return;
        }
        long makespan = -score.mediumScore();
        if (tracker.improves(makespan)) {
            tracker.offer(JobShopPlanConversion.toSchedule(problem, event.getNewBestSolution()), makespan);
        }
    }

    /** Timefold's counts for one solve; all zero when Timefold did not run. */
    private record SearchStatistics(long steps, long movesEvaluated, long movesPerSecond, long scoreCalculations) {

        static final SearchStatistics NONE = new SearchStatistics(0, 0, 0, 0);
    }
}
