package org.sched4j.localsearch.jobshop;

import org.sched4j.api.Deadline;
import java.util.Objects;
import org.sched4j.api.SolutionListener;
import org.sched4j.jobshop.JobShopInstance;
import org.sched4j.jobshop.JobShopSchedule;

/**
 * A tabu search for the job shop over the critical-block neighbourhood N7, for portfolios and other callers that
 * drive the search themselves; {@link JobShopTabuSearchSolver} wraps it in the uniform solver API.
 *
 * <p><b>Method.</b> The solution is a disjunctive graph whose heads, tails and makespan are updated exactly after
 * each move (along a topological order kept by the Pearce–Kelly algorithm). Each iteration finds a critical path and
 * its blocks, estimates every N7 move (Zhang, Li, Guan &amp; Rao
 * 2007) from heads and tails (Taillard 1994; Balas &amp; Vazacopoulos 1998), skipping moves that could create a
 * cycle, and makes the best one that is not tabu, or that is tabu but would beat the best makespan (aspiration), or,
 * when all are tabu, the one released first. The tabu list forbids restoring the machine arcs a move reversed for a
 * tenure drawn from {@code [L, 1.5 L]}. After {@link TabuSearchParameters#stallIterations()} iterations without
 * improving its best, the run restarts from an elite pool of the best distinct solutions (i-TSAB, Nowicki &amp;
 * Smutnicki 2005): it relinks two members part of the way (path relinking as in TS/PR, Peng, Lü &amp; Cheng 2015)
 * and searches on from there with a fresh tabu list. Each iteration costs O(N) at worst (about half of that on
 * average) plus O(k) per move across k operations, and allocates nothing (except for a new best schedule, which is
 * reported).
 *
 * <p><b>Determinism.</b> A run is deterministic for its seed: the random numbers (tie-breaking, tenures, restarts)
 * come from one {@link java.util.SplittableRandom}, and the clock only decides when to stop. With a
 * {@link SharedIncumbent}, schedules offered by others make runs depend on their timing.
 *
 * <p>Instances are immutable and thread-safe: several threads may {@link #run} at once, each with its own state.
 */
public final class JobShopTabuSearch {

    private final OperationIndex index;
    private final TabuSearchParameters parameters;

    /**
     * A search for {@code instance} with {@code parameters}.
     *
     * @throws IllegalArgumentException when the instance's total duration exceeds {@link Integer#MAX_VALUE}
     */
    public JobShopTabuSearch(JobShopInstance instance, TabuSearchParameters parameters) {
        this.index = new OperationIndex(instance);
        this.parameters = Objects.requireNonNull(parameters, "parameters");
    }

    /**
     * Searches from {@code start} until the deadline, the iteration limit, or a schedule that meets the target
     * makespan (by default the instance's trivial lower bound), whichever comes first; runs in the calling thread.
     *
     * @param start     a feasible schedule of the instance to start from (its machine orders are used)
     * @param seed      the seed of every random choice
     * @param deadline  when to stop; improvements are timed from its start
     * @param incumbent the best schedule shared with cooperating searches, or {@code null} to search alone
     * @param listener  told about the start schedule and every improvement of this run's best, from this thread
     * @return the best schedule found (at least as good as {@code start}) and the run's statistics
     * @throws IllegalArgumentException when {@code start} does not match the instance
     */
    public TabuSearchOutcome run(JobShopSchedule start, long seed, Deadline deadline, SharedIncumbent incumbent,
                                 SolutionListener<JobShopSchedule> listener) {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(deadline, "deadline");
        Objects.requireNonNull(listener, "listener");
        return new TabuSearchRun(index, parameters, start, seed, deadline, incumbent, listener).run();
    }
}
