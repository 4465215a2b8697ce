package org.sched4j.instances.jobshop;

import java.util.Objects;
import java.util.SplittableRandom;
import org.sched4j.jobshop.JobShopInstance;

/**
 * Random job-shop instances of the standard shape: each job visits every machine exactly once, in a uniformly random
 * order, with durations drawn uniformly from a range. Deterministic: the same arguments give the same instance on
 * every JVM ({@link SplittableRandom} with the given seed; for each job in turn, a Fisher–Yates shuffle of the
 * machines, then its durations in operation order). Runs in O(jobs·machines).
 */
public final class RandomJobShopGenerator {

    private RandomJobShopGenerator() {
    }

    /**
     * Generates one instance.
     *
     * @param name        the instance's name
     * @param jobs        the number of jobs, at least 1
     * @param machines    the number of machines (and of operations per job), at least 1
     * @param minDuration the shortest duration, at least 0
     * @param maxDuration the longest duration, at least {@code minDuration}
     * @param seed        the seed of the random stream
     * @throws IllegalArgumentException when an argument is out of range (the message names it and its value)
     */
    public static JobShopInstance generate(String name, int jobs, int machines, int minDuration, int maxDuration,
                                           long seed) {
        Objects.requireNonNull(name, "name");
        if (jobs < 1) {
            throw new IllegalArgumentException("jobs must be at least 1, got " + jobs);
        }
        if (machines < 1) {
            throw new IllegalArgumentException("machines must be at least 1, got " + machines);
        }
        if (minDuration < 0) {
            throw new IllegalArgumentException("minDuration must be at least 0, got " + minDuration);
        }
        if (maxDuration < minDuration) {
            throw new IllegalArgumentException("maxDuration must be at least minDuration (" + minDuration + "), got "
                    + maxDuration);
        }
        SplittableRandom random = new SplittableRandom(seed);
        int[][] order = new int[jobs][];
        int[][] durations = new int[jobs][machines];
        for (int j = 0; j < jobs; j++) {
            order[j] = shuffledMachines(machines, random);
            for (int k = 0; k < machines; k++) {
                durations[j][k] = (int) random.nextLong(minDuration, (long) maxDuration + 1);
            }
        }
        return JobShopInstance.of(name, machines, order, durations);
    }

    private static int[] shuffledMachines(int machines, SplittableRandom random) {
        int[] order = new int[machines];
        for (int k = 0; k < machines; k++) {
            order[k] = k;
        }
        for (int k = machines - 1; k > 0; k--) {
            int other = random.nextInt(k + 1);
            int swapped = order[k];
            order[k] = order[other];
            order[other] = swapped;
        }
        return order;
    }
}
