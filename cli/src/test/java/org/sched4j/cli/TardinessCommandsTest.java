package org.sched4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(120)
class TardinessCommandsTest {

    @Test
    void generatesInstancesThatSolveReadsAndDrawsTheirStrips(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("generated.txt");
        CommandRun generated = CommandRun.of("generate", "tardiness", "--jobs", "9", "--tf", "0.6", "--rdd", "0.4",
                "--count", "2", "--seed", "3", "-o", file.toString());
        assertThat(generated.exitCode()).as(generated.toString()).isZero();
        assertThat(Files.readAllLines(file)).hasSize(6).first().isEqualTo("9 0.4 0.6 -");

        CommandRun solved = CommandRun.of("solve", "--solver", "auto", "--time-limit", "2s", "--gantt",
                folder.resolve("charts").toString(), file.toString());

        assertThat(solved.exitCode()).as(solved.toString()).isZero();
        List<String> row = solved.row("generated#1");
        assertThat(row.get(1)).isEqualTo("tardiness");
        assertThat(row.get(3)).isEqualTo("OPTIMAL");
        assertThat(row.get(8)).isEqualTo("true");
        assertThat(Files.readString(folder.resolve("charts").resolve("generated#1.svg"))).contains("<svg", "job 0:");
    }

    @Test
    void rejectsATardinessFactorAboveOne() {
        CommandRun run = CommandRun.of("generate", "tardiness", "--jobs", "5", "--tf", "1.5");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("the tardiness factor TF must be from 0 to 1, got 1.5");
    }
}
