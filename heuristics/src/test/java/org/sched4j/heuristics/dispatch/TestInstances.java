package org.sched4j.heuristics.dispatch;

import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.sched4j.instances.BenchmarkData;
import org.sched4j.jobshop.JobShopInstance;

/** Job-shop instances with known optima for the tests: hand-made ones in code and JSPLIB files from the benchmarks. */
final class TestInstances {

    /** The benchmark instances the tests use and their proven optima. */
    static final List<KnownOptimum> BENCHMARKS = List.of(new KnownOptimum("ft06", 55), new KnownOptimum("la01", 666));

    /** The hand-made instance {@link #mixedShop()} and its optimum, proven by {@link #mixedShopOptimalStarts()}. */
    static final KnownOptimum MIXED_SHOP = new KnownOptimum("mixed-shop", 10);

    /** An instance name and its optimal makespan. */
    record KnownOptimum(String name, long optimum) {
        @Override
        public String toString() {
            return name;
        }
    }

    private TestInstances() {
    }

    /**
     * A general job shop: jobs of 2 to 4 operations, job 1 visits machine 0 twice and has an operation of zero
     * duration. Machine 1's load, 10, is the trivial lower bound and {@link #mixedShopOptimalStarts()} meets it.
     */
    static JobShopInstance mixedShop() {
        return JobShopInstance.of(MIXED_SHOP.name(), 3,
                new int[][] {{1, 0, 2}, {0, 1, 2, 0}, {2, 1}},
                new int[][] {{3, 2, 2}, {2, 4, 0, 1}, {1, 3}});
    }

    /** A schedule of {@link #mixedShop()} with makespan 10: machine 1 is never idle. */
    static int[][] mixedShopOptimalStarts() {
        return new int[][] {{0, 3, 5}, {0, 3, 7, 7}, {0, 7}};
    }

    /** The instance {@code name}: {@link #mixedShop()} or a JSPLIB file of the benchmark data. */
    static JobShopInstance load(String name) {
        return name.equals(MIXED_SHOP.name()) ? mixedShop() : jsplib(name);
    }

    /**
     * The JSPLIB instance {@code name} from the benchmark data; the test is skipped when the data is absent, and
     * fails when the environment variable CI is {@code true}.
     */
    static JobShopInstance jsplib(String name) {
        Optional<Path> root = BenchmarkData.find();
        if (root.isEmpty() && "true".equals(System.getenv("CI"))) {
            fail("benchmark instances not found but CI=true; set " + BenchmarkData.ENVIRONMENT_VARIABLE);
        }
        assumeTrue(root.isPresent(), "benchmark instances not found; set " + BenchmarkData.ENVIRONMENT_VARIABLE);
        return readJsplib(root.get().resolve("jobshop").resolve("jsplib").resolve(name + ".txt"), name);
    }

    /** Reads the JSPLIB format: a line {@code n m}, then one line per job of {@code machine duration} pairs. */
    private static JobShopInstance readJsplib(Path file, String name) {
        try {
            List<int[]> rows = Files.readAllLines(file).stream()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(line -> Arrays.stream(line.split("\\s+")).mapToInt(Integer::parseInt).toArray())
                    .toList();
            int jobs = rows.getFirst()[0];
            int[][] machines = new int[jobs][];
            int[][] durations = new int[jobs][];
            for (int j = 0; j < jobs; j++) {
                int[] row = rows.get(j + 1);
                machines[j] = new int[row.length / 2];
                durations[j] = new int[row.length / 2];
                for (int k = 0; k < row.length / 2; k++) {
                    machines[j][k] = row[2 * k];
                    durations[j][k] = row[2 * k + 1];
                }
            }
            return JobShopInstance.of(name, rows.getFirst()[1], machines, durations);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
