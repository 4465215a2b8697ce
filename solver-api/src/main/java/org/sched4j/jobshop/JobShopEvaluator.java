package org.sched4j.jobshop;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.sched4j.api.Evaluation;
import org.sched4j.api.Evaluator;

/**
 * Checks a job-shop schedule and computes its makespan, independently of every solver.
 *
 * <p>Checks, each violation in words: one start time per operation; no negative start; each operation starts
 * after its job predecessor ends; no two operations overlap on a machine (zero-length operations never overlap).
 * Runs in O(N log N) for N operations.
 */
public final class JobShopEvaluator implements Evaluator<JobShopInstance, JobShopSchedule> {

    @Override
    public Evaluation evaluate(JobShopInstance instance, JobShopSchedule schedule) {
        List<String> violations = new ArrayList<>();
        if (schedule.jobCount() != instance.jobCount()) {
            violations.add("the schedule has " + schedule.jobCount() + " jobs but the instance has "
                    + instance.jobCount());
            return new Evaluation(violations, Double.NaN);
        }
        for (int j = 0; j < instance.jobCount(); j++) {
            if (schedule.operationCount(j) != instance.job(j).operationCount()) {
                violations.add("job " + j + " has " + schedule.operationCount(j) + " start times but "
                        + instance.job(j).operationCount() + " operations");
            }
        }
        if (!violations.isEmpty()) {
            return new Evaluation(violations, Double.NaN);
        }
        checkJobs(instance, schedule, violations);
        checkMachines(instance, schedule, violations);
        return new Evaluation(violations, schedule.makespan(instance));
    }

    private static void checkJobs(JobShopInstance instance, JobShopSchedule schedule, List<String> violations) {
        for (int j = 0; j < instance.jobCount(); j++) {
            for (int k = 0; k < instance.job(j).operationCount(); k++) {
                int start = schedule.start(j, k);
                if (start < 0) {
                    violations.add("operation (" + j + "," + k + ") starts at " + start + ", before time 0");
                }
                if (k > 0) {
                    long predecessorEnd = schedule.end(instance, j, k - 1);
                    if (start < predecessorEnd) {
                        violations.add("operation (" + j + "," + k + ") starts at " + start
                                + " before its predecessor ends at " + predecessorEnd);
                    }
                }
            }
        }
    }

    private static void checkMachines(JobShopInstance instance, JobShopSchedule schedule, List<String> violations) {
        List<List<int[]>> byMachine = new ArrayList<>();
        for (int m = 0; m < instance.machineCount(); m++) {
            byMachine.add(new ArrayList<>());
        }
        for (int j = 0; j < instance.jobCount(); j++) {
            for (int k = 0; k < instance.job(j).operationCount(); k++) {
                if (instance.operation(j, k).duration() > 0) {
                    byMachine.get(instance.operation(j, k).machine()).add(new int[] {j, k});
                }
            }
        }
        for (int m = 0; m < byMachine.size(); m++) {
            int[][] operations = byMachine.get(m).toArray(int[][]::new);
            Arrays.sort(operations, Comparator.comparingInt((int[] op) -> schedule.start(op[0], op[1]))
                    .thenComparingInt(op -> op[0]).thenComparingInt(op -> op[1]));
            // Compare each operation with the one that ends latest among those before it.
            int[] latest = null;
            for (int[] operation : operations) {
                if (latest != null && schedule.start(operation[0], operation[1])
                        < schedule.end(instance, latest[0], latest[1])) {
                    violations.add("operations (" + latest[0] + "," + latest[1] + ") and (" + operation[0] + ","
                            + operation[1] + ") overlap on machine " + m + ": [" + schedule.start(latest[0], latest[1])
                            + ", " + schedule.end(instance, latest[0], latest[1]) + ") and ["
                            + schedule.start(operation[0], operation[1]) + ", "
                            + schedule.end(instance, operation[0], operation[1]) + ")");
                }
                if (latest == null || schedule.end(instance, operation[0], operation[1])
                        > schedule.end(instance, latest[0], latest[1])) {
                    latest = operation;
                }
            }
        }
    }
}
