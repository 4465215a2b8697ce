package org.sched4j.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.sched4j.jobshop.JobShopProblem;
import org.sched4j.maxcut.MaxCutProblem;
import org.sched4j.podpacking.PodPackingProblem;
import org.sched4j.rcpsp.RcpspProblem;
import org.sched4j.tardiness.TardinessProblem;
import org.sched4j.taskgraph.TaskGraphProblem;

class ProblemTypesTest {

    @Test
    void everyProblemPackageDeclaresItsType() {
        assertThat(ProblemTypes.all()).containsExactly(JobShopProblem.TYPE, MaxCutProblem.TYPE,
                PodPackingProblem.TYPE, RcpspProblem.TYPE, TardinessProblem.TYPE, TaskGraphProblem.TYPE);
        assertThat(ProblemTypes.byName("RCPSP")).contains(RcpspProblem.TYPE);
    }

    /** The API knows no problem: problem packages import {@code api}, never the other way (no package cycle). */
    @Test
    void theApiPackageImportsNoProblemPackage() throws IOException {
        Path api = Path.of("src/main/java/org/sched4j/api");
        try (Stream<Path> files = Files.list(api)) {
            List<String> imports = files.filter(file -> file.toString().endsWith(".java"))
                    .flatMap(ProblemTypesTest::lines)
                    .filter(line -> line.startsWith("import org.sched4j.") && !line.startsWith("import org.sched4j.api."))
                    .toList();
            assertThat(imports).isEmpty();
        }
    }

    private static Stream<String> lines(Path file) {
        try {
            return Files.readAllLines(file).stream();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
