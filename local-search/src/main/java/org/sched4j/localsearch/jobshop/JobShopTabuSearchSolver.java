package org.sched4j.localsearch.jobshop;

import org.sched4j.api.Deadline;
import org.sched4j.api.SolveThreads;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.sched4j.api.ObjectiveSense;
import org.sched4j.api.ProblemType;
import org.sched4j.api.SolutionListener;
import org.sched4j.api.SolveOptions;
import org.sched4j.api.SolveResult;
import org.sched4j.api.SolveStatus;
import org.sched4j.api.Solver;
import org.sched4j.heuristics.dispatch.JobShopDispatcher;
import org.sched4j.jobshop.JobShopInstance;
import org.sched4j.jobshop.JobShopSchedule;
import org.sched4j.jobshop.JobShopProblem;

/**
 * The job-shop tabu search of {@link JobShopTabuSearch} as a solver: id {@code tabu}.
 *
 * <p>Starts from the best dispatching schedule ({@link JobShopDispatcher#best}) and searches until the time limit,
 * the {@code tabu.*} parameters of {@link TabuSearchParameters} apply; {@link org.sched4j.api.SolverJob#terminateEarly()}
 * or an interrupt of the calling thread stops every search within a few milliseconds with the best schedule so far,
 * and the threads have ended when {@code solve} returns. With one thread the result is deterministic
 * for the seed (given enough time for an iteration limit to be reached first). With several threads, independent
 * searches run with seeds derived from the options' seed (the first thread uses the seed itself) and the best is
 * returned; the listener then hears only of improvements over every thread's best, one call at a time.
 *
 * <p>The bound is the trivial lower bound; the status is OPTIMAL only when the makespan meets it. Statistics:
 * {@code iterations}, {@code moves_evaluated} and {@code restarts}, summed over threads.
 */
public final class JobShopTabuSearchSolver implements Solver<JobShopInstance, JobShopSchedule> {

    /** The id, {@code tabu}. */
    public static final String ID = "tabu";

    /** The names of the search threads, numbered from 0. */
    static final String THREAD_NAME_PREFIX = "sched4j-tabu-";

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
        return "tabu search over the N7 critical-block neighbourhood with elite restarts and path relinking "
                + "(Zhang et al. 2007; Nowicki & Smutnicki 1996, 2005; Peng, Lü & Cheng 2015)";
    }

    @Override
    public SolveResult<JobShopSchedule> solve(JobShopInstance problem, SolveOptions options,
                                              SolutionListener<JobShopSchedule> listener) {
        Deadline deadline = Deadline.of(options);
        JobShopTabuSearch search = new JobShopTabuSearch(problem, TabuSearchParameters.fromOptions(options, problem));
        JobShopSchedule start = JobShopDispatcher.best(problem, options.seed()).schedule();
        List<TabuSearchOutcome> outcomes = options.threads() == 1
                ? List.of(search.run(start, options.seed(), deadline, null, listener))
                : runInParallel(search, start, options, deadline,
                        SolutionListener.improvementsOnly(ObjectiveSense.MINIMIZE, listener));
        TabuSearchOutcome best = outcomes.getFirst();
        long iterations = 0;
        long moves = 0;
        long restarts = 0;
        for (TabuSearchOutcome outcome : outcomes) {
            if (outcome.makespan() < best.makespan()) {
                best = outcome;
            }
            iterations += outcome.iterations();
            moves += outcome.movesEvaluated();
            restarts += outcome.restarts();
        }
        long lowerBound = problem.trivialLowerBound();
        return SolveResult.builder(JobShopProblem.TYPE, problem, ID)
                .status(best.makespan() == lowerBound ? SolveStatus.OPTIMAL : SolveStatus.FEASIBLE)
                .solution(best.schedule(), best.makespan())
                .bound(lowerBound)
                .timeToBest(best.timeToBest())
                .statistic("iterations", iterations)
                .statistic("moves_evaluated", moves)
                .statistic("restarts", restarts)
                .build(deadline.elapsed());
    }

    /** Runs one search per thread and waits for all of them to end (see {@link SolveThreads}). */
    private static List<TabuSearchOutcome> runInParallel(JobShopTabuSearch search, JobShopSchedule start,
                                                         SolveOptions options, Deadline deadline,
                                                         SolutionListener<JobShopSchedule> listener) {
        List<Callable<TabuSearchOutcome>> searches = new ArrayList<>();
        for (int t = 0; t < options.threads(); t++) {
            long seed = options.seed() + t * SEED_STRIDE;
            searches.add(() -> search.run(start, seed, deadline, null, listener));
        }
        return SolveThreads.runAll(searches, THREAD_NAME_PREFIX, deadline);
    }
}
