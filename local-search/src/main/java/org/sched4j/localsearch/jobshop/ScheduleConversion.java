package org.sched4j.localsearch.jobshop;

import java.util.Arrays;
import java.util.Objects;
import org.sched4j.jobshop.JobShopSchedule;

/**
 * Converts between {@link JobShopSchedule}s (start times) and the machine orders of a {@link DisjunctiveGraph}.
 *
 * <p>A schedule gives the machine orders by sorting each machine's operations by start, then zero-length ones
 * first (in a feasible schedule that is the order of their ends), then id: every
 * job and machine arc of a feasible schedule then points forward in that order, so the orders are acyclic even with
 * zero-length operations. Back from a graph, every operation starts at its head: the semi-active schedule of those
 * orders, whose makespan is the graph's.
 */
final class ScheduleConversion {

    private ScheduleConversion() {
    }

    /**
     * The machine orders of a feasible {@code schedule}, as a flat sequence laid out as {@link DisjunctiveGraph#sequence}.
     *
     * @throws IllegalArgumentException when the schedule's shape does not match the instance
     */
    static int[] machineSequence(OperationIndex index, JobShopSchedule schedule) {
        Objects.requireNonNull(schedule, "schedule");
        int jobCount = index.instance.jobCount();
        if (schedule.jobCount() != jobCount) {
            throw new IllegalArgumentException("the schedule has " + schedule.jobCount() + " jobs but the instance has "
                    + jobCount);
        }
        long[] keys = new long[index.operationCount];
        int[] starts = new int[index.operationCount];
        for (int j = 0; j < jobCount; j++) {
            int length = index.firstOfJob[j + 1] - index.firstOfJob[j];
            if (schedule.operationCount(j) != length) {
                throw new IllegalArgumentException("job " + j + " has " + schedule.operationCount(j)
                        + " start times but " + length + " operations");
            }
            for (int k = 0; k < length; k++) {
                starts[index.id(j, k)] = schedule.start(j, k);
            }
        }
        int[] sequence = new int[index.operationCount];
        for (int m = 0; m < index.machineCount; m++) {
            sortMachine(index, m, starts, keys, sequence);
        }
        return sequence;
    }

    /** The semi-active schedule of {@code graph}: every operation starts at its head. */
    static JobShopSchedule schedule(DisjunctiveGraph graph) {
        OperationIndex index = graph.index;
        int jobCount = index.instance.jobCount();
        int[][] starts = new int[jobCount][];
        for (int j = 0; j < jobCount; j++) {
            starts[j] = Arrays.copyOfRange(graph.head, index.firstOfJob[j], index.firstOfJob[j + 1]);
        }
        return JobShopSchedule.of(starts);
    }

    private static void sortMachine(OperationIndex index, int m, int[] starts, long[] keys, int[] sequence) {
        int first = index.machineStart[m];
        Integer[] operations = new Integer[index.machineLength(m)];
        for (int op = 0; op < index.operationCount; op++) {
            if (index.machine[op] == m) {
                operations[index.slotOnMachine[op]] = op;
                keys[op] = (long) starts[op] * 2 + (index.duration[op] > 0 ? 1 : 0);
            }
        }
        Arrays.sort(operations, (a, b) -> keys[a] != keys[b] ? Long.compare(keys[a], keys[b]) : Integer.compare(a, b));
        for (int i = 0; i < operations.length; i++) {
            sequence[first + i] = operations[i];
        }
    }
}
