package org.sched4j.cli;

import java.nio.file.Path;
import org.sched4j.instances.TestFiles;

/** Where the tests find their files: the module's hand-made files and the public benchmark instances. */
public final class TestData {

    private TestData() {
    }

    /** A file of {@code src-test-data/cli}. */
    public static Path cli(String... path) {
        String root = System.getenv("SCHED4J_PROJECT_ROOT");
        Path base = root == null ? Path.of("..").toAbsolutePath().normalize() : Path.of(root);
        return base.resolve(Path.of("src-test-data", "cli")).resolve(Path.of("", path));
    }

    /**
     * The public benchmark instances folder (the one holding {@code jobshop/}). When it is absent the test is
     * skipped, unless {@code CI=true}, where it fails with a message saying so ({@link TestFiles#benchmark}).
     */
    public static Path benchmarkInstances() {
        return TestFiles.benchmark("jobshop").getParent();
    }
}
