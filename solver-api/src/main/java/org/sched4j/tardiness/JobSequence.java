package org.sched4j.tardiness;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A single-machine tardiness solution: the order in which the jobs are processed. Each job starts as soon as the
 * machine is free and the job is released; the {@link TardinessEvaluator} checks that the order is a permutation.
 *
 * @param jobs the job numbers (from 0) in processing order
 */
public record JobSequence(List<Integer> jobs) {

    public JobSequence {
        jobs = List.copyOf(Objects.requireNonNull(jobs, "jobs"));
    }

    /** The sequence of the given job numbers (copied). */
    public static JobSequence of(int... order) {
        return new JobSequence(Arrays.stream(order).boxed().toList());
    }

    /** The job numbers in processing order, a fresh array. */
    public int[] toArray() {
        return jobs.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The number of jobs in the sequence. */
    public int size() {
        return jobs.size();
    }
}
