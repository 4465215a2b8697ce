package org.sched4j.instances.tardiness;

import java.util.Random;
import org.sched4j.tardiness.TardinessInstance;

/**
 * Random single-machine tardiness instances by the tardiness factor / relative range of due dates scheme of Potts &amp;
 * Van Wassenhove (1982), used for OR-Library's wt files and by Çetinkaya et al. 2025: processing times p ~ U[1, 100],
 * weights w ~ U[1, 10] (or all 1), due dates d ~ U[P(1 − TF − RDD/2), P(1 − TF + RDD/2)] with P = Σ p, negative due
 * dates raised to 0. The same arguments give the same instance.
 */
public final class TardinessGenerator {

    private static final int MAX_PROCESSING_TIME = 100;
    private static final int MAX_WEIGHT = 10;

    private TardinessGenerator() {
    }

    /**
     * Generates one instance.
     *
     * @param name            the instance's name
     * @param jobs            the number of jobs, at least 1
     * @param tardinessFactor TF, from 0 to 1: the larger, the more jobs are tardy
     * @param relativeRange   RDD, from 0 to 1: the spread of the due dates relative to P
     * @param weighted        whether to draw weights U[1, 10]; otherwise every weight is 1
     * @param seed            the random seed
     * @throws IllegalArgumentException naming the parameter out of range
     */
    public static TardinessInstance generate(String name, int jobs, double tardinessFactor, double relativeRange,
                                             boolean weighted, long seed) {
        if (jobs < 1 || jobs > 100_000) {
            throw new IllegalArgumentException("the number of jobs must be from 1 to 100000, got " + jobs);
        }
        requireFraction(tardinessFactor, "the tardiness factor TF");
        requireFraction(relativeRange, "the relative range of due dates RDD");
        Random random = new Random(seed);
        int[] processingTimes = new int[jobs];
        int[] weights = new int[jobs];
        int total = 0;
        for (int j = 0; j < jobs; j++) {
            processingTimes[j] = 1 + random.nextInt(MAX_PROCESSING_TIME);
            weights[j] = weighted ? 1 + random.nextInt(MAX_WEIGHT) : 1;
            total += processingTimes[j];
        }
        long low = Math.round(Math.floor(total * (1 - tardinessFactor - relativeRange / 2)));
        long high = Math.round(Math.ceil(total * (1 - tardinessFactor + relativeRange / 2)));
        int[] dueDates = new int[jobs];
        for (int j = 0; j < jobs; j++) {
            long drawn = low + (long) Math.floor(random.nextDouble() * (high - low + 1));
            dueDates[j] = (int) Math.max(0, drawn);
        }
        return TardinessInstance.of(name, processingTimes, dueDates, weights, new int[jobs]);
    }

    private static void requireFraction(double value, String what) {
        if (!(value >= 0 && value <= 1)) {
            throw new IllegalArgumentException(what + " must be from 0 to 1, got " + value);
        }
    }
}
