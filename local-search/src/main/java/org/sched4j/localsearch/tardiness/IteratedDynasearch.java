package org.sched4j.localsearch.tardiness;

import java.util.Random;
import java.util.function.BooleanSupplier;
import org.sched4j.tardiness.TardinessEvaluator;
import org.sched4j.tardiness.TardinessInstance;

/**
 * Iterated dynasearch (Congram, Potts &amp; van de Velde 2002): descend with {@link Dynasearch} to a local optimum,
 * then kick it with a few random pairwise interchanges of nearby jobs and descend again; the new local optimum
 * replaces the current one when it is no worse, and the search restarts from the best after a run of kicks without
 * improvement. Runs until the stop condition holds or the cost reaches 0. Not thread-safe.
 */
public final class IteratedDynasearch {

    /** Told about every improving sequence. */
    @FunctionalInterface
    public interface Improvement {
        /** @param order the new best sequence (a copy the receiver may keep) */
        void improved(int[] order, long cost);
    }

    private static final int RESTART_AFTER = 200;

    private final Dynasearch dynasearch;
    private final Random random;
    private int[] best;
    private long bestCost;
    private long kicks;

    /**
     * @param start the starting sequence (copied), the best until {@link #run} improves it
     * @param seed  the random seed of the kicks
     */
    public IteratedDynasearch(TardinessInstance instance, int[] start, long seed) {
        this.dynasearch = new Dynasearch(instance);
        this.random = new Random(seed);
        this.best = start.clone();
        this.bestCost = TardinessEvaluator.totalWeightedTardiness(instance, best);
    }

    /**
     * Descends from the start, then searches until {@code stop} says so (polled within every dynasearch step, so it
     * is obeyed within milliseconds); reports improvements (the first descent's result included).
     */
    public void run(BooleanSupplier stop, Improvement improvement) {
        bestCost = dynasearch.descend(best, stop);
        improvement.improved(best.clone(), bestCost);
        int[] current = best.clone();
        long currentCost = bestCost;
        int sinceImprovement = 0;
        while (bestCost > 0 && !stop.getAsBoolean()) {
            int[] candidate = current.clone();
            kick(candidate);
            long cost = dynasearch.descend(candidate, stop);
            kicks++;
            if (cost < bestCost) {
                best = candidate.clone();
                bestCost = cost;
                sinceImprovement = 0;
                improvement.improved(best.clone(), bestCost);
            } else if (++sinceImprovement >= RESTART_AFTER) {
                candidate = best.clone();
                cost = bestCost;
                sinceImprovement = 0;
            }
            if (cost <= currentCost || sinceImprovement == 0) {
                current = candidate;
                currentCost = cost;
            }
        }
    }

    /** The best sequence found, a copy. */
    public int[] best() {
        return best.clone();
    }

    /** Its total weighted tardiness. */
    public long bestCost() {
        return bestCost;
    }

    /** The number of kicks so far. */
    public long kicks() {
        return kicks;
    }

    private void kick(int[] order) {
        int n = order.length;
        if (n < 2) {
            return;
        }
        int swaps = 2 + random.nextInt(Math.max(1, Math.min(6, n / 10)));
        int reach = Math.max(2, Math.min(n - 1, n / 4));
        for (int s = 0; s < swaps; s++) {
            int a = random.nextInt(n);
            int b = Math.floorMod(a + 1 + random.nextInt(reach), n);
            Moves.swap(order, a, b);
        }
    }
}
