package org.sched4j.localsearch.tardiness;

import java.util.function.BooleanSupplier;
import org.sched4j.tardiness.TardinessEvaluator;
import org.sched4j.tardiness.TardinessInstance;

/**
 * Dynasearch for 1||Σw_jT_j (Congram, Potts &amp; van de Velde 2002, "An iterated dynasearch algorithm for the
 * single-machine total weighted tardiness scheduling problem", INFORMS J. Computing 14): one step applies the best
 * combination of independent moves, found by dynamic programming over the positions. A move acts on a block of
 * positions i..j: swap the jobs at i and j, move the job at i to j (forward insertion), or move the job at j to i
 * (backward insertion); moves are independent when their blocks do not overlap, so the completion times outside the
 * blocks stay as they were. F(j) = min(F(j−1) + cost of position j unchanged, min over i &lt; j and move types of
 * F(i−1) + cost of the block i..j after the move). O(n³) per step.
 *
 * <p>For instances with release dates the block costs are not independent; {@link #descend} then applies the single
 * best move of a step, with full evaluation. Not thread-safe: one instance per search thread.
 */
final class Dynasearch {

    private static final int KEEP = 0;
    private static final int SWAP = 1;
    private static final int FORWARD = 2;
    private static final int BACKWARD = 3;

    private final int[] p;
    private final int[] d;
    private final int[] w;
    private final TardinessInstance instance;
    private final boolean released;

    Dynasearch(TardinessInstance instance) {
        this.instance = instance;
        this.p = instance.processingTimes();
        this.d = instance.dueDates();
        this.w = instance.weights();
        this.released = instance.hasReleaseDates();
    }

    /**
     * Applies dynasearch steps to {@code order} (in place) until none improves or {@code stop} holds (polled once per
     * position of a step, so that a step of O(n³) on a large instance does not outlast a deadline); returns the final
     * cost.
     */
    long descend(int[] order, BooleanSupplier stop) {
        long cost = TardinessEvaluator.totalWeightedTardiness(instance, order);
        while (true) {
            long next = released ? bestSingleMove(order, cost, stop) : step(order, stop);
            if (next >= cost) {
                return cost;
            }
            cost = next;
        }
    }

    /**
     * One dynasearch step on {@code order} (in place); returns the new cost, or {@link Long#MAX_VALUE} with
     * {@code order} unchanged when {@code stop} holds before the step is complete.
     */
    private long step(int[] order, BooleanSupplier stop) {
        int n = order.length;
        long[] completion = new long[n + 1];
        for (int k = 1; k <= n; k++) {
            completion[k] = completion[k - 1] + p[order[k - 1]];
        }
        long[] best = new long[n + 1];
        int[] moveType = new int[n + 1];
        int[] moveStart = new int[n + 1];
        for (int j = 1; j <= n; j++) {
            if (stop.getAsBoolean()) {
                return Long.MAX_VALUE;
            }
            best[j] = best[j - 1] + cost(order[j - 1], completion[j]);
            moveType[j] = KEEP;
            long backwardShifted = 0;
            for (int i = j - 1; i >= 1; i--) {
                int first = order[i - 1];
                int last = order[j - 1];
                long before = best[i - 1];
                long middleSwap = 0;
                long delta = p[last] - p[first];
                for (int k = i + 1; k < j; k++) {
                    middleSwap += cost(order[k - 1], completion[k] + delta);
                }
                long swap = before + cost(last, completion[i - 1] + p[last]) + middleSwap + cost(first, completion[j]);
                long forward = before + shiftedCost(order, i + 1, j, completion, -p[first]) + cost(first, completion[j]);
                backwardShifted += cost(order[i - 1], completion[i] + p[last]);
                long backward = before + cost(last, completion[i - 1] + p[last]) + backwardShifted;
                if (swap < best[j]) {
                    best[j] = swap;
                    moveType[j] = SWAP;
                    moveStart[j] = i;
                }
                if (forward < best[j]) {
                    best[j] = forward;
                    moveType[j] = FORWARD;
                    moveStart[j] = i;
                }
                if (backward < best[j]) {
                    best[j] = backward;
                    moveType[j] = BACKWARD;
                    moveStart[j] = i;
                }
            }
        }
        apply(order, moveType, moveStart);
        return best[n];
    }

    private long shiftedCost(int[] order, int from, int to, long[] completion, long shift) {
        long total = 0;
        for (int k = from; k <= to; k++) {
            total += cost(order[k - 1], completion[k] + shift);
        }
        return total;
    }

    private void apply(int[] order, int[] moveType, int[] moveStart) {
        int j = order.length;
        while (j >= 1) {
            int i = moveStart[j];
            switch (moveType[j]) {
                case SWAP -> {
                    int swapped = order[i - 1];
                    order[i - 1] = order[j - 1];
                    order[j - 1] = swapped;
                }
                case FORWARD -> {
                    int moved = order[i - 1];
                    System.arraycopy(order, i, order, i - 1, j - i);
                    order[j - 1] = moved;
                }
                case BACKWARD -> {
                    int moved = order[j - 1];
                    System.arraycopy(order, i - 1, order, i, j - i);
                    order[i - 1] = moved;
                }
                default -> i = j;
            }
            j = i - 1;
        }
    }

    /**
     * With release dates: the best single swap or insertion by full evaluation, applied when it improves; when
     * {@code stop} holds, the best of the moves evaluated so far.
     */
    private long bestSingleMove(int[] order, long cost, BooleanSupplier stop) {
        int n = order.length;
        long best = cost;
        int[] bestOrder = null;
        int[] candidate = new int[n];
        for (int i = 0; i < n && !stop.getAsBoolean(); i++) {
            for (int j = 0; j < n; j++) {
                if (i == j) {
                    continue;
                }
                for (int type = SWAP; type <= FORWARD; type++) {
                    System.arraycopy(order, 0, candidate, 0, n);
                    if (type == SWAP) {
                        candidate[i] = order[j];
                        candidate[j] = order[i];
                    } else {
                        Moves.insert(candidate, i, j);
                    }
                    long value = TardinessEvaluator.totalWeightedTardiness(instance, candidate);
                    if (value < best) {
                        best = value;
                        bestOrder = candidate.clone();
                    }
                }
            }
        }
        if (bestOrder != null) {
            System.arraycopy(bestOrder, 0, order, 0, n);
        }
        return best;
    }

    private long cost(int job, long completion) {
        return (long) w[job] * Math.max(0, completion - d[job]);
    }
}
