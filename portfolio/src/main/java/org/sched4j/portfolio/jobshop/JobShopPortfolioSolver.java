package org.sched4j.portfolio.jobshop;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.sched4j.api.ObjectiveSense;
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
 * {@link SequentialBudget}), so the same seed gives the same schedule on any machine fast enough to spend the budget
 * within the time limit. The clock still stops them at the limit on a slower machine; the statistics
 * {@code tabu_iterations} and {@code tabu_iteration_budget} then differ.
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

    private static final Duration MAXIMUM_RESERVE = Duration.ofMillis(100);
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
        Duration searchTime = options.timeLimit().minus(reserve(options.timeLimit()));
        Deadline deadline = Deadline.after(searchTime);
        PortfolioState state = new PortfolioState(instance, deadline,
                SolutionListener.improvementsOnly(ObjectiveSense.MINIMIZE, listener));
        BestDispatch dispatch = JobShopDispatcher.best(instance, options.seed());
        state.offer(dispatch.schedule(), "dispatch");
        if (!state.isSolved()) {
            if (options.threads() == 1) {
                runSequentially(state, options, searchTime);
            } else {
                runInParallel(state, options);
            }
        }
        return state.result(ID, options);
    }

    private static Duration reserve(Duration limit) {
        Duration reserve = limit.dividedBy(20);
        return reserve.compareTo(MAXIMUM_RESERVE) > 0 ? MAXIMUM_RESERVE : reserve;
    }

    /** Tabu search, then CP-SAT, on work budgets derived from {@code searchTime}, the time limit less the reserve. */
    private static void runSequentially(PortfolioState state, SolveOptions options, Duration searchTime) {
        SequentialBudget budget = SequentialBudget.of(state.instance(), searchTime, SEQUENTIAL_TABU_PERCENT);
        TabuSearchParameters parameters = TabuSearchParameters.fromOptions(options, state.instance());
        if (options.parameter(TabuSearchParameters.MAX_ITERATIONS, null) == null) {
            parameters = parameters.withMaxIterations(budget.tabuIterations());
        }
        state.setTabuIterationBudget(parameters.maxIterations());
        TabuWorker worker = new TabuWorker(state, parameters, options.seed());
        worker.run(Deadline.after(budget.tabuTime()));
        if (!state.isSolved()) {
            new CpSatRounds(state, options).runOnce(budget.cpSatDeterministicSeconds());
        }
    }

    private static void runInParallel(PortfolioState state, SolveOptions options) {
        TabuSearchParameters parameters = TabuSearchParameters.fromOptions(options, state.instance());
        List<Future<?>> futures = new ArrayList<>();
        try (ExecutorService threads = Executors.newFixedThreadPool(options.threads())) {
            futures.add(threads.submit(new CpSatRounds(state, options)::run));
            for (int t = 1; t < options.threads(); t++) {
                long seed = options.seed() + (t - 1) * SEED_STRIDE;
                TabuWorker worker = new TabuWorker(state, parameters, seed);
                futures.add(threads.submit(() -> worker.run(state.deadline())));
            }
            for (Future<?> future : futures) {
                future.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the portfolio's threads", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime
                    : new IllegalStateException("a portfolio thread failed", e.getCause());
        }
    }
}
