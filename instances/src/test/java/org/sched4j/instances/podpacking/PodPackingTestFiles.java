package org.sched4j.instances.podpacking;

import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where tests find the hand-written pod packing files of {@code src-test-data/podpacking/}. Public in the test jar. */
public final class PodPackingTestFiles {

    private PodPackingTestFiles() {
    }

    /** A file or folder under {@code src-test-data/podpacking/} of the project. */
    public static Path testData(String first, String... more) {
        String root = System.getenv("SCHED4J_PROJECT_ROOT");
        assumeTrue(root != null && !root.isBlank(), "SCHED4J_PROJECT_ROOT is not set; run the tests with Maven");
        Path file = Path.of(root, "src-test-data", "podpacking").resolve(Path.of(first, more));
        if (!Files.exists(file)) {
            fail("test data file missing: " + file);
        }
        return file;
    }
}
