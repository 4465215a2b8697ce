package org.sched4j.localsearch.jobshop;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.sched4j.jobshop.JobShopInstance;

/**
 * Random small job shops and random acyclic machine orders for property tests, and a brute-force longest-path
 * computation on an explicit arc list to check the graph's heads and tails against.
 */
final class RandomShops {

    private RandomShops() {
    }

    /**
     * A random instance. With {@code general}, jobs have 1 to m + 1 operations on random machines (revisits allowed)
     * and durations 0..9; otherwise each job visits every machine once in random order with durations 1..9.
     */
    static JobShopInstance instance(SplittableRandom random, int jobs, int machines, boolean general) {
        int[][] machineMatrix = new int[jobs][];
        int[][] durationMatrix = new int[jobs][];
        for (int j = 0; j < jobs; j++) {
            int length = general ? 1 + random.nextInt(machines + 1) : machines;
            machineMatrix[j] = general ? randomMachines(random, length, machines) : permutation(random, machines);
            durationMatrix[j] = new int[length];
            for (int k = 0; k < length; k++) {
                durationMatrix[j][k] = general ? random.nextInt(10) : 1 + random.nextInt(9);
            }
        }
        return JobShopInstance.of("random", machines, machineMatrix, durationMatrix);
    }

    /** Acyclic machine orders: the operations in a random interleaving of the jobs, split by machine. */
    static int[] randomOrders(OperationIndex index, SplittableRandom random) {
        int jobs = index.instance.jobCount();
        int[] next = new int[jobs];
        int[] filled = new int[index.machineCount];
        int[] sequence = new int[index.operationCount];
        List<Integer> open = new ArrayList<>();
        for (int j = 0; j < jobs; j++) {
            open.add(j);
        }
        while (!open.isEmpty()) {
            int pick = random.nextInt(open.size());
            int j = open.get(pick);
            int op = index.id(j, next[j]++);
            int m = index.machine[op];
            sequence[index.machineStart[m] + filled[m]++] = op;
            if (index.firstOfJob[j] + next[j] == index.firstOfJob[j + 1]) {
                open.remove(pick);
            }
        }
        return sequence;
    }

    /** The arcs of the graph with machine orders {@code sequence}: {@code {from, to}} pairs. */
    static List<int[]> arcs(OperationIndex index, int[] sequence) {
        List<int[]> arcs = new ArrayList<>();
        for (int op = 0; op < index.operationCount; op++) {
            if (index.jobSuccessor[op] != index.none()) {
                arcs.add(new int[] {op, index.jobSuccessor[op]});
            }
        }
        for (int m = 0; m < index.machineCount; m++) {
            for (int p = index.machineStart[m]; p + 1 < index.machineStart[m + 1]; p++) {
                arcs.add(new int[] {sequence[p], sequence[p + 1]});
            }
        }
        return arcs;
    }

    /**
     * Longest-path lengths in acyclic {@code arcs} by repeated relaxation (Bellman–Ford): heads when
     * {@code forward}, tails (excluding the operation's own duration) otherwise.
     */
    static int[] longestPaths(OperationIndex index, List<int[]> arcs, boolean forward) {
        int[] length = new int[index.operationCount];
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int[] arc : arcs) {
                int from = forward ? arc[0] : arc[1];
                int to = forward ? arc[1] : arc[0];
                if (length[from] + index.duration[from] > length[to]) {
                    length[to] = length[from] + index.duration[from];
                    changed = true;
                }
            }
        }
        return length;
    }

    /** Returns true when {@code arcs} contain a directed cycle (depth-first search). */
    static boolean hasCycle(int operationCount, List<int[]> arcs) {
        List<List<Integer>> successors = new ArrayList<>();
        for (int op = 0; op < operationCount; op++) {
            successors.add(new ArrayList<>());
        }
        for (int[] arc : arcs) {
            successors.get(arc[0]).add(arc[1]);
        }
        int[] state = new int[operationCount];
        for (int op = 0; op < operationCount; op++) {
            if (state[op] == 0 && reachesGrey(op, successors, state)) {
                return true;
            }
        }
        return false;
    }

    private static boolean reachesGrey(int op, List<List<Integer>> successors, int[] state) {
        state[op] = 1;
        for (int next : successors.get(op)) {
            if (state[next] == 1 || (state[next] == 0 && reachesGrey(next, successors, state))) {
                return true;
            }
        }
        state[op] = 2;
        return false;
    }

    private static int[] permutation(SplittableRandom random, int size) {
        int[] values = new int[size];
        for (int i = 0; i < size; i++) {
            values[i] = i;
        }
        for (int i = size - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = values[i];
            values[i] = values[j];
            values[j] = swap;
        }
        return values;
    }

    private static int[] randomMachines(SplittableRandom random, int length, int machines) {
        int[] values = new int[length];
        for (int k = 0; k < length; k++) {
            values[k] = random.nextInt(machines);
        }
        return values;
    }
}
