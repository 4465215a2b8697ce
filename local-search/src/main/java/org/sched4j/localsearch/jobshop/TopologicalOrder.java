package org.sched4j.localsearch.jobshop;

import java.util.Arrays;

/**
 * A topological order of a {@link DisjunctiveGraph}, kept up to date across moves with the dynamic algorithm of
 * Pearce &amp; Kelly (2006): every N7 move and every adjacent swap adds exactly one arc against the current order,
 * from the later operation {@code x} to the earlier {@code y}, and only the operations between them in the order
 * that are reachable from {@code y} or reach {@code x} are renumbered. Finding {@code x} from {@code y} reveals a
 * cycle. Only sorting an unusually large renumbered region may allocate (inside {@link Arrays#sort}).
 */
final class TopologicalOrder {

    private final OperationIndex index;
    /** The operations in topological order. */
    final int[] order;
    /** The place of each operation in {@link #order}. */
    final int[] rank;
    private final int[] pendingPredecessors;
    private final int[] stack;
    private final int[] visited;
    private final int[] forwardRanks;
    private final int[] backwardRanks;
    private final int[] forwardOperations;
    private final int[] backwardOperations;
    private final int[] pool;
    private int stamp;
    private int top;

    TopologicalOrder(OperationIndex index) {
        this.index = index;
        int n = index.operationCount;
        order = new int[n];
        rank = new int[n];
        pendingPredecessors = new int[n];
        stack = new int[n];
        visited = new int[n];
        forwardRanks = new int[n];
        backwardRanks = new int[n];
        forwardOperations = new int[n];
        backwardOperations = new int[n];
        pool = new int[n];
    }

    /**
     * Computes an order from scratch (Kahn's algorithm) in O(N).
     *
     * @return false when the graph has a cycle
     */
    boolean rebuild(int[] machinePredecessor, int[] machineSuccessor) {
        int n = index.operationCount;
        int none = index.none();
        int queued = 0;
        for (int op = 0; op < n; op++) {
            int pending = (index.jobPredecessor[op] != none ? 1 : 0) + (machinePredecessor[op] != none ? 1 : 0);
            pendingPredecessors[op] = pending;
            if (pending == 0) {
                order[queued++] = op;
            }
        }
        for (int read = 0; read < queued; read++) {
            int op = order[read];
            rank[op] = read;
            int js = index.jobSuccessor[op];
            if (js != none && --pendingPredecessors[js] == 0) {
                order[queued++] = js;
            }
            int ms = machineSuccessor[op];
            if (ms != none && --pendingPredecessors[ms] == 0) {
                order[queued++] = ms;
            }
        }
        return queued == n;
    }

    /**
     * Repairs the order after the arc {@code x → y} was added to an acyclic graph whose order it violates
     * ({@code rank[y] < rank[x]}); the arrays give the graph's machine arcs, the new arc included.
     *
     * @return false, leaving the order as it was, when the new arc closes a cycle
     */
    boolean addArc(int x, int y, int[] machinePredecessor, int[] machineSuccessor) {
        int lower = rank[y];
        int upper = rank[x];
        if (++stamp == 0) {
            Arrays.fill(visited, 0);
            stamp = 1;
        }
        int forwardCount = reachableFrom(y, upper, machineSuccessor, x);
        if (forwardCount < 0) {
            return false;
        }
        int backwardCount = reaching(x, lower, machinePredecessor);
        Arrays.sort(forwardRanks, 0, forwardCount);
        Arrays.sort(backwardRanks, 0, backwardCount);
        for (int i = 0; i < forwardCount; i++) {
            forwardOperations[i] = order[forwardRanks[i]];
        }
        for (int i = 0; i < backwardCount; i++) {
            backwardOperations[i] = order[backwardRanks[i]];
        }
        merge(forwardCount, backwardCount);
        for (int i = 0; i < backwardCount; i++) {
            place(backwardOperations[i], pool[i]);
        }
        for (int i = 0; i < forwardCount; i++) {
            place(forwardOperations[i], pool[backwardCount + i]);
        }
        return true;
    }

    /** Collects the ranks of the operations reachable from {@code y} with rank below {@code upper}; -1 on meeting x. */
    private int reachableFrom(int y, int upper, int[] machineSuccessor, int x) {
        int count = 0;
        top = 0;
        push(y);
        while (top > 0) {
            int op = stack[--top];
            forwardRanks[count++] = rank[op];
            int jobNext = index.jobSuccessor[op];
            int machineNext = machineSuccessor[op];
            if (jobNext == x || machineNext == x) {
                return -1;
            }
            pushIfRankWithin(jobNext, 0, upper);
            pushIfRankWithin(machineNext, 0, upper);
        }
        return count;
    }

    /** Collects the ranks of the operations that reach {@code x} with rank above {@code lower}. */
    private int reaching(int x, int lower, int[] machinePredecessor) {
        int count = 0;
        top = 0;
        push(x);
        while (top > 0) {
            int op = stack[--top];
            backwardRanks[count++] = rank[op];
            pushIfRankWithin(index.jobPredecessor[op], lower, Integer.MAX_VALUE);
            pushIfRankWithin(machinePredecessor[op], lower, Integer.MAX_VALUE);
        }
        return count;
    }

    private void pushIfRankWithin(int op, int lowest, int highest) {
        if (op != index.none() && visited[op] != stamp && rank[op] >= lowest && rank[op] <= highest) {
            push(op);
        }
    }

    private void push(int op) {
        visited[op] = stamp;
        stack[top++] = op;
    }

    private void merge(int forwardCount, int backwardCount) {
        int f = 0;
        int b = 0;
        int out = 0;
        while (f < forwardCount || b < backwardCount) {
            boolean takeForward = b == backwardCount || (f < forwardCount && forwardRanks[f] < backwardRanks[b]);
            pool[out++] = takeForward ? forwardRanks[f++] : backwardRanks[b++];
        }
    }

    private void place(int op, int newRank) {
        order[newRank] = op;
        rank[op] = newRank;
    }
}
