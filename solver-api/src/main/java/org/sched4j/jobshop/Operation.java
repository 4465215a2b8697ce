package org.sched4j.jobshop;

/**
 * One operation of a job: it runs on {@code machine} for {@code duration} time units without interruption.
 *
 * @param machine  the machine, numbered from 0
 * @param duration the processing time, at least 0
 */
public record Operation(int machine, int duration) {

    public Operation {
        if (machine < 0) {
            throw new IllegalArgumentException("machine must be at least 0, got " + machine);
        }
        if (duration < 0) {
            throw new IllegalArgumentException("duration must be at least 0, got " + duration);
        }
    }
}
