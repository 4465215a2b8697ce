package org.sched4j.localsearch.timefold;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.sched4j.jobshop.JobShopInstance;
import org.sched4j.jobshop.JobShopSchedule;
import org.sched4j.jobshop.OperationRef;

/**
 * Converts between job-shop instances and schedules and Timefold {@link JobShopPlan}s.
 *
 * <p>A schedule gives each machine's order by sorting its operations by start, then zero-length ones first (in a
 * feasible schedule that is the order of their ends), then by job and position: every job and machine arc of a
 * feasible schedule then points forward, so the orders are acyclic even with zero-length operations. Back from a
 * plan, every operation starts at the start time Timefold computed: the semi-active schedule of the plan's orders.
 */
public final class JobShopPlanConversion {

    private JobShopPlanConversion() {
    }

    /**
     * The plan whose machine orders are those of the feasible {@code schedule}.
     *
     * @throws IllegalArgumentException when the schedule's shape does not match the instance
     */
    public static JobShopPlan fromSchedule(JobShopInstance instance, JobShopSchedule schedule) {
        Objects.requireNonNull(schedule, "schedule");
        checkShape(instance, schedule);
        List<OperationTask> operations = operations(instance);
        List<List<OperationRef>> orders = new ArrayList<>();
        for (int m = 0; m < instance.machineCount(); m++) {
            orders.add(new ArrayList<>());
        }
        for (OperationTask operation : operations) {
            orders.get(operation.getMachine()).add(new OperationRef(operation.getJob(), operation.getPosition()));
        }
        Comparator<OperationRef> byStart = Comparator
                .comparingLong((OperationRef ref) -> 2L * schedule.start(ref.job(), ref.operation())
                        + (instance.operation(ref.job(), ref.operation()).duration() > 0 ? 1 : 0))
                .thenComparingInt(OperationRef::job)
                .thenComparingInt(OperationRef::operation);
        for (List<OperationRef> order : orders) {
            order.sort(byStart);
        }
        return plan(instance, operations, orders);
    }

    /**
     * The plan with the given machine orders, which may be cyclic (Timefold then scores it hard-infeasible).
     *
     * @param machineOrders for each machine, its operations in processing order: together every operation of the
     *                      instance exactly once, each on its own machine
     * @throws IllegalArgumentException when the orders miss, repeat or misplace an operation
     */
    public static JobShopPlan fromMachineOrders(JobShopInstance instance, List<List<OperationRef>> machineOrders) {
        if (machineOrders.size() != instance.machineCount()) {
            throw new IllegalArgumentException("expected orders for " + instance.machineCount() + " machines, got "
                    + machineOrders.size());
        }
        return plan(instance, operations(instance), machineOrders);
    }

    /**
     * The schedule of a plan without cycles: each operation starts at its Timefold start time.
     *
     * @throws IllegalStateException when an operation has no start time (the plan's orders are cyclic)
     */
    public static JobShopSchedule toSchedule(JobShopInstance instance, JobShopPlan plan) {
        int[][] starts = new int[instance.jobCount()][];
        for (int j = 0; j < starts.length; j++) {
            starts[j] = new int[instance.job(j).operationCount()];
        }
        for (OperationTask operation : plan.getOperations()) {
            if (operation.getStart() == null) {
                throw new IllegalStateException("operation " + operation + " has no start time: the plan's machine "
                        + "orders are cyclic or incomplete");
            }
            starts[operation.getJob()][operation.getPosition()] = operation.getStart();
        }
        return JobShopSchedule.of(starts);
    }

    private static List<OperationTask> operations(JobShopInstance instance) {
        List<OperationTask> operations = new ArrayList<>(instance.operationCount());
        for (int j = 0; j < instance.jobCount(); j++) {
            OperationTask previous = null;
            for (int k = 0; k < instance.job(j).operationCount(); k++) {
                var operation = instance.operation(j, k);
                OperationTask task = new OperationTask(operations.size(), j, k, operation.machine(),
                        operation.duration());
                if (previous != null) {
                    task.followJobPredecessor(previous);
                }
                operations.add(task);
                previous = task;
            }
        }
        return operations;
    }

    private static JobShopPlan plan(JobShopInstance instance, List<OperationTask> operations,
                                    List<List<OperationRef>> machineOrders) {
        int[] firstOfJob = new int[instance.jobCount()];
        for (int j = 1; j < firstOfJob.length; j++) {
            firstOfJob[j] = firstOfJob[j - 1] + instance.job(j - 1).operationCount();
        }
        boolean[] placed = new boolean[operations.size()];
        List<MachineSchedule> machines = new ArrayList<>();
        for (int m = 0; m < machineOrders.size(); m++) {
            List<OperationTask> order = new ArrayList<>();
            for (OperationRef ref : machineOrders.get(m)) {
                if (ref.job() >= instance.jobCount() || ref.operation() >= instance.job(ref.job()).operationCount()) {
                    throw new IllegalArgumentException("machine " + m + " lists " + ref + ", not in the instance");
                }
                int id = firstOfJob[ref.job()] + ref.operation();
                if (placed[id]) {
                    throw new IllegalArgumentException("operation " + ref + " is listed twice");
                }
                placed[id] = true;
                order.add(operations.get(id));
            }
            machines.add(new MachineSchedule(m, order));
        }
        for (OperationTask operation : operations) {
            if (!placed[operation.getId()]) {
                throw new IllegalArgumentException("operation " + operation + " is on no machine");
            }
        }
        return new JobShopPlan(instance.name(), machines, operations);
    }

    private static void checkShape(JobShopInstance instance, JobShopSchedule schedule) {
        if (schedule.jobCount() != instance.jobCount()) {
            throw new IllegalArgumentException("the schedule has " + schedule.jobCount() + " jobs but the instance has "
                    + instance.jobCount());
        }
        for (int j = 0; j < instance.jobCount(); j++) {
            if (schedule.operationCount(j) != instance.job(j).operationCount()) {
                throw new IllegalArgumentException("job " + j + " has " + schedule.operationCount(j)
                        + " start times but " + instance.job(j).operationCount() + " operations");
            }
        }
    }
}
