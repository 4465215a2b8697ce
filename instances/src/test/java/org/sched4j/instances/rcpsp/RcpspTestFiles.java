package org.sched4j.instances.rcpsp;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.sched4j.instances.TestFiles;
import org.sched4j.rcpsp.RcpspInstance;

/**
 * Where the RCPSP tests of every module find their files: {@code src-test-data/rcpsp/} of the project and the PSPLIB
 * and Patterson sets of the public benchmark data. Published with the {@code sched4j-instances} test jar.
 */
public final class RcpspTestFiles {

    private RcpspTestFiles() {
    }

    /** A file under {@code src-test-data/rcpsp/} of the project. */
    public static Path testData(String first, String... more) {
        String root = System.getenv("SCHED4J_PROJECT_ROOT");
        assumeTrue(root != null && !root.isBlank(), "SCHED4J_PROJECT_ROOT is not set; run the tests with Maven");
        Path file = Path.of(root, "src-test-data", "rcpsp").resolve(Path.of(first, more));
        if (!Files.exists(file)) {
            fail("test data file missing: " + file);
        }
        return file;
    }

    /** The PSPLIB instance {@code name} ({@code j301_1}, {@code j1201_1}) of the benchmark data. */
    public static RcpspInstance psplib(String name) {
        return new PsplibFormat().read(TestFiles.benchmark("rcpsp", setOf(name), name + ".sm")).getFirst().instance();
    }

    /** The Patterson instance {@code name} ({@code pat1}) of the benchmark data. */
    public static RcpspInstance patterson(String name) {
        return new PattersonFormat().read(TestFiles.benchmark("rcpsp", "patterson", name + ".rcp")).getFirst()
                .instance();
    }

    /** The PSPLIB set of an instance name: {@code j30} for {@code j3012_4}, {@code j120} for {@code j12011_1}. */
    static String setOf(String name) {
        for (String set : new String[] {"j120", "j30", "j60", "j90"}) {
            if (name.startsWith(set)) {
                return set;
            }
        }
        throw new IllegalArgumentException("not a PSPLIB instance name: " + name);
    }
}
