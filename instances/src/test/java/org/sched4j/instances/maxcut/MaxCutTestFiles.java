package org.sched4j.instances.maxcut;

import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.sched4j.instances.TestFiles;
import org.sched4j.maxcut.MaxCutInstance;

/**
 * The max-cut files of the tests: the hand-written ones under {@code src-test-data/maxcut/} and the Gset graphs of
 * the public benchmark data. Published to the other modules in the {@code sched4j-instances} test jar.
 */
public final class MaxCutTestFiles {

    private MaxCutTestFiles() {
    }

    /** A file under {@code src-test-data/maxcut/} of the project. */
    public static Path testData(String name) {
        String root = System.getenv("SCHED4J_PROJECT_ROOT");
        assumeTrue(root != null && !root.isBlank(), "SCHED4J_PROJECT_ROOT is not set; run the tests with Maven");
        Path file = Path.of(root, "src-test-data", "maxcut", name);
        if (!Files.exists(file)) {
            fail("test data file missing: " + file);
        }
        return file;
    }

    /** The Gset graph {@code name} ({@code G1}); skips or fails like {@link TestFiles#benchmark}. */
    public static MaxCutInstance gset(String name) {
        return new GsetFormat().read(TestFiles.benchmark("maxcut", "gset", name)).getFirst().instance();
    }
}
