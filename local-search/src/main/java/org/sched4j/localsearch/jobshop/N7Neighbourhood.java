package org.sched4j.localsearch.jobshop;

import java.util.SplittableRandom;

/**
 * The N7 neighbourhood of Zhang, Li, Guan &amp; Rao (2007) over the critical blocks of a {@link CriticalPath}, with
 * tabu-aware selection of the move to make.
 *
 * <p>For a block {@code b1..bk} the moves are: each of {@code b1..b(k-1)} to just after {@code bk}; {@code b1} to
 * just after each inner operation; each of {@code b2..bk} to just before {@code b1}; {@code bk} to just before each
 * inner operation (adjacent swaps are listed once). This contains the swaps of N5 (Nowicki &amp; Smutnicki 1996) and
 * the block-end insertions of Balas &amp; Vazacopoulos (1998). Following the argument of Nowicki &amp; Smutnicki, in a
 * block that starts the path (head 0) the moves that keep {@code bk} last cannot shorten it, nor in a block that ends
 * it (tail 0) those that keep {@code b1} first: they are skipped. Moves that might create a cycle are skipped by the
 * conditions of {@link InsertionEstimator}.
 *
 * <p>Selection: the move with the smallest estimated makespan among those that are not tabu or whose estimate beats
 * the aspiration level (the best makespan found); ties are broken at random. When every move is tabu and none
 * aspirates, the one whose prohibition ends first. Nothing allocates.
 */
final class N7Neighbourhood {

    private final InsertionEstimator estimator;
    private final SplittableRandom random;
    private long iteration;
    private int aspiration;
    private int bestAllowed;
    private int allowedTies;
    private long earliestRelease;
    private int releaseTies;
    private boolean found;
    private boolean foundAllowed;
    /** The chosen move: forward ({@code sequence[from]} after {@code sequence[to]}) or backward (before). */
    boolean chosenForward;
    int chosenFrom;
    int chosenTo;
    /** Moves evaluated since construction. */
    long evaluated;

    N7Neighbourhood(OperationIndex index, SplittableRandom random) {
        this.estimator = new InsertionEstimator(index);
        this.random = random;
    }

    /**
     * Chooses a move on {@code graph}'s critical blocks (as found in {@code critical}) into the {@code chosen}
     * fields.
     *
     * @param aspiration a tabu move is allowed when its estimate is below this makespan
     * @return false when the blocks offer no feasible move
     */
    boolean select(DisjunctiveGraph graph, CriticalPath critical, TabuMemory tabu, long currentIteration,
                   int aspirationMakespan) {
        iteration = currentIteration;
        aspiration = aspirationMakespan;
        found = false;
        foundAllowed = false;
        bestAllowed = Integer.MAX_VALUE;
        earliestRelease = Long.MAX_VALUE;
        for (int b = 0; b < critical.blockCount; b++) {
            scanBlock(graph, tabu, critical.blockFirst[b], critical.blockLast[b]);
        }
        return found;
    }

    private void scanBlock(DisjunctiveGraph graph, TabuMemory tabu, int first, int last) {
        boolean startsPath = graph.head[graph.sequence[first]] == 0;
        boolean endsPath = graph.tail[graph.sequence[last]] == 0;
        for (int i = first; i < last; i++) {
            if (i == first || !endsPath) {
                forward(graph, tabu, i, last);
            }
        }
        if (!startsPath) {
            for (int j = first + 1; j < last; j++) {
                forward(graph, tabu, first, j);
            }
            for (int j = first + 2; j < last; j++) {
                backward(graph, tabu, j, first);
            }
        }
        if (last - first >= 2) {
            backward(graph, tabu, last, first);
        }
        if (!endsPath) {
            for (int i = first + 1; i < last - 1; i++) {
                backward(graph, tabu, last, i);
            }
        }
    }

    private void forward(DisjunctiveGraph graph, TabuMemory tabu, int from, int to) {
        int[] sequence = graph.sequence;
        int u = sequence[from];
        if (!InsertionEstimator.forwardIsFeasible(graph, u, sequence[to])) {
            return;
        }
        long release = 0;
        for (int p = from + 1; p <= to; p++) {
            release = Math.max(release, tabu.expiry(sequence[p], u));
        }
        consider(true, from, to, estimator.forward(graph, from, to), release);
    }

    private void backward(DisjunctiveGraph graph, TabuMemory tabu, int from, int to) {
        int[] sequence = graph.sequence;
        int v = sequence[from];
        if (!InsertionEstimator.backwardIsFeasible(graph, v, sequence[to])) {
            return;
        }
        long release = 0;
        for (int p = to; p < from; p++) {
            release = Math.max(release, tabu.expiry(v, sequence[p]));
        }
        consider(false, from, to, estimator.backward(graph, from, to), release);
    }

    private void consider(boolean forward, int from, int to, int estimate, long release) {
        evaluated++;
        if (release <= iteration || estimate < aspiration) {
            if (!foundAllowed || estimate < bestAllowed) {
                bestAllowed = estimate;
                allowedTies = 1;
                foundAllowed = true;
                choose(forward, from, to);
            } else if (estimate == bestAllowed && random.nextInt(++allowedTies) == 0) {
                choose(forward, from, to);
            }
        } else if (!foundAllowed) {
            if (release < earliestRelease) {
                earliestRelease = release;
                releaseTies = 1;
                choose(forward, from, to);
            } else if (release == earliestRelease && random.nextInt(++releaseTies) == 0) {
                choose(forward, from, to);
            }
        }
    }

    private void choose(boolean forward, int from, int to) {
        found = true;
        chosenForward = forward;
        chosenFrom = from;
        chosenTo = to;
    }
}
