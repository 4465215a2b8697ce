package org.sched4j.localsearch.jobshop;

import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.Optional;
import org.sched4j.instances.BenchmarkData;
import org.sched4j.instances.jsplib.JsplibFormat;
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
        Optional<Path> root = BenchmarkData.find();
        if (root.isEmpty() && "true".equals(System.getenv("CI"))) {
            fail("benchmark instances not found but CI=true; set " + BenchmarkData.ENVIRONMENT_VARIABLE);
        }
        assumeTrue(root.isPresent(), "benchmark instances not found; set " + BenchmarkData.ENVIRONMENT_VARIABLE);
        Path file = root.get().resolve("jobshop").resolve("jsplib").resolve(name + ".txt");
        return new JsplibFormat().read(file).getFirst().instance();
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
