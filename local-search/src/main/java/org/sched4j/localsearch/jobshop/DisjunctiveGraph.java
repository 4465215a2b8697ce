package org.sched4j.localsearch.jobshop;

/**
 * A job-shop solution as a disjunctive graph (Roy &amp; Sussmann 1964): the processing order on each machine, with the
 * machine predecessor and successor of every operation, and the longest-path data of the graph: the head
 * {@code r(x)} (the earliest start of {@code x}), the tail {@code q(x)} (the longest path from the end of {@code x}
 * to the end of the schedule, excluding {@code x}'s duration) and the makespan {@code max r(x) + p(x) + q(x)}.
 *
 * <p>The machine orders are one flat array, {@link #sequence}: machine {@code m} owns the slice
 * {@code [machineStart[m], machineStart[m+1])} of {@link OperationIndex}. {@link #load} computes everything from
 * scratch in O(N). A move keeps a topological order up to date ({@link TopologicalOrder}) and then recomputes only
 * the heads from the first operation in that order whose machine predecessor changed onwards, and the tails from
 * the last one whose machine successor changed backwards: half the graph on average, in two tight loops. (Following
 * only the heads that actually change costs more in branching than it saves.) The makespan is the latest end of a
 * job's last operation. Moves allocate nothing (see {@link TopologicalOrder} for the one exception). Not
 * thread-safe: each search thread owns its graph.
 */
final class DisjunctiveGraph {

    final OperationIndex index;
    /** The machine orders, flat; see the class comment. */
    final int[] sequence;
    /** The place of each operation in {@link #sequence}. */
    final int[] position;
    /** Machine predecessor and successor of each operation ({@link OperationIndex#none} at either end); N + 1. */
    final int[] machinePredecessor;
    final int[] machineSuccessor;
    /** Heads and tails (see the class comment); N + 1 entries, the sentinel's 0. */
    final int[] head;
    final int[] tail;
    private final TopologicalOrder topological;
    private int makespan;

    /** A graph whose machine orders are given by {@code machineSequence} (see {@link #load}). */
    DisjunctiveGraph(OperationIndex index, int[] machineSequence) {
        this.index = index;
        int n = index.operationCount;
        sequence = new int[n];
        position = new int[n];
        machinePredecessor = new int[n + 1];
        machineSuccessor = new int[n + 1];
        head = new int[n + 1];
        tail = new int[n + 1];
        topological = new TopologicalOrder(index);
        load(machineSequence);
    }

    /**
     * Replaces the machine orders by {@code machineSequence} (a flat sequence laid out as {@link #sequence}) and
     * recomputes heads and tails.
     *
     * @throws IllegalArgumentException when the orders contain a cycle with the job orders
     */
    void load(int[] machineSequence) {
        System.arraycopy(machineSequence, 0, sequence, 0, sequence.length);
        for (int m = 0; m < index.machineCount; m++) {
            linkMachine(index.machineStart[m], index.machineStart[m + 1] - 1);
        }
        if (!recompute()) {
            throw new IllegalArgumentException("the machine orders contain a cycle");
        }
    }

    /** The makespan: the length of a longest path. */
    int makespan() {
        return makespan;
    }

    /** Copies the machine orders into {@code target} (length N). */
    void copySequenceInto(int[] target) {
        System.arraycopy(sequence, 0, target, 0, sequence.length);
    }

    /** A copy of the machine orders. */
    int[] copySequence() {
        return sequence.clone();
    }

    /**
     * Moves {@code u} to just after {@code v}, both on one machine with {@code u} before {@code v} (the operations in
     * between move one place forward), and updates heads, tails and makespan.
     *
     * @return false, leaving the graph as it was, when the move would create a cycle
     */
    boolean moveAfter(int u, int v) {
        int from = position[u];
        int to = position[v];
        shiftForward(from, to);
        if (!topological.addArc(v, u, machinePredecessor, machineSuccessor)) {
            shiftBackward(to, from);
            return false;
        }
        updateAfterReordering(from, to);
        return true;
    }

    /**
     * Moves {@code v} to just before {@code u}, both on one machine with {@code u} before {@code v} (the operations
     * in between move one place back), and updates heads, tails and makespan.
     *
     * @return false, leaving the graph as it was, when the move would create a cycle
     */
    boolean moveBefore(int v, int u) {
        int to = position[u];
        int from = position[v];
        shiftBackward(from, to);
        if (!topological.addArc(v, u, machinePredecessor, machineSuccessor)) {
            shiftForward(to, from);
            return false;
        }
        updateAfterReordering(to, from);
        return true;
    }

