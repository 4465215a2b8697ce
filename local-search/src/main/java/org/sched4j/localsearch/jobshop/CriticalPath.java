package org.sched4j.localsearch.jobshop;

/**
 * One critical (longest) path of a {@link DisjunctiveGraph} and its critical blocks: the maximal runs of at least
 * two consecutive path operations joined by machine arcs (Nowicki &amp; Smutnicki 1996; Balas &amp; Vazacopoulos
 * 1998). Every improving move of the neighbourhoods N5–N7 changes the order inside a block.
 *
 * <p>The path is traced backwards from the last operation of the first job that ends at the makespan, stepping to the
 * machine predecessor when it is tight and otherwise to the job predecessor, which favours long blocks. The arrays are
 * reused: {@link #find} allocates nothing.
 */
final class CriticalPath {

    /** The path, first operation first; {@link #length} entries are valid. */
    final int[] path;
    int length;
    /** Block {@code b} occupies {@code sequence[blockFirst[b] .. blockLast[b]]} of the graph (flat positions). */
    final int[] blockFirst;
    final int[] blockLast;
    int blockCount;

    CriticalPath(int operationCount) {
        path = new int[operationCount];
        blockFirst = new int[operationCount];
        blockLast = new int[operationCount];
    }

    /** Traces a critical path of {@code graph} (heads and tails up to date) and splits it into blocks. */
    void find(DisjunctiveGraph graph) {
        trace(graph);
        splitIntoBlocks(graph);
    }

    private void trace(DisjunctiveGraph graph) {
        OperationIndex index = graph.index;
        int[] head = graph.head;
        int[] duration = index.duration;
        int none = index.none();
        int job = 0;
        while (head[index.firstOfJob[job + 1] - 1] + duration[index.firstOfJob[job + 1] - 1] != graph.makespan()) {
            job++;
        }
        int current = index.firstOfJob[job + 1] - 1;
        length = 0;
        while (current != none) {
            path[length++] = current;
            int machinePredecessor = graph.machinePredecessor[current];
            int jobPredecessor = index.jobPredecessor[current];
            if (machinePredecessor != none
                    && head[machinePredecessor] + duration[machinePredecessor] == head[current]) {
                current = machinePredecessor;
            } else if (jobPredecessor != none && head[jobPredecessor] + duration[jobPredecessor] == head[current]) {
                current = jobPredecessor;
            } else {
                current = none;
            }
        }
        for (int i = 0, j = length - 1; i < j; i++, j--) {
            int swap = path[i];
            path[i] = path[j];
            path[j] = swap;
        }
    }

    private void splitIntoBlocks(DisjunctiveGraph graph) {
        blockCount = 0;
        int start = 0;
        for (int i = 1; i <= length; i++) {
            boolean joined = i < length && graph.machineSuccessor[path[i - 1]] == path[i];
            if (!joined) {
                if (i - start >= 2) {
                    blockFirst[blockCount] = graph.position[path[start]];
                    blockLast[blockCount] = graph.position[path[i - 1]];
                    blockCount++;
                }
                start = i;
            }
        }
    }
}
