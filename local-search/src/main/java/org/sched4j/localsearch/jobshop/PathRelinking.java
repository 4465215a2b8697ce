package org.sched4j.localsearch.jobshop;

import java.util.SplittableRandom;

/**
 * Path relinking between two solutions (Glover 1997; for the job shop Nowicki &amp; Smutnicki 2005, i-TSAB, and
 * Peng, Lü &amp; Cheng 2015, TS/PR): starting from an initiating solution, swap adjacent operations whose order
 * differs from a guiding solution, chosen at random, until a given share of the distance is covered. The distance is
 * the number of pairs of operations that the two solutions order differently on their machines; each swap reduces it
 * by one. A swap that would create a cycle is undone and another tried; when none is left, relinking stops early.
 * The search then restarts from the intermediate solution, which shares much with both ends.
 */
final class PathRelinking {

    private final OperationIndex index;
    private final int[] guidingPosition;
    private final int[] candidates;

    PathRelinking(OperationIndex index) {
        this.index = index;
        guidingPosition = new int[index.operationCount];
        candidates = new int[index.operationCount];
    }

    /**
     * Moves {@code graph} towards {@code guiding} (machine orders laid out as {@link DisjunctiveGraph#sequence}) by
     * {@code share} of their distance, at most {@code maxSwaps} swaps.
     *
     * @return the number of swaps made
     */
    int relink(DisjunctiveGraph graph, int[] guiding, double share, int maxSwaps, SplittableRandom random) {
        for (int p = 0; p < guiding.length; p++) {
            guidingPosition[guiding[p]] = p;
        }
        long target = Math.min(maxSwaps, Math.round(distance(graph) * share));
        int swaps = 0;
        while (swaps < target && swapOne(graph, random)) {
            swaps++;
        }
        return swaps;
    }

    /** The number of same-machine pairs that {@code graph} orders unlike the guiding solution of the last call. */
    long distance(DisjunctiveGraph graph) {
        long distance = 0;
        int[] sequence = graph.sequence;
        for (int m = 0; m < index.machineCount; m++) {
            int end = index.machineStart[m + 1];
            for (int a = index.machineStart[m]; a < end; a++) {
                for (int b = a + 1; b < end; b++) {
                    if (guidingPosition[sequence[a]] > guidingPosition[sequence[b]]) {
                        distance++;
                    }
                }
            }
        }
        return distance;
    }

    private boolean swapOne(DisjunctiveGraph graph, SplittableRandom random) {
        int count = 0;
        int[] sequence = graph.sequence;
        for (int m = 0; m < index.machineCount; m++) {
            int end = index.machineStart[m + 1] - 1;
            for (int p = index.machineStart[m]; p < end; p++) {
                if (guidingPosition[sequence[p]] > guidingPosition[sequence[p + 1]]) {
                    candidates[count++] = p;
                }
            }
        }
        while (count > 0) {
            int pick = random.nextInt(count);
            int u = sequence[candidates[pick]];
            if (graph.moveAfter(u, graph.machineSuccessor[u])) {
                return true;
            }
            candidates[pick] = candidates[--count];
        }
        return false;
    }
}
