package org.sched4j.localsearch.jobshop;

import org.sched4j.instances.TestFiles;
import org.sched4j.jobshop.JobShopInstance;

/** Benchmark instances for the tests, and a small general job shop written by hand. */
final class TestInstances {

    private TestInstances() {
    }

    /**
     * The JSPLIB instance {@code name} from the benchmark data; the test is skipped when the data is absent, and
     * fails when the environment variable CI is {@code true}.
     */
    static JobShopInstance jsplib(String name) {
        return TestFiles.jobShop(name);
    }

    /**
     * A general job shop: jobs of 2 to 4 operations, job 1 visits machine 0 twice and has an operation of zero
     * duration. Machine 1's load, 10, is the trivial lower bound, and a schedule meets it (job 0 at 0, 3, 5; job 1
     * at 0, 3, 7, 7; job 2 at 0, 7), so the optimum is 10.
     */
    static JobShopInstance mixedShop() {
        return JobShopInstance.of("mixed-shop", 3,
                new int[][] {{1, 0, 2}, {0, 1, 2, 0}, {2, 1}},
                new int[][] {{3, 2, 2}, {2, 4, 0, 1}, {1, 3}});
    }
}
