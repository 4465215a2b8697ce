package org.sched4j.localsearch.jobshop;

/**
 * Estimates the makespan after moving one operation within its machine's order, and tells whether the move keeps
 * the graph acyclic, from the current heads and tails in O(k) for a move across k operations.
 *
 * <p><b>Estimate.</b> For a forward move of {@code u} just after {@code v} (the operations {@code l1..lk} between
 * them, {@code v = lk}, move one place forward), the heads of {@code l1..lk, u} are recomputed in their new order
 * from the unchanged heads of their job predecessors and of {@code u}'s old machine predecessor, the tails in reverse
 * order from the tails of their job successors and of {@code v}'s old machine successor; the estimate is the longest
 * {@code r'(x) + p(x) + q'(x)} over the moved operations (Balas &amp; Vazacopoulos 1998, as used for N7 by Zhang,
 * Li, Guan &amp; Rao 2007). A backward move of {@code v} just before {@code u} is the mirror image. For a swap of
 * two adjacent operations ({@code k = 1}) this is Taillard's (1994) estimate, which is exact for the longest path
 * through the two operations: it is then a lower bound on the new makespan, and equals it whenever it is at least
 * the old makespan (the paths avoiding both operations are unchanged). For longer moves it is a heuristic estimate.
 *
 * <p><b>Feasibility.</b> Moving {@code u} after {@code v} creates no cycle when no path leads from {@code u}'s job
 * successor {@code JS(u)} to {@code v}, guaranteed when {@code q(v) + p(v) >= q(JS(u)) + p(JS(u))}; moving {@code v}
 * before {@code u} when {@code r(u) + p(u) >= r(JP(v)) + p(JP(v))} (Balas &amp; Vazacopoulos 1998). With a
 * zero-length {@code JS(u)} or {@code JP(v)} the inequality must be strict, since a path of zero-length operations
 * does not lengthen it.
 */
final class InsertionEstimator {

    private final int[] newHead;

    InsertionEstimator(OperationIndex index) {
        newHead = new int[index.longestMachine() + 1];
    }

    /** Whether moving {@code u} just after {@code v} (later on the same machine) is sure to keep the graph acyclic. */
    static boolean forwardIsFeasible(DisjunctiveGraph graph, int u, int v) {
        OperationIndex index = graph.index;
        int successor = index.jobSuccessor[u];
        if (successor == index.none()) {
            return true;
        }
        if (successor == v) {
            return false;
        }
        int[] duration = index.duration;
        int fromV = graph.tail[v] + duration[v];
        int fromSuccessor = graph.tail[successor] + duration[successor];
        return fromV > fromSuccessor || (fromV == fromSuccessor && duration[successor] > 0);
    }

    /** Whether moving {@code v} just before {@code u} (earlier on the same machine) is sure to keep it acyclic. */
    static boolean backwardIsFeasible(DisjunctiveGraph graph, int v, int u) {
        OperationIndex index = graph.index;
        int predecessor = index.jobPredecessor[v];
        if (predecessor == index.none()) {
            return true;
        }
        if (predecessor == u) {
            return false;
        }
        int[] duration = index.duration;
        int toU = graph.head[u] + duration[u];
        int toPredecessor = graph.head[predecessor] + duration[predecessor];
        return toU > toPredecessor || (toU == toPredecessor && duration[predecessor] > 0);
    }

    /**
     * The estimated makespan after moving {@code sequence[from]} just after {@code sequence[to]}, {@code from < to}
     * on one machine (flat positions).
     */
    int forward(DisjunctiveGraph graph, int from, int to) {
        OperationIndex index = graph.index;
        int[] sequence = graph.sequence;
        int[] head = graph.head;
        int[] tail = graph.tail;
        int[] duration = index.duration;
        int[] jobPredecessor = index.jobPredecessor;
        int[] jobSuccessor = index.jobSuccessor;
        int u = sequence[from];
        int before = graph.machinePredecessor[u];
        int time = head[before] + duration[before];
        for (int p = from + 1; p <= to; p++) {
            int x = sequence[p];
            int jp = jobPredecessor[x];
            int r = Math.max(head[jp] + duration[jp], time);
            newHead[p - from] = r;
            time = r + duration[x];
        }
        int jpU = jobPredecessor[u];
        int headU = Math.max(head[jpU] + duration[jpU], time);
        int after = graph.machineSuccessor[sequence[to]];
        int jsU = jobSuccessor[u];
        int tailU = Math.max(tail[jsU] + duration[jsU], tail[after] + duration[after]);
        int estimate = headU + duration[u] + tailU;
        time = tailU + duration[u];
        for (int p = to; p > from; p--) {
            int x = sequence[p];
            int js = jobSuccessor[x];
            int q = Math.max(tail[js] + duration[js], time);
            estimate = Math.max(estimate, newHead[p - from] + duration[x] + q);
            time = q + duration[x];
        }
        return estimate;
    }

    /**
     * The estimated makespan after moving {@code sequence[from]} just before {@code sequence[to]}, {@code to < from}
     * on one machine (flat positions).
     */
    int backward(DisjunctiveGraph graph, int from, int to) {
        OperationIndex index = graph.index;
        int[] sequence = graph.sequence;
        int[] head = graph.head;
        int[] tail = graph.tail;
        int[] duration = index.duration;
        int[] jobPredecessor = index.jobPredecessor;
        int[] jobSuccessor = index.jobSuccessor;
        int v = sequence[from];
        int before = graph.machinePredecessor[sequence[to]];
        int jpV = jobPredecessor[v];
        int headV = Math.max(head[jpV] + duration[jpV], head[before] + duration[before]);
        int time = headV + duration[v];
        for (int p = to; p < from; p++) {
            int x = sequence[p];
            int jp = jobPredecessor[x];
            int r = Math.max(head[jp] + duration[jp], time);
            newHead[p - to] = r;
            time = r + duration[x];
        }
        int after = graph.machineSuccessor[v];
        time = tail[after] + duration[after];
        int estimate = 0;
        for (int p = from - 1; p >= to; p--) {
            int x = sequence[p];
            int js = jobSuccessor[x];
            int q = Math.max(tail[js] + duration[js], time);
            estimate = Math.max(estimate, newHead[p - to] + duration[x] + q);
            time = q + duration[x];
        }
        int jsV = jobSuccessor[v];
        int tailV = Math.max(tail[jsV] + duration[jsV], time);
        return Math.max(estimate, headV + duration[v] + tailV);
    }
}
