package org.sched4j.jobshop;

import java.util.List;
import java.util.Objects;

/**
 * A job-shop instance: jobs, each a sequence of operations on machines; every machine runs one operation at a time.
 * Jobs may visit any subset of machines, a machine more than once, and have different numbers of operations (the
 * standard benchmarks have each job visit each machine exactly once).
 *
 * @param name         the instance's name ({@code ta01}), used to match best-known bounds
 * @param machineCount the number of machines, numbered {@code 0 .. machineCount-1}
 * @param jobs         the jobs, at least one
 */
public record JobShopInstance(String name, int machineCount, List<Job> jobs) {

    public JobShopInstance {
        Objects.requireNonNull(name, "name");
        jobs = List.copyOf(Objects.requireNonNull(jobs, "jobs"));
        if (machineCount < 1) {
            throw new IllegalArgumentException("machineCount must be at least 1, got " + machineCount);
        }
        if (jobs.isEmpty()) {
            throw new IllegalArgumentException("an instance needs at least one job");
        }
        for (int j = 0; j < jobs.size(); j++) {
            for (int k = 0; k < jobs.get(j).operationCount(); k++) {
                int machine = jobs.get(j).operation(k).machine();
                if (machine >= machineCount) {
                    throw new IllegalArgumentException("operation (" + j + "," + k + ") uses machine " + machine
                            + " but the instance has machines 0.." + (machineCount - 1));
                }
            }
        }
    }

    /** Builds an instance from a machine matrix and a duration matrix of the same shape ({@code [job][operation]}). */
    public static JobShopInstance of(String name, int machineCount, int[][] machines, int[][] durations) {
        if (machines.length != durations.length) {
            throw new IllegalArgumentException("machines has " + machines.length + " jobs but durations has "
                    + durations.length);
        }
        Job[] jobs = new Job[machines.length];
        for (int j = 0; j < machines.length; j++) {
            if (machines[j].length != durations[j].length) {
                throw new IllegalArgumentException("job " + j + " has " + machines[j].length + " machines but "
                        + durations[j].length + " durations");
            }
            Operation[] operations = new Operation[machines[j].length];
            for (int k = 0; k < operations.length; k++) {
                operations[k] = new Operation(machines[j][k], durations[j][k]);
            }
            jobs[j] = new Job(List.of(operations));
        }
        return new JobShopInstance(name, machineCount, List.of(jobs));
    }

    public int jobCount() {
        return jobs.size();
    }

    public Job job(int index) {
        return jobs.get(index);
    }

    /** Operation {@code operation} of job {@code job}. */
    public Operation operation(int job, int operation) {
        return jobs.get(job).operation(operation);
    }

    /** The total number of operations over all jobs. */
    public int operationCount() {
        int count = 0;
        for (Job job : jobs) {
            count += job.operationCount();
        }
        return count;
    }

    /** The same instance under another name. */
    public JobShopInstance withName(String newName) {
        return new JobShopInstance(newName, machineCount, jobs);
    }

    /** The machine matrix {@code [job][operation]}, a fresh copy. */
    public int[][] machineMatrix() {
        int[][] matrix = new int[jobs.size()][];
        for (int j = 0; j < matrix.length; j++) {
            Job job = jobs.get(j);
            matrix[j] = new int[job.operationCount()];
            for (int k = 0; k < matrix[j].length; k++) {
                matrix[j][k] = job.operation(k).machine();
            }
        }
        return matrix;
    }

    /** The duration matrix {@code [job][operation]}, a fresh copy. */
    public int[][] durationMatrix() {
        int[][] matrix = new int[jobs.size()][];
        for (int j = 0; j < matrix.length; j++) {
            Job job = jobs.get(j);
            matrix[j] = new int[job.operationCount()];
            for (int k = 0; k < matrix[j].length; k++) {
                matrix[j][k] = job.operation(k).duration();
            }
        }
        return matrix;
    }

    /** The sum of all durations: an upper bound on any non-delay makespan and on the horizon. */
    public long totalDuration() {
        long total = 0;
        for (Job job : jobs) {
            total += job.totalDuration();
        }
        return total;
    }

    /**
     * The trivial lower bound on the makespan: the larger of the longest job and the most loaded machine.
     */
    public long trivialLowerBound() {
        long[] load = new long[machineCount];
        long longestJob = 0;
        for (Job job : jobs) {
            longestJob = Math.max(longestJob, job.totalDuration());
            for (Operation operation : job.operations()) {
                load[operation.machine()] += operation.duration();
            }
        }
        long busiestMachine = 0;
        for (long machineLoad : load) {
            busiestMachine = Math.max(busiestMachine, machineLoad);
        }
        return Math.max(longestJob, busiestMachine);
    }
}
