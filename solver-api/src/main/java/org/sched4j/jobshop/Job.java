package org.sched4j.jobshop;

import java.util.List;
import java.util.Objects;

/**
 * A job: operations that run one after the other, in list order.
 *
 * @param operations the operations in processing order, at least one
 */
public record Job(List<Operation> operations) {

    public Job {
        operations = List.copyOf(Objects.requireNonNull(operations, "operations"));
        if (operations.isEmpty()) {
            throw new IllegalArgumentException("a job needs at least one operation");
        }
    }

    /** Operation {@code index} (from 0) of this job. */
    public Operation operation(int index) {
        return operations.get(index);
    }

    public int operationCount() {
        return operations.size();
    }

    /** The sum of the job's durations: a lower bound on the makespan. */
    public long totalDuration() {
        long total = 0;
        for (Operation operation : operations) {
            total += operation.duration();
        }
        return total;
    }
}
