package org.sched4j.heuristics.rcpsp;

import java.util.Random;

/**
 * Regret-based biased random sampling (Drexl, "Scheduling of project networks by job assignment", Management Science
 * 37, 1991; Kolisch and Hartmann 1999): an eligible activity {@code i} is picked with probability proportional to
 * {@code (max_j v_j - v_i + 1)^alpha}, {@code v} the priority values of the eligible set, so that activities far ahead
 * of the worst eligible one are favoured without excluding any.
 */
final class RegretBasedChooser implements ActivityChooser {

    private final double[] values;
    private final Random random;
    private final double alpha;
    private double[] weights = new double[0];

    RegretBasedChooser(double[] values, Random random, double alpha) {
        this.values = values;
        this.random = random;
        this.alpha = alpha;
    }

    @Override
    public int choose(int[] eligible, int count) {
        if (weights.length < count) {
            weights = new double[eligible.length];
        }
        double worst = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < count; k++) {
            worst = Math.max(worst, values[eligible[k]]);
        }
        double total = 0;
        for (int k = 0; k < count; k++) {
            weights[k] = Math.pow(worst - values[eligible[k]] + 1, alpha);
            total += weights[k];
        }
        double draw = random.nextDouble() * total;
        for (int k = 0; k < count; k++) {
            draw -= weights[k];
            if (draw < 0) {
                return k;
            }
        }
        return count - 1;
    }
}