    /**
     * Recomputes the topological order, heads, tails and makespan from scratch in O(N).
     *
     * @return false, leaving heads and tails undefined, when the graph has a cycle
     */
    boolean recompute() {
        if (!topological.rebuild(machinePredecessor, machineSuccessor)) {
            return false;
        }
        int[] order = topological.order;
        for (int i = 0; i < order.length; i++) {
            updateHead(order[i]);
        }
        for (int i = order.length - 1; i >= 0; i--) {
            updateTail(order[i]);
        }
        makespan = longestJobEnd();
        return true;
    }

    /** Moves {@code sequence[from]} to place {@code to > from}, shifting the ones between back by one. */
    private void shiftForward(int from, int to) {
        int moved = sequence[from];
        for (int p = from; p < to; p++) {
            place(sequence[p + 1], p);
        }
        place(moved, to);
        linkRange(from, to);
    }

    /** Moves {@code sequence[from]} to place {@code to < from}, shifting the ones between on by one. */
    private void shiftBackward(int from, int to) {
        int moved = sequence[from];
        for (int p = from; p > to; p--) {
            place(sequence[p - 1], p);
        }
        place(moved, to);
        linkRange(to, from);
    }

    /** Updates heads, tails and makespan after the machine order changed in {@code sequence[first..last]}. */
    private void updateAfterReordering(int first, int last) {
        int m = index.machine[sequence[first]];
        propagateHeads(first, Math.min(last + 1, index.machineStart[m + 1] - 1));
        propagateTails(Math.max(first - 1, index.machineStart[m]), last);
        makespan = longestJobEnd();
    }

    /** Recomputes the heads of {@code sequence[first..last]} and of every operation after them in the order. */
    private void propagateHeads(int first, int last) {
        int lowest = Integer.MAX_VALUE;
        for (int p = first; p <= last; p++) {
            lowest = Math.min(lowest, topological.rank[sequence[p]]);
        }
        int[] order = topological.order;
        for (int r = lowest; r < order.length; r++) {
            updateHead(order[r]);
        }
    }

    /** Recomputes the tails of {@code sequence[first..last]} and of every operation before them in the order. */
    private void propagateTails(int first, int last) {
        int highest = Integer.MIN_VALUE;
        for (int p = first; p <= last; p++) {
            highest = Math.max(highest, topological.rank[sequence[p]]);
        }
        int[] order = topological.order;
        for (int r = highest; r >= 0; r--) {
            updateTail(order[r]);
        }
    }

    /** Recomputes the head of {@code op} from its predecessors. */
    private void updateHead(int op) {
        int[] duration = index.duration;
        int jp = index.jobPredecessor[op];
        int mp = machinePredecessor[op];
        head[op] = Math.max(head[jp] + duration[jp], head[mp] + duration[mp]);
    }

    /** Recomputes the tail of {@code op} from its successors. */
    private void updateTail(int op) {
        int[] duration = index.duration;
        int js = index.jobSuccessor[op];
        int ms = machineSuccessor[op];
        tail[op] = Math.max(tail[js] + duration[js], tail[ms] + duration[ms]);
    }

    private int longestJobEnd() {
        int longest = 0;
        for (int j = 0; j < index.instance.jobCount(); j++) {
            int last = index.firstOfJob[j + 1] - 1;
            longest = Math.max(longest, head[last] + index.duration[last]);
        }
        return longest;
    }

    private void place(int op, int p) {
        sequence[p] = op;
        position[op] = p;
    }

    private void linkRange(int from, int to) {
        int m = index.machine[sequence[from]];
        int first = Math.max(from - 1, index.machineStart[m]);
        int last = Math.min(to + 1, index.machineStart[m + 1] - 1);
        linkMachine(first, last);
    }

    /** Sets positions and machine neighbours of {@code sequence[first..last]}, a slice of one machine. */
    private void linkMachine(int first, int last) {
        if (first > last) {
            return;
        }
        int none = index.none();
        int m = index.machine[sequence[first]];
        int machineFirst = index.machineStart[m];
        int machineLast = index.machineStart[m + 1] - 1;
        for (int p = first; p <= last; p++) {
            int op = sequence[p];
            position[op] = p;
            machinePredecessor[op] = p == machineFirst ? none : sequence[p - 1];
            machineSuccessor[op] = p == machineLast ? none : sequence[p + 1];
        }
    }
}
