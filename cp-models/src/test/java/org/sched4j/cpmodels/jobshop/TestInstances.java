package org.sched4j.cpmodels.jobshop;

import org.sched4j.instances.TestFiles;
import org.sched4j.jobshop.JobShopInstance;

/** Job-shop instances for the tests: JSPLIB files of the benchmark data and hand-made ones. */
final class TestInstances {

    private TestInstances() {
    }

    /**
     * The JSPLIB instance {@code name} ({@code ft06}, {@code la01}) of the benchmark data; the test is skipped when
     * the data is absent, and fails when the environment variable CI is {@code true}.
     */
    static JobShopInstance jsplib(String name) {
        return TestFiles.jobShop(name);
    }

    /**
     * Two jobs on two machines where job 1's middle operation lasts zero time on machine 0 while job 0 occupies
     * machine 0 during {@code [0, 5)}. Machine 1 carries 6 units of work, so the optimum is at least 6; it is 6 only
     * if the zero-duration operation may sit inside job 0's operation (at time 2), as the evaluator allows:
     * {@link #zeroDurationShopOptimalStarts()}. Were it to block machine 0, the optimum would be 8.
     */
    static JobShopInstance zeroDurationShop() {
        return JobShopInstance.of("zero-duration-shop", 2,
                new int[][] {{0, 1}, {1, 0, 1}},
                new int[][] {{5, 1}, {2, 0, 3}});
    }

    /** The optimal schedule of {@link #zeroDurationShop()}, makespan 6. */
    static int[][] zeroDurationShopOptimalStarts() {
        return new int[][] {{0, 5}, {0, 2, 2}};
    }
}
