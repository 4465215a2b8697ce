package org.sched4j.heuristics.dispatch;

import java.util.SplittableRandom;

/**
 * RANDOM: a uniformly random candidate, the baseline of every dispatching-rule study (Panwalkar &amp; Iskander,
 * "A survey of scheduling rules", Operations Research 25(1), 1977). Each candidate gets a fresh uniform rank, so the
 * smallest is a uniform pick; the same seed gives the same schedule.
 */
final class RandomRule implements PriorityRule {

    private final SplittableRandom random;

    RandomRule(long seed) {
        this.random = new SplittableRandom(seed);
    }

    @Override
    public double rank(int operation, int readyTime) {
        return random.nextDouble();
    }
}
