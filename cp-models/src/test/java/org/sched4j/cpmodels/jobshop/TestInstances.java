package org.sched4j.cpmodels.jobshop;

import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.Optional;
import org.sched4j.instances.BenchmarkData;
import org.sched4j.instances.jsplib.JsplibFormat;
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
        Optional<Path> root = BenchmarkData.find();
        if (root.isEmpty() && "true".equals(System.getenv("CI"))) {
            fail("benchmark instances not found but CI=true; set " + BenchmarkData.ENVIRONMENT_VARIABLE);
        }
        assumeTrue(root.isPresent(), "benchmark instances not found; set " + BenchmarkData.ENVIRONMENT_VARIABLE);
        Path file = root.get().resolve("jobshop").resolve("jsplib").resolve(name + ".txt");
        return new JsplibFormat().read(file).getFirst().instance();
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
