package org.sched4j.heuristics.dispatch;

import org.sched4j.jobshop.JobShopSchedule;

/**
 * The best schedule found by trying dispatching rules and schedule builders.
 *
 * @param rule     the rule that built it
 * @param builder  the builder that built it
 * @param schedule the schedule
 * @param makespan its makespan
 */
public record BestDispatch(DispatchRule rule, ScheduleBuilder builder, JobShopSchedule schedule, long makespan) {
}
