package org.sched4j.rcpsp;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.sched4j.api.Evaluation;
import org.sched4j.api.Evaluator;

/**
 * Checks an RCPSP schedule and computes its makespan, independently of every solver.
 *
 * <p>Checks, each violation in words: one start time per activity; no negative start; releases
 * ({@code activity 4 starts at 3 before its release 5}) and deadlines ({@code activity 17 ends at 63 after its
 * deadline 60}); precedences with their lags; resource capacities, downtimes subtracted
 * ({@code resource R2 over capacity at t=41: 13 > 12}, once per time at which the usage or the capacity changes while
 * over); disjunctive pairs. Activities of duration 0 use no resource and overlap nothing. Runs in O((n + p + d) log n)
 * for n activities, p precedences and d downtimes.
 */
public final class RcpspEvaluator implements Evaluator<RcpspInstance, RcpspSchedule> {

    @Override
    public Evaluation evaluate(RcpspInstance instance, RcpspSchedule schedule) {
        List<String> violations = new ArrayList<>();
        if (schedule.activityCount() != instance.activityCount()) {
            violations.add("the schedule has " + schedule.activityCount() + " start times but the instance has "
                    + instance.activityCount() + " activities");
            return new Evaluation(violations, Double.NaN);
        }
        checkWindows(instance, schedule, violations);
        checkPrecedences(instance, schedule, violations);
        checkResources(instance, schedule, violations);
        checkDisjunctivePairs(instance, schedule, violations);
        return new Evaluation(violations, schedule.makespan(instance));
    }

    private static void checkWindows(RcpspInstance instance, RcpspSchedule schedule, List<String> violations) {
        int[] releases = instance.releases();
        int[] deadlines = instance.deadlines();
        for (int i = 0; i < instance.activityCount(); i++) {
            int start = schedule.start(i);
            if (start < 0) {
                violations.add("activity " + i + " starts at " + start + ", before time 0");
            }
            if (start < releases[i]) {
                violations.add("activity " + i + " starts at " + start + " before its release " + releases[i]);
            }
            long end = schedule.end(instance, i);
            if (end > deadlines[i]) {
                violations.add("activity " + i + " ends at " + end + " after its deadline " + deadlines[i]);
            }
        }
    }

    private static void checkPrecedences(RcpspInstance instance, RcpspSchedule schedule, List<String> violations) {
        for (Precedence precedence : instance.precedences()) {
            long ready = schedule.end(instance, precedence.predecessor()) + precedence.lag();
            int start = schedule.start(precedence.successor());
            if (start < ready) {
                String lag = precedence.lag() == 0 ? "" : " plus its lag " + precedence.lag();
                violations.add("activity " + precedence.successor() + " starts at " + start
                        + " before its predecessor " + precedence.predecessor() + " ends at "
                        + schedule.end(instance, precedence.predecessor()) + lag);
            }
        }
    }

    private static void checkResources(RcpspInstance instance, RcpspSchedule schedule, List<String> violations) {
        ResourceAvailability availability = ResourceAvailability.of(instance);
        for (int r = 0; r < instance.resourceCount(); r++) {
            TreeMap<Long, Long> usageChanges = new TreeMap<>();
            for (int time : availability.changeTimes(r)) {
                usageChanges.merge((long) time, 0L, Long::sum);
            }
            for (int i = 0; i < instance.activityCount(); i++) {
                int demand = instance.demand(i, r);
                if (demand > 0 && instance.duration(i) > 0) {
                    usageChanges.merge((long) schedule.start(i), (long) demand, Long::sum);
                    usageChanges.merge(schedule.end(instance, i), (long) -demand, Long::sum);
                }
            }
            long usage = 0;
            for (var change : usageChanges.entrySet()) {
                usage += change.getValue();
                int capacity = availability.capacityAt(r, change.getKey());
                if (usage > capacity) {
                    violations.add("resource " + instance.resources().get(r).name() + " over capacity at t="
                            + change.getKey() + ": " + usage + " > " + capacity);
                }
            }
        }
    }

    private static void checkDisjunctivePairs(RcpspInstance instance, RcpspSchedule schedule,
                                              List<String> violations) {
        for (DisjunctivePair pair : instance.disjunctivePairs()) {
            int a = pair.first();
            int b = pair.second();
            if (instance.duration(a) == 0 || instance.duration(b) == 0) {
                continue;
            }
            if (schedule.start(a) < schedule.end(instance, b) && schedule.start(b) < schedule.end(instance, a)) {
                violations.add("activities " + a + " and " + b + " may not overlap but run over [" + schedule.start(a)
                        + ", " + schedule.end(instance, a) + ") and [" + schedule.start(b) + ", "
                        + schedule.end(instance, b) + ")");
            }
        }
    }
}
