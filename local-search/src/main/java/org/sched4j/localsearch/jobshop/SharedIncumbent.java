package org.sched4j.localsearch.jobshop;

import java.util.Objects;
import java.util.Optional;
import org.sched4j.api.Evaluation;
import org.sched4j.jobshop.JobShopInstance;
import org.sched4j.jobshop.JobShopSchedule;
import org.sched4j.jobshop.JobShopProblem;

/**
 * The best schedule known to a group of cooperating searches (a portfolio: tabu search threads beside a CP-SAT
 * thread), through which they learn of each other's improvements.
 *
 * <p>Anyone may {@link #offer} a schedule; it is kept when it is feasible and strictly better than the current one.
 * A {@link JobShopTabuSearch} run given an incumbent offers every improvement it finds and, every 128 iterations,
 * compares its best with {@link #makespan()} (one volatile read); when the incumbent is better it continues from the
 * incumbent's schedule. A CP-SAT thread can likewise read {@link #schedule()} to hint its model and offer its own
 * solutions. Thread-safe.
 */
public final class SharedIncumbent {

    private final JobShopInstance instance;
    private volatile long makespan = Long.MAX_VALUE;
    private volatile long lowerBound;
    private JobShopSchedule schedule;

    /** An empty incumbent for {@code instance}. */
    public SharedIncumbent(JobShopInstance instance) {
        this.instance = Objects.requireNonNull(instance, "instance");
    }

    /**
     * Raises the proven lower bound on the makespan (from CP-SAT, say) to {@code bound} when it is higher; searches
     * sharing this incumbent stop once the incumbent meets it.
     */
    public void raiseLowerBound(long bound) {
        synchronized (this) {
            if (bound > lowerBound) {
                lowerBound = bound;
            }
        }
    }

    /** The best proven lower bound on the makespan, 0 while none was given. */
    public long lowerBound() {
        return lowerBound;
    }

    /** Returns true when the incumbent's makespan meets the proven lower bound. */
    public boolean isProvenOptimal() {
        return makespan <= lowerBound;
    }

    /** The incumbent's makespan, {@link Long#MAX_VALUE} while there is none. */
    public long makespan() {
        return makespan;
    }

    /** The incumbent schedule, empty while none was offered. */
    public synchronized Optional<JobShopSchedule> schedule() {
        return Optional.ofNullable(schedule);
    }

    /**
     * Offers {@code candidate}; it becomes the incumbent when its makespan is strictly smaller.
     *
     * @return true when it became the incumbent
     * @throws IllegalArgumentException when its jobs or operations do not match the instance, or when it would become
     *                                  the incumbent but the evaluator finds it infeasible
     */
    public synchronized boolean offer(JobShopSchedule candidate) {
        Objects.requireNonNull(candidate, "candidate");
        if (!hasInstanceShape(candidate)) {
            throw new IllegalArgumentException("the offered schedule does not match the shape of " + instance.name());
        }
        if (candidate.makespan(instance) >= makespan) {
            return false;
        }
        Evaluation evaluation = JobShopProblem.TYPE.evaluate(instance, candidate);
        if (!evaluation.isFeasible()) {
            throw new IllegalArgumentException("an infeasible schedule was offered: " + evaluation.summary());
        }
        schedule = candidate;
        makespan = (long) evaluation.objective();
        return true;
    }

    private boolean hasInstanceShape(JobShopSchedule candidate) {
        if (candidate.jobCount() != instance.jobCount()) {
            return false;
        }
        for (int j = 0; j < instance.jobCount(); j++) {
            if (candidate.operationCount(j) != instance.job(j).operationCount()) {
                return false;
            }
        }
        return true;
    }
}
