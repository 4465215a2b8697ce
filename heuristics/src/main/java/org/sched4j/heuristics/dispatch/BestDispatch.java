package org.sched4j.heuristics.dispatch;

import java.util.Objects;
import org.sched4j.jobshop.JobShopSchedule;

/**
 * The best schedule found by trying dispatching rules and schedule builders.
 *
 * @param rule     the rule that built it
 * @param builder  the builder that built it
 * @param schedule the schedule
 * @param makespan its makespan, at least 0
 */
public record BestDispatch(DispatchRule rule, ScheduleBuilder builder, JobShopSchedule schedule, long makespan) {

    public BestDispatch {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(builder, "builder");
        Objects.requireNonNull(schedule, "schedule");
        if (makespan < 0) {
            throw new IllegalArgumentException("makespan must be at least 0, got " + makespan);
        }
    }
}
