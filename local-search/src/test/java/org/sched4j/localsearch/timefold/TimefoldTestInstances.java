package org.sched4j.localsearch.timefold;

import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.Optional;
import org.sched4j.instances.BenchmarkData;
import org.sched4j.instances.jsplib.JsplibFormat;
import org.sched4j.jobshop.JobShopInstance;

/** Benchmark instances for the Timefold tests, and small job shops written by hand. */
final class TimefoldTestInstances {

    private TimefoldTestInstances() {
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
     * Two jobs crossing two machines: job 0 runs on machine 0 for 3 then on machine 1 for 2; job 1 on machine 1 for
     * 4 then on machine 0 for 1. Machine 0 running (1,1) before (0,0) while machine 1 runs (0,1) before (1,0) is a
     * cycle through all four operations. The orders (0,0) then (1,1) on machine 0 and (1,0) then (0,1) on machine 1
     * give starts 0, 4 for job 0 and 0, 4 for job 1: makespan 6, completion times 6 and 5.
     */
    static JobShopInstance crossingJobs() {
        return JobShopInstance.of("crossing-jobs", 2,
                new int[][] {{0, 1}, {1, 0}},
                new int[][] {{3, 2}, {4, 1}});
    }

    /**
     * A general job shop: jobs of 2 to 4 operations, job 1 visits machine 0 twice and has an operation of zero
     * duration. Machine 1's load, 10, is the trivial lower bound, and a schedule meets it.
     */
    static JobShopInstance mixedShop() {
        return JobShopInstance.of("mixed-shop", 3,
                new int[][] {{1, 0, 2}, {0, 1, 2, 0}, {2, 1}},
                new int[][] {{3, 2, 2}, {2, 4, 0, 1}, {1, 3}});
    }
}
