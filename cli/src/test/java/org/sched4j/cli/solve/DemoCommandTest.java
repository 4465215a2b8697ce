package org.sched4j.cli.solve;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.sched4j.cli.CommandRun;

@Timeout(60)
class DemoCommandTest {

    @Test
    void solvesTa01PrintsItsRowAgainstTheBestKnownAndWritesTheGanttChart(@TempDir Path folder) {
        CommandRun run = CommandRun.of("demo", "--solver", "best-rule", "--time-limit", "500ms", "--threads", "1",
                "--gantt", folder.toString());

        assertThat(run.exitCode()).as(run.toString()).isZero();
        List<String> row = run.row("ta01");
        assertThat(row.subList(0, 3)).containsExactly("ta01", "jobshop", "best-rule");
        assertThat(row.get(6)).isEqualTo("1231");
        assertThat(Long.parseLong(row.get(4))).isGreaterThanOrEqualTo(1231);
        assertThat(row.get(8)).isEqualTo("true");
        assertThat(folder.resolve("ta01.svg")).isRegularFile();
        assertThat(run.err()).contains("Taillard's ta01").contains("makespan").contains("Gantt chart: "
                + folder.resolve("ta01.svg"));
    }
}
