package org.sched4j.instances.taillard;

/**
 * Taillard's random stream: the Lehmer / Park–Miller minimal standard generator (multiplier 16807, modulus
 * 2<sup>31</sup>−1) computed with Schrage's method, as given in E. Taillard, "Benchmarks for basic scheduling
 * problems", EJOR 64 (1993) 278–285. The state is the seed; each draw updates it.
 */
final class TaillardRandom {

    private static final long MODULUS = 2147483647L;
    private static final long MULTIPLIER = 16807L;
    private static final long QUOTIENT = 127773L;
    private static final long REMAINDER = 2836L;

    private long seed;

    TaillardRandom(long seed) {
        this.seed = seed;
    }

    /** The next number from {@code low} to {@code high}, both included, and the seed moved on. */
    int next(int low, int high) {
        long k = seed / QUOTIENT;
        seed = MULTIPLIER * (seed % QUOTIENT) - k * REMAINDER;
        if (seed < 0) {
            seed += MODULUS;
        }
        double fraction = (double) seed / MODULUS;
        return low + (int) Math.floor(fraction * (high - low + 1));
    }
}
