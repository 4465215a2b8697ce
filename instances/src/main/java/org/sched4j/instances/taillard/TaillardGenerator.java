package org.sched4j.instances.taillard;

import java.util.Objects;
import org.sched4j.jobshop.JobShopInstance;

/**
 * Taillard's generator of job-shop instances (E. Taillard, "Benchmarks for basic scheduling problems", EJOR 64 (1993)
 * 278–285). It regenerates the published instances ta01–ta80 exactly from their sizes and seeds (see
 * {@link TaillardBenchmarks}).
 *
 * <p>With the time seed, durations are drawn row by row, job by job, uniformly from 1 to 99. Each job starts with the
 * machine sequence 1..m; with the machine seed, for each job and each position j, the machine at j is swapped with
 * the one at a position drawn uniformly from j to m. Machines are then numbered from 0. Runs in O(n·m).
 */
public final class TaillardGenerator {

    private static final int MIN_DURATION = 1;
    private static final int MAX_DURATION = 99;

    private TaillardGenerator() {
    }

    /**
     * Generates one instance.
     *
     * @param name        the instance's name ({@code ta01})
     * @param jobs        the number of jobs, at least 1
     * @param machines    the number of machines, at least 1
     * @param timeSeed    the seed of the durations, from 1 to 2<sup>31</sup>−2 as in Taillard's files
     * @param machineSeed the seed of the machine orders, same range
     * @throws IllegalArgumentException when a size or a seed is out of range
     */
    public static JobShopInstance generate(String name, int jobs, int machines, long timeSeed, long machineSeed) {
        Objects.requireNonNull(name, "name");
        requirePositive("jobs", jobs);
        requirePositive("machines", machines);
        requireSeed("timeSeed", timeSeed);
        requireSeed("machineSeed", machineSeed);
        TaillardRandom times = new TaillardRandom(timeSeed);
        int[][] durations = new int[jobs][machines];
        for (int i = 0; i < jobs; i++) {
            for (int j = 0; j < machines; j++) {
                durations[i][j] = times.next(MIN_DURATION, MAX_DURATION);
            }
        }
        TaillardRandom orders = new TaillardRandom(machineSeed);
        int[][] order = new int[jobs][machines];
        for (int i = 0; i < jobs; i++) {
            for (int j = 0; j < machines; j++) {
                order[i][j] = j;
            }
            for (int j = 0; j < machines; j++) {
                int other = orders.next(j + 1, machines) - 1;
                int swapped = order[i][j];
                order[i][j] = order[i][other];
                order[i][other] = swapped;
            }
        }
        return JobShopInstance.of(name, machines, order, durations);
    }

    private static void requirePositive(String field, int value) {
        if (value < 1) {
            throw new IllegalArgumentException(field + " must be at least 1, got " + value);
        }
    }

    private static void requireSeed(String field, long seed) {
        if (seed < 1 || seed > 2147483646L) {
            throw new IllegalArgumentException(field + " must be from 1 to 2147483646, got " + seed);
        }
    }
}
