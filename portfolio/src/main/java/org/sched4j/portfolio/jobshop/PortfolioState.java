package org.sched4j.portfolio.jobshop;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import org.sched4j.api.SolutionListener;
import org.sched4j.api.SolveOptions;
import org.sched4j.api.SolveResult;
import org.sched4j.api.SolveStatus;
import org.sched4j.api.Termination;
import org.sched4j.jobshop.JobShopInstance;
import org.sched4j.jobshop.JobShopSchedule;
import org.sched4j.api.Deadline;
import org.sched4j.localsearch.jobshop.SharedIncumbent;
import org.sched4j.jobshop.JobShopProblem;

/**
 * What the engines of a {@link JobShopPortfolioSolver} share: the incumbent, the best proven lower bound, the deadline,
 * the listener, and the statistics. Thread-safe.
 */
final class PortfolioState {

    private final JobShopInstance instance;
    private final Deadline deadline;
    private final SolutionListener<JobShopSchedule> listener;
    private final SharedIncumbent incumbent;
    private final AtomicLong lowerBound;
    private final Termination solved = Termination.create();
    private final LongAdder tabuIterations = new LongAdder();
    private final LongAdder cpSatRounds = new LongAdder();
    private final LongAdder cpSatImprovements = new LongAdder();
    private long reportedMakespan = Long.MAX_VALUE;
    private volatile Duration timeToBest = Duration.ZERO;
    private volatile String bestSource = "none";
    private volatile long tabuIterationBudget;

    PortfolioState(JobShopInstance instance, Deadline deadline, SolutionListener<JobShopSchedule> listener) {
        this.instance = instance;
        this.deadline = deadline;
        this.listener = listener;
        this.incumbent = new SharedIncumbent(instance);
        this.lowerBound = new AtomicLong(instance.trivialLowerBound());
        incumbent.raiseLowerBound(lowerBound.get());
    }

    JobShopInstance instance() {
        return instance;
    }

    Deadline deadline() {
        return deadline;
    }

    SharedIncumbent incumbent() {
        return incumbent;
    }

    /** The time left until the deadline, zero when it has passed or termination was requested. */
    Duration remaining() {
        return deadline.remaining();
    }

    /**
     * Offers a schedule found by {@code source} to the incumbent, and tells the listener when it is the best so far.
     * The tabu search offers its improvements to the shared incumbent itself before it reports them here, so the
     * listener's filter, not the incumbent's verdict, decides what is new.
     */
    void offer(JobShopSchedule schedule, String source) {
        incumbent.offer(schedule);
        signalIfSolved();
        long makespan = schedule.makespan(instance);
        synchronized (this) {
            if (makespan >= reportedMakespan || makespan > incumbent.makespan()) {
                return;
            }
            reportedMakespan = makespan;
            timeToBest = deadline.elapsed();
            bestSource = source;
        }
        listener.onImprovingSolution(schedule, makespan, lowerBound.get(), deadline.elapsed());
    }

    /** Raises the proven lower bound to {@code bound} when it is higher. */
    void raiseLowerBound(long bound) {
        lowerBound.accumulateAndGet(bound, Math::max);
        incumbent.raiseLowerBound(bound);
        signalIfSolved();
    }

    /**
     * Requested once the incumbent meets the proven lower bound (every improvement and every bound passes through
     * {@link #offer} or {@link #raiseLowerBound}): what stops a CP-SAT round when the tabu search has met the bound.
     */
    Termination solved() {
        return solved;
    }

    private void signalIfSolved() {
        if (isSolved()) {
            solved.request();
        }
    }

    /** Returns true when the incumbent meets the proven lower bound. */
    boolean isSolved() {
        return incumbent.makespan() <= lowerBound.get();
    }

    /** Records the tabu search's iteration budget of a reproducible one-thread run, for the statistics. */
    void setTabuIterationBudget(long iterations) {
        tabuIterationBudget = iterations;
    }

    void addTabuIterations(long iterations) {
        tabuIterations.add(iterations);
    }

    void countCpSatRound(boolean improved) {
        cpSatRounds.increment();
        if (improved) {
            cpSatImprovements.increment();
        }
    }

    /** The portfolio's result: the incumbent, the bound and the statistics. */
    SolveResult<JobShopSchedule> result(String solverId, SolveOptions options) {
        JobShopSchedule best = incumbent.schedule().orElseThrow();
        long makespan = incumbent.makespan();
        long bound = lowerBound.get();
        SolveResult.Builder<JobShopInstance, JobShopSchedule> builder = SolveResult.builder(JobShopProblem.TYPE,
                instance, solverId);
        if (tabuIterationBudget > 0) {
            builder.statistic("tabu_iteration_budget", tabuIterationBudget);
        }
        return builder
                .status(bound >= makespan ? SolveStatus.OPTIMAL : SolveStatus.FEASIBLE)
                .solution(best, makespan)
                .bound(bound)
                .timeToBest(timeToBest)
                .statistic("threads", options.threads())
                .statistic("tabu_iterations", tabuIterations.sum())
                .statistic("cpsat_rounds", cpSatRounds.sum())
                .statistic("cpsat_improving_rounds", cpSatImprovements.sum())
                .statistic("best_from_cpsat", "cpsat".equals(bestSource) ? 1 : 0)
                .build(deadline.elapsed());
    }
}
