package org.sched4j.localsearch.timefold;

import ai.timefold.solver.core.api.score.HardMediumSoftScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.api.solver.event.BestSolutionChangedEvent;
import ai.timefold.solver.core.impl.solver.DefaultSolver;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import org.sched4j.api.Deadline;
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
 * starts feasible; meanwhile a daemon thread builds the Timefold solver factory (about a second on a cold JVM), which
 * this solver keeps for later solves with the same seed and {@code timefold.*} parameters ({@link SolverFactoryCache}).
 * Then Timefold's local search runs on the calling thread (see {@link TimefoldConfiguration} for the options and
 * the {@code timefold.*} parameters) until the time limit, measured from this call, until the makespan meets the
 * trivial lower bound, or until {@link org.sched4j.api.SolverJob#terminateEarly()} or an interrupt of the calling
 * thread, which end it at once through Timefold's {@code terminateEarly} ({@link SearchMonitor}). Timefold first sets
 * up the plan (milliseconds, longer on thousands of operations or a cold JVM) and stops at its first step when the
 * deadline came meanwhile. One thread searches whatever {@link SolveOptions#threads()} says.
 *
 * <p>The listener hears of the start schedule and of every strictly better feasible plan Timefold finds, from the
 * calling thread, one call at a time and never after {@code solve} returns. The bound is
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

    /** Below this much time left after the start schedule, Timefold is not started. */
    private static final Duration MINIMUM_SEARCH = Duration.ofMillis(20);

    private final Class<? extends JobShopConstraints> constraints;
    private final SolverFactoryCache<Object, JobShopPlan> factories = new SolverFactoryCache<>();

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
        Deadline deadline = Deadline.of(options);
        CompletableFuture<SolverFactory<JobShopPlan>> factory = factories.factory(
                TimefoldConfiguration.factoryKey(options), TimefoldConfiguration.solverConfig(options, constraints));
        long lowerBound = problem.trivialLowerBound();
        ImprovementTracker tracker = new ImprovementTracker(listener, lowerBound, deadline);
        BestDispatch start = JobShopDispatcher.best(problem, options.seed());
        tracker.offer(start.schedule(), start.makespan());
        SearchStatistics statistics = tracker.bestMakespan() > lowerBound
                ? search(problem, options, factory, tracker, deadline)
                : SearchStatistics.NONE;
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
                .build(deadline.elapsed());
    }

    /**
     * Scores {@code plan} with this solver's constraints, first bringing its shadow variables (machine
     * predecessors, start times, inconsistency marks) up to date; also stores the score in the plan.
     */
    public HardMediumSoftScore score(JobShopPlan plan) {
        SolverFactory<JobShopPlan> factory = factories.factory(TimefoldConfiguration.factoryKey(SolveOptions.DEFAULT),
                TimefoldConfiguration.solverConfig(SolveOptions.DEFAULT, constraints)).join();
        return SolutionManager.<JobShopPlan, HardMediumSoftScore>create(factory).update(plan);
    }

    /**
     * Runs Timefold from the tracker's best schedule on this thread until the deadline; nothing when the factory is
     * not built by then.
     */
    private static SearchStatistics search(JobShopInstance problem, SolveOptions options,
                                           CompletableFuture<SolverFactory<JobShopPlan>> factory,
                                           ImprovementTracker tracker, Deadline deadline) {
        JobShopPlan plan = JobShopPlanConversion.fromSchedule(problem, tracker.best());
        SolverFactory<JobShopPlan> solverFactory = SolverFactoryCache.await(factory, deadline);
        Duration searchTime = deadline.remaining();
        if (solverFactory == null || searchTime.compareTo(MINIMUM_SEARCH) < 0) {
            return SearchStatistics.NONE;
        }
        ai.timefold.solver.core.api.solver.Solver<JobShopPlan> solver = solverFactory.buildSolver(
                TimefoldConfiguration.termination(options, searchTime, problem.trivialLowerBound()));
        solver.addEventListener(event -> offerFeasible(problem, event, tracker));
        try (SearchMonitor<JobShopPlan> monitor = SearchMonitor.watch(solver, deadline)) {
            solver.solve(plan);
            tracker.close();
            DefaultSolver<JobShopPlan> defaultSolver = (DefaultSolver<JobShopPlan>) solver;
            return new SearchStatistics(monitor.steps(), defaultSolver.getMoveEvaluationCount(),
                    defaultSolver.getMoveEvaluationSpeed(), defaultSolver.getScoreCalculationCount());
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
