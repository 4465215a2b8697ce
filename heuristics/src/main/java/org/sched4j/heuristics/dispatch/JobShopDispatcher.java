package org.sched4j.heuristics.dispatch;

import org.sched4j.jobshop.JobShopInstance;
import org.sched4j.jobshop.JobShopSchedule;

/** Builds job-shop schedules with dispatching rules. */
public final class JobShopDispatcher {

    private JobShopDispatcher() {
    }

    /** A schedule built by {@code rule} with {@code builder}; {@code seed} drives RANDOM and tie-breaking. */
    public static JobShopSchedule schedule(JobShopInstance instance, DispatchRule rule, ScheduleBuilder builder,
                                           long seed) {
        throw new UnsupportedOperationException("being implemented");
    }

    /** The best schedule over every deterministic rule and both builders. */
    public static BestDispatch best(JobShopInstance instance, long seed) {
        throw new UnsupportedOperationException("being implemented");
    }
}
