package org.sched4j.portfolio.jobshop;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.sched4j.api.ObjectiveSense;
import org.sched4j.api.SolveThreads;
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
import org.sched4j.api.Deadline;
import org.sched4j.cpmodels.OrToolsNativeLibrary;
import org.sched4j.localsearch.jobshop.TabuSearchParameters;
import org.sched4j.jobshop.JobShopProblem;

/**
 * {@code auto} for the job shop: the best dispatching schedule, then tabu search and CP-SAT side by side, sharing the
 * incumbent; the best schedule at the time limit with CP-SAT's lower bound.
 *
 * <p>With two or more threads, one thread runs {@link CpSatRounds} (CP-SAT warm-started from the incumbent in
 * rounds of growing length, so that each round starts from the tabu search's latest best and every improvement CP-SAT
 * finds goes back to the tabu search), the others run the tabu search with seeds derived from the options' seed.
 * With one thread the tabu search runs for {@value #SEQUENTIAL_TABU_PERCENT} % of the time, then CP-SAT from its best,
 * and the run is reproducible: both engines stop on a work budget rather than on the clock (see
 * {@link SequentialBudget}; {@code tabu.max-iterations} and CP-SAT's deterministic time limit replace the budgets
 * when set), so the same seed gives the same schedule on any machine fast enough to spend the budget
 * within the time limit. The clock still stops them at the limit on a slower machine; the statistics
 * {@code tabu_iterations} and {@code tabu_iteration_budget} then differ.
 *
 * <p>{@link org.sched4j.api.SolverJob#terminateEarly()} or an interrupt of the calling thread stops every engine
 * within milliseconds (CP-SAT through {@code stopSearch}); every thread of the portfolio has ended when {@code solve}
 * returns the best schedule found, and an interrupt is kept.
 * The search stops early when CP-SAT proves the incumbent optimal; the status is then {@link SolveStatus#OPTIMAL}.
 *
 * <p>The listener hears the dispatching schedule, then every improvement from either engine, one call at a time.
 * The {@code tabu.*} and {@code cpsat.*} engine parameters of the options reach the tabu search and CP-SAT.
 */
public final class JobShopPortfolioSolver implements Solver<JobShopInstance, JobShopSchedule> {

    /** The id, {@code auto}. */
    public static final String ID = "auto";

    /** With one thread, the share of the time limit given to the tabu search before CP-SAT. */
    static final int SEQUENTIAL_TABU_PERCENT = 70;

    /** The names of the portfolio's threads, numbered from 0. */
    static final String THREAD_NAME_PREFIX = "sched4j-jobshop-auto-";
    private static final long SEED_STRIDE = 0x9E3779B97F4A7C15L;

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
        return "portfolio: best dispatching rule, then tabu search and CP-SAT side by side sharing the incumbent; "
                + "CP-SAT's bound";
    }

    @Override
    public SolveResult<JobShopSchedule> solve(JobShopInstance instance, SolveOptions options,
                                              SolutionListener<JobShopSchedule> listener) {
        OrToolsNativeLibrary.ensureLoaded();
        Deadline deadline = Deadline.of(options);
        PortfolioState state = new PortfolioState(instance, deadline,
                SolutionListener.improvementsOnly(ObjectiveSense.MINIMIZE, listener));
        BestDispatch dispatch = JobShopDispatcher.best(instance, options.seed());
        state.offer(dispatch.schedule(), "dispatch");
        if (!state.isSolved()) {
            if (options.threads() == 1) {
                runSequentially(state, options);
            } else {
                runInParallel(state, options);
            }
        }
        return state.result(ID, options);
    }

    /**
     * Tabu search, then CP-SAT, on work budgets derived from the time limit alone (not from a clock reading, so that
     * the same options give the same budgets); the deadline still stops both.
     */
    private static void runSequentially(PortfolioState state, SolveOptions options) {
        SequentialBudget budget = SequentialBudget.of(state.instance(), options.timeLimit(), SEQUENTIAL_TABU_PERCENT);
        TabuSearchParameters parameters = TabuSearchParameters.fromOptions(options, state.instance());
        if (options.parameter(TabuSearchParameters.MAX_ITERATIONS, null) == null) {
            parameters = parameters.withMaxIterations(budget.tabuIterations());
        }
        state.setTabuIterationBudget(parameters.maxIterations());
        TabuWorker worker = new TabuWorker(state, parameters, options.seed());
        worker.run(state.deadline().within(budget.tabuTime()));
        if (!state.isSolved() && !state.deadline().isReached()) {
            new CpSatRounds(state, options).runOnce(budget.cpSatDeterministicSeconds());
        }
    }

    /** CP-SAT on one thread, the tabu search on the others; waits for every thread to end ({@link SolveThreads}). */
    private static void runInParallel(PortfolioState state, SolveOptions options) {
        TabuSearchParameters parameters = TabuSearchParameters.fromOptions(options, state.instance());
        List<Callable<Void>> engines = new ArrayList<>();
        CpSatRounds cpSat = new CpSatRounds(state, options);
        engines.add(() -> {
            cpSat.run();
            return null;
        });
        for (int t = 1; t < options.threads(); t++) {
            long seed = options.seed() + (t - 1) * SEED_STRIDE;
            TabuWorker worker = new TabuWorker(state, parameters, seed);
            engines.add(() -> {
                worker.run(state.deadline());
                return null;
            });
        }
        SolveThreads.runAll(engines, THREAD_NAME_PREFIX, state.deadline());
    }
}
