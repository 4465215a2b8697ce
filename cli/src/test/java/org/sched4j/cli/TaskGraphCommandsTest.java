package org.sched4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.sched4j.instances.taskgraph.TaskGraphJsonFormat;
import org.sched4j.taskgraph.TaskGraphInstance;

@Timeout(120)
class TaskGraphCommandsTest {

    @Test
    void solvesThePaperExampleFolderWithHeftAndCpopAndDrawsCharts(@TempDir Path charts) throws IOException {
        Path folder = TestData.benchmarkInstances().resolve("dag/heft-paper-example");

        CommandRun run = CommandRun.of("solve", "--solver", "heft,cpop", "--threads", "1", "--gantt",
                charts.toString(), folder.toString());

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.row("heft-paper-example").subList(0, 5))
                .containsExactly("heft-paper-example", "taskgraph", "heft", "FEASIBLE", "80");
        assertThat(run.outLines()).anyMatch(line -> line.startsWith("heft-paper-example,taskgraph,cpop,FEASIBLE,86,"));
        String svg = Files.readString(charts.resolve("heft-paper-example-heft.svg"));
        assertThat(svg).contains("<svg").contains("marker-end=\"url(#arrow)\"").contains("SLR");
    }

    @Test
    void solvesAnStgFileOnTheProcessorsGiven() {
        Path stg = TestData.benchmarkInstances().resolve("dag/stg/50/rand0000.stg");

        CommandRun run = CommandRun.of("solve", "--solver", "auto", "--time-limit", "2s", "--threads", "1",
                "--processors", "8", stg.toString());

        assertThat(run.exitCode()).as(run.toString()).isZero();
        List<String> row = run.row("rand0000@P8");
        assertThat(row.subList(1, 5)).containsExactly("taskgraph", "auto", "OPTIMAL", "55");
        assertThat(row.get(6)).isEqualTo("55");
        assertThat(run.outLines()).hasSize(2);
    }

    @Test
    void generatesAGraphThatReadsBack(@TempDir Path folder) {
        Path file = folder.resolve("g.json");

        CommandRun run = CommandRun.of("generate", "heft-random", "--tasks", "30", "--ccr", "5", "--seed", "4", "-o",
                file.toString());

        assertThat(run.exitCode()).as(run.toString()).isZero();
        TaskGraphInstance instance = new TaskGraphJsonFormat().read(file).getFirst().instance();
        assertThat(instance.taskCount()).isEqualTo(30);
        assertThat(instance.processorCount()).isEqualTo(4);
    }

    @Test
    void rejectsABadProcessorCountOrPlatformFileAsABadCommandLine(@TempDir Path folder) throws IOException {
        Path stg = TestData.benchmarkInstances().resolve("dag/stg/50/rand0000.stg");
        Path platform = Files.writeString(folder.resolve("platform.json"), "{\"processors\": [");

        CommandRun processors = CommandRun.of("solve", "--processors", "4,x", stg.toString());
        CommandRun platformRun = CommandRun.of("solve", "--platform", platform.toString(), stg.toString());

        assertThat(processors.exitCode()).as(processors.toString()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(processors.err()).contains("processors must be positive integers, got '4,x'");
        assertThat(platformRun.exitCode()).as(platformRun.toString()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(platformRun.err()).contains("platform.json");
    }
}
