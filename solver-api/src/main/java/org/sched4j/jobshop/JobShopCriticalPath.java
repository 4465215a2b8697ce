package org.sched4j.jobshop;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.sched4j.api.Evaluation;

/**
 * The critical path of a job-shop schedule: a chain of operations from time 0 to the makespan in which every
 * operation starts exactly when its predecessor in the chain ends, the predecessor being either the operation before
 * it in its job or an operation before it on its machine. Delaying any operation of the chain delays the makespan;
 * shortening the makespan means changing the order of the chain's operations on their machines (the block
 * neighbourhoods of Nowicki and Smutnicki, "A fast taboo search algorithm for the job shop problem", Management
 * Science 42(6), 1996, are built on it).
 *
 * <p>A schedule in which every operation starts as early as its job and machine order allow (semi-active, as every
 * dispatching rule builds) always has such a chain. A feasible schedule with idle time that nothing explains may not:
 * then the chain returned is the tight chain ending at the makespan that reaches back furthest, and it starts at that
 * chain's first operation rather than at 0.
 *
 * <p>Runs in O(N log N) for N operations. Ties are broken the same way every time: the last operation is the one, among
 * those ending at the makespan, whose chain starts earliest (then the lowest job, then the lowest operation); a job
 * predecessor is preferred to a machine predecessor when both reach equally far back.
 */
public final class JobShopCriticalPath {

    private final JobShopInstance instance;
    private final JobShopSchedule schedule;
    private final List<OperationRef> byStart;
    private final Map<OperationRef, Integer> position = new HashMap<>();
    private final Map<MachineEnd, List<OperationRef>> endingOnMachineAt = new HashMap<>();

    private JobShopCriticalPath(JobShopInstance instance, JobShopSchedule schedule) {
        this.instance = instance;
        this.schedule = schedule;
        this.byStart = operationsInTimeOrder();
        for (int index = 0; index < byStart.size(); index++) {
            OperationRef operation = byStart.get(index);
            position.put(operation, index);
            endingOnMachineAt.computeIfAbsent(new MachineEnd(machine(operation), end(operation)),
                    key -> new ArrayList<>()).add(operation);
        }
    }

    /**
     * The critical path of {@code schedule}, in time order: the first operation starts at 0 (for every semi-active
     * schedule, see the class comment), each next one starts when the one before ends, and the last ends at the
     * makespan.
     *
     * @param instance the instance
     * @param schedule a feasible schedule of {@code instance}
     * @return the chain, at least one operation long; unmodifiable
     * @throws IllegalArgumentException when the schedule is not feasible for the instance, with the evaluator's
     *                                  violations
     */
    public static List<OperationRef> of(JobShopInstance instance, JobShopSchedule schedule) {
        Objects.requireNonNull(instance, "instance");
        Objects.requireNonNull(schedule, "schedule");
        Evaluation evaluation = new JobShopEvaluator().evaluate(instance, schedule);
        if (!evaluation.isFeasible()) {
            throw new IllegalArgumentException("the critical path needs a feasible schedule: " + evaluation.summary());
        }
        return new JobShopCriticalPath(instance, schedule).longestTightChain();
    }

    private List<OperationRef> longestTightChain() {
        int count = byStart.size();
        long[] origin = new long[count];
        int[] predecessor = new int[count];
        // Tight predecessors come earlier in time order, so one pass in that order settles every origin.
        for (int index = 0; index < count; index++) {
            OperationRef operation = byStart.get(index);
            origin[index] = schedule.start(operation.job(), operation.operation());
            predecessor[index] = -1;
            for (int candidate : tightPredecessors(operation, index)) {
                if (origin[candidate] < origin[index]) {
                    origin[index] = origin[candidate];
                    predecessor[index] = candidate;
                }
            }
        }
        long makespan = schedule.makespan(instance);
        int last = -1;
        for (int index = 0; index < count; index++) {
            if (end(byStart.get(index)) == makespan && (last < 0 || origin[index] < origin[last]
                    || origin[index] == origin[last] && refOrder().compare(byStart.get(index), byStart.get(last)) < 0)) {
                last = index;
            }
        }
        List<OperationRef> chain = new ArrayList<>();
        for (int index = last; index >= 0; index = predecessor[index]) {
            chain.add(byStart.get(index));
        }
        Collections.reverse(chain);
        return List.copyOf(chain);
    }

    /** The positions of the operations that end exactly when {@code operation} starts and precede it: job first. */
    private List<Integer> tightPredecessors(OperationRef operation, int index) {
        int start = schedule.start(operation.job(), operation.operation());
        List<Integer> tight = new ArrayList<>();
        if (operation.operation() > 0) {
            OperationRef jobPredecessor = new OperationRef(operation.job(), operation.operation() - 1);
            if (end(jobPredecessor) == start) {
                tight.add(position.get(jobPredecessor));
            }
        }
        List<OperationRef> sameMachine = endingOnMachineAt.getOrDefault(new MachineEnd(machine(operation), start),
                List.of());
        for (OperationRef candidate : sameMachine) {
            int candidateIndex = position.get(candidate);
            if (candidateIndex < index && !tight.contains(candidateIndex)) {
                tight.add(candidateIndex);
            }
        }
        return tight;
    }

    private List<OperationRef> operationsInTimeOrder() {
        List<OperationRef> operations = new ArrayList<>(instance.operationCount());
        for (int job = 0; job < instance.jobCount(); job++) {
            for (int k = 0; k < instance.job(job).operationCount(); k++) {
                operations.add(new OperationRef(job, k));
            }
        }
        operations.sort(Comparator.comparingLong((OperationRef op) -> schedule.start(op.job(), op.operation()))
                .thenComparingLong(this::end)
                .thenComparing(refOrder()));
        return operations;
    }

    private static Comparator<OperationRef> refOrder() {
        return Comparator.comparingInt(OperationRef::job).thenComparingInt(OperationRef::operation);
    }

    private int machine(OperationRef operation) {
        return instance.operation(operation.job(), operation.operation()).machine();
    }

    private long end(OperationRef operation) {
        return schedule.end(instance, operation.job(), operation.operation());
    }

    /** A machine and a time: the key of the operations that end on that machine at that time. */
    private record MachineEnd(int machine, long end) {
    }
}
