package org.sched4j.instances;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.sched4j.instances.jsplib.JsplibFormat;
import org.sched4j.jobshop.JobShopInstance;

/**
 * Where the tests of every module find their files: the hand-written ones in the repository and the public benchmark
 * data. Published to the other modules as the {@code sched4j-instances} test jar.
 */
public final class TestFiles {

    private TestFiles() {
    }

    /** A file under {@code src-test-data/jobshop/} of the project. */
    public static Path jobShopTestData(String first, String... more) {
        String root = System.getenv("SCHED4J_PROJECT_ROOT");
        assumeTrue(root != null && !root.isBlank(), "SCHED4J_PROJECT_ROOT is not set; run the tests with Maven");
        Path file = Path.of(root, "src-test-data", "jobshop").resolve(Path.of(first, more));
        if (!Files.exists(file)) {
            fail("test data file missing: " + file);
        }
        return file;
    }

    /** A file under {@code src-test-data/tardiness/} of the project. */
    public static Path tardinessTestData(String first, String... more) {
        String root = System.getenv("SCHED4J_PROJECT_ROOT");
        assumeTrue(root != null && !root.isBlank(), "SCHED4J_PROJECT_ROOT is not set; run the tests with Maven");
        Path file = Path.of(root, "src-test-data", "tardiness").resolve(Path.of(first, more));
        if (!Files.exists(file)) {
            fail("test data file missing: " + file);
        }
        return file;
    }

    /**
     * A file of the public benchmark data ({@code jobshop/bks.csv}); skips the test when the data are absent, fails it
     * when the environment variable {@code CI} is {@code true}.
     */
    public static Path benchmark(String first, String... more) {
        Optional<Path> folder = BenchmarkData.find();
        if (folder.isEmpty()) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail("benchmark instances not found (CI=true): set " + BenchmarkData.ENVIRONMENT_VARIABLE
                        + " to the folder that holds jobshop/");
            }
            assumeTrue(false, "benchmark instances not found; skipping");
        }
        Path file = folder.get().resolve(Path.of(first, more));
        if (!Files.exists(file)) {
            fail("benchmark file missing: " + file);
        }
        return file;
    }

    /**
     * The JSPLIB benchmark instance {@code name} ({@code ft06}, {@code la01}, {@code ta41}), read from
     * {@code jobshop/jsplib/}; skips or fails like {@link #benchmark} when the data are absent.
     */
    public static JobShopInstance jobShop(String name) {
        return new JsplibFormat().read(benchmark("jobshop", "jsplib", name + ".txt")).getFirst().instance();
    }
}
