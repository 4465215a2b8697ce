package org.sched4j.heuristics.dispatch;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.sched4j.jobshop.JobShopInstance;
import org.sched4j.jobshop.JobShopSchedule;

/**
 * Checks of the structure of feasible job-shop schedules, written independently of the builders: semi-active,
 * active and non-delay (Baker, "Introduction to Sequencing and Scheduling", 1974). Operations of zero duration occupy
 * no machine; they only have to start when their job predecessor ends.
 */
final class ScheduleProperties {

    private ScheduleProperties() {
    }

    /**
     * The first operation that could start earlier without moving any other: one that could move left on its machine
     * (not semi-active) or jump into an earlier idle gap of its machine that is long enough and late enough for it
     * (not active). Empty when the schedule is active.
     */
    static Optional<String> leftShiftableOperation(JobShopInstance instance, JobShopSchedule schedule) {
        for (int j = 0; j < instance.jobCount(); j++) {
            for (int k = 0; k < instance.job(j).operationCount(); k++) {
                Optional<String> shift = leftShift(instance, schedule, j, k);
                if (shift.isPresent()) {
                    return shift;
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The first operation that starts later than it could while its machine stands idle: its machine is idle at
     * some moment between the end of its job predecessor and its start. Empty when the schedule is non-delay.
     */
    static Optional<String> delayedOperation(JobShopInstance instance, JobShopSchedule schedule) {
        for (int j = 0; j < instance.jobCount(); j++) {
            for (int k = 0; k < instance.job(j).operationCount(); k++) {
                long ready = readyTime(instance, schedule, j, k);
                long time = ready;
                for (long[] busy : busyIntervals(instance, schedule, instance.operation(j, k).machine())) {
                    if (busy[0] <= time && busy[1] > time) {
                        time = busy[1];
                    }
                }
                if (time < schedule.start(j, k) && instance.operation(j, k).duration() > 0) {
                    return Optional.of("operation (" + j + "," + k + ") starts at " + schedule.start(j, k)
                            + " but its machine is idle at " + time + " and it is ready at " + ready);
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<String> leftShift(JobShopInstance instance, JobShopSchedule schedule, int job, int index) {
        long ready = readyTime(instance, schedule, job, index);
        int duration = instance.operation(job, index).duration();
        int start = schedule.start(job, index);
        if (duration == 0) {
            return start > ready ? Optional.of("operation (" + job + "," + index + ") of zero duration starts at "
                    + start + " after its predecessor ends at " + ready) : Optional.empty();
        }
        long gapStart = 0;
        for (long[] busy : busyIntervals(instance, schedule, instance.operation(job, index).machine())) {
            if (busy[0] >= start) {
                break;
            }
            long earliest = Math.max(gapStart, ready);
            if (earliest + duration <= busy[0]) {
                return Optional.of("operation (" + job + "," + index + ") starting at " + start + " fits at "
                        + earliest + " in the idle gap [" + gapStart + ", " + busy[0] + ")");
            }
            gapStart = busy[1];
        }
        long earliest = Math.max(gapStart, ready);
        return earliest < start ? Optional.of("operation (" + job + "," + index + ") starting at " + start
                + " could start at " + earliest) : Optional.empty();
    }

    private static long readyTime(JobShopInstance instance, JobShopSchedule schedule, int job, int index) {
        return index == 0 ? 0 : schedule.end(instance, job, index - 1);
    }

    /** The {@code [start, end)} intervals of positive length on {@code machine}, by start time. */
    private static List<long[]> busyIntervals(JobShopInstance instance, JobShopSchedule schedule, int machine) {
        List<long[]> intervals = new ArrayList<>();
        for (int j = 0; j < instance.jobCount(); j++) {
            for (int k = 0; k < instance.job(j).operationCount(); k++) {
                if (instance.operation(j, k).machine() == machine && instance.operation(j, k).duration() > 0) {
                    intervals.add(new long[] {schedule.start(j, k), schedule.end(instance, j, k)});
                }
            }
        }
        intervals.sort(Comparator.comparingLong(interval -> interval[0]));
        return intervals;
    }
}
