package org.sched4j.heuristics.dispatch;

import java.util.List;
import java.util.Objects;
import org.sched4j.jobshop.JobShopInstance;
import org.sched4j.jobshop.JobShopSchedule;

/**
 * Builds job-shop schedules with dispatching rules: a {@link DispatchRule} picks among the candidates that a
 * {@link ScheduleBuilder} offers. One schedule of N operations and J jobs takes O(N·J) time.
 *
 * <p>Every schedule is feasible and semi-active; those of {@link ScheduleBuilder#ACTIVE} are active, those of
 * {@link ScheduleBuilder#NON_DELAY} non-delay (and so active too). Operations of zero duration start as soon as their
 * job predecessor ends. The methods are thread-safe.
 */
public final class JobShopDispatcher {

    /** The order in which {@link #best} tries the rules; earlier wins ties. */
    private static final List<DispatchRule> DETERMINISTIC_RULES = List.of(DispatchRule.MWKR, DispatchRule.FDD_MWKR,
            DispatchRule.MOPNR, DispatchRule.SPT, DispatchRule.LPT, DispatchRule.FIFO);

    private JobShopDispatcher() {
    }

    /**
     * A schedule built by {@code rule} with {@code builder}.
     *
     * @param seed seeds {@link DispatchRule#RANDOM}; the other rules ignore it and break ties by job index
     * @throws IllegalArgumentException when the instance's total duration exceeds {@link Integer#MAX_VALUE}
     */
    public static JobShopSchedule schedule(JobShopInstance instance, DispatchRule rule, ScheduleBuilder builder,
                                           long seed) {
        DispatchScheduleGenerator generator = DispatchScheduleGenerator.of(
                Objects.requireNonNull(builder, "builder"), new OperationTable(Objects.requireNonNull(instance, "instance")));
        generator.build(Objects.requireNonNull(rule, "rule").priorityRule(generator.table, seed));
        return generator.schedule();
    }

    /**
     * The best schedule over every deterministic rule with both builders, and one {@link DispatchRule#RANDOM}
     * schedule with the non-delay builder seeded by {@code seed}: 13 schedules. Ties go to the first tried, in the
     * order MWKR, FDD/MWKR, MOPNR, SPT, LPT, FIFO (each non-delay, then active), then RANDOM.
     *
     * @throws IllegalArgumentException when the instance's total duration exceeds {@link Integer#MAX_VALUE}
     */
    public static BestDispatch best(JobShopInstance instance, long seed) {
        OperationTable table = new OperationTable(Objects.requireNonNull(instance, "instance"));
        BestDispatch best = null;
        for (DispatchRule rule : DETERMINISTIC_RULES) {
            for (ScheduleBuilder builder : ScheduleBuilder.values()) {
                best = better(best, table, rule, builder, seed);
            }
        }
        return better(best, table, DispatchRule.RANDOM, ScheduleBuilder.NON_DELAY, seed);
    }

    /** The number of schedules {@link #best} builds. */
    public static int bestScheduleCount() {
        return DETERMINISTIC_RULES.size() * ScheduleBuilder.values().length + 1;
    }

    private static BestDispatch better(BestDispatch incumbent, OperationTable table, DispatchRule rule,
                                       ScheduleBuilder builder, long seed) {
        DispatchScheduleGenerator generator = DispatchScheduleGenerator.of(builder, table);
        int makespan = generator.build(rule.priorityRule(table, seed));
        if (incumbent != null && incumbent.makespan() <= makespan) {
            return incumbent;
        }
        return new BestDispatch(rule, builder, generator.schedule(), makespan);
    }
}
