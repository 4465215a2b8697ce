package org.sched4j.jobshop;

/**
 * Names one operation of a job-shop instance: operation {@code operation} of job {@code job}, both counted from 0.
 * A reference only; it holds no machine, duration or time (see {@link JobShopInstance#operation(int, int)} and
 * {@link JobShopSchedule#start(int, int)}).
 *
 * @param job       the job, from 0
 * @param operation the operation's position in its job, from 0
 */
public record OperationRef(int job, int operation) {

    public OperationRef {
        if (job < 0) {
            throw new IllegalArgumentException("job must be at least 0, got " + job);
        }
        if (operation < 0) {
            throw new IllegalArgumentException("operation must be at least 0, got " + operation);
        }
    }

    /** Written as the evaluator writes operations: {@code (job,operation)}. */
    @Override
    public String toString() {
        return "(" + job + "," + operation + ")";
    }
}
