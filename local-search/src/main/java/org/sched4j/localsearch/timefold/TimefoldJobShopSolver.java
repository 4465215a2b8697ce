package org.sched4j.localsearch.timefold;

import ai.timefold.solver.core.api.score.HardMediumSoftScore;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.api.solver.event.BestSolutionChangedEvent;
import ai.timefold.solver.core.impl.phase.event.PhaseLifecycleListenerAdapter;
import ai.timefold.solver.core.impl.phase.scope.AbstractPhaseScope;
import ai.timefold.solver.core.impl.solver.DefaultSolver;
import java.time.Duration;
import java.util.Objects;
import org.sched4j.api.ProblemType;
import org.sched4j.api.ProblemTypes;
import org.sched4j.api.SolutionListener;
import org.sched4j.api.SolveOptions;
import org.sched4j.api.SolveResult;
import org.sched4j.api.SolveStatus;
import org.sched4j.api.Solver;
import org.sched4j.heuristics.dispatch.BestDispatch;
import org.sched4j.heuristics.dispatch.JobShopDispatcher;
import org.sched4j.jobshop.JobShopInstance;
import org.sched4j.jobshop.JobShopSchedule;

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
 * starts feasible; then Timefold's local search runs for the time left (see {@link TimefoldConfiguration} for the
 * options and the {@code timefold.*} parameters) or until the makespan meets the trivial lower bound. The
 * listener hears of the start schedule and of every strictly better feasible plan Timefold finds, from the calling
 * thread. The bound is the trivial lower bound; the status is OPTIMAL only when the makespan meets it. Statistics:
 * {@code steps}, {@code moves_evaluated}, {@code moves_per_second}, {@code score_calculations} (Timefold's
 * counts) and {@code improvements} (reported solutions, the start schedule included).
 */
public final class TimefoldJobShopSolver implements Solver<JobShopInstance, JobShopSchedule> {

    /** The id, {@code timefold}. */
    public static final String ID = "timefold";

    /** Kept free at the end of the time limit for Timefold to stop and for the result to be evaluated. */
    private static final Duration STOP_MARGIN = Duration.ofMillis(30);
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
        return ProblemTypes.JOB_SHOP;
    }

    @Override
    public String description() {
        return "Timefold Solver local search (late acceptance) over machine orders as planning list variables, "
                + "start times as declarative shadow variables";
    }

    @Override
    public SolveResult<JobShopSchedule> solve(JobShopInstance problem, SolveOptions options,
                                              SolutionListener<JobShopSchedule> listener) {
        long startNanos = System.nanoTime();
        long lowerBound = problem.trivialLowerBound();
        ImprovementTracker tracker = new ImprovementTracker(listener, lowerBound, startNanos);
        BestDispatch start = JobShopDispatcher.best(problem, options.seed());
        tracker.offer(start.schedule(), start.makespan());
        SearchStatistics statistics = tracker.bestMakespan() > lowerBound
                ? search(problem, options, tracker)
                : SearchStatistics.NONE;
        return SolveResult.builder(ProblemTypes.JOB_SHOP, problem, ID)
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

    private SearchStatistics search(JobShopInstance problem, SolveOptions options, ImprovementTracker tracker) {
        JobShopPlan plan = JobShopPlanConversion.fromSchedule(problem, tracker.best());
        SolverFactory<JobShopPlan> factory = SolverFactory.create(
                TimefoldConfiguration.solverConfig(options, constraints));
        Duration searchTime = options.timeLimit().minus(tracker.elapsed()).minus(STOP_MARGIN);
        if (searchTime.compareTo(MINIMUM_SEARCH) < 0) {
            return SearchStatistics.NONE;
        }
        ai.timefold.solver.core.api.solver.Solver<JobShopPlan> solver = factory.buildSolver(
                TimefoldConfiguration.termination(searchTime, problem.trivialLowerBound()));
        solver.addEventListener(event -> offerFeasible(problem, event, tracker));
        StepCounter steps = new StepCounter();
        if (solver instanceof DefaultSolver<JobShopPlan> defaultSolver) {
            defaultSolver.addPhaseLifecycleListener(steps);
        }
        solver.solve(plan);
        if (solver instanceof DefaultSolver<JobShopPlan> defaultSolver) {
            return new SearchStatistics(steps.steps, defaultSolver.getMoveEvaluationCount(),
                    defaultSolver.getMoveEvaluationSpeed(), defaultSolver.getScoreCalculationCount());
        }
        return new SearchStatistics(steps.steps, 0, 0, 0);
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

    /** Counts the steps of Timefold's phases (an internal Timefold hook; the public API has no step count). */
    private static final class StepCounter extends PhaseLifecycleListenerAdapter<JobShopPlan> {

        private long steps;

        @Override
        public void phaseEnded(AbstractPhaseScope<JobShopPlan> phaseScope) {
            steps += phaseScope.getNextStepIndex();
        }
    }
}
