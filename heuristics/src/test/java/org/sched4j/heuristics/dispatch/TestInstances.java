package org.sched4j.heuristics.dispatch;

import java.util.List;
import org.sched4j.instances.TestFiles;
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
        return TestFiles.jobShop(name);
    }

}
