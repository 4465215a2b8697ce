package org.sched4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.sched4j.instances.rcpsp.RcpspJsonFormat;
import org.sched4j.instances.rcpsp.RcpspTestFiles;
import org.sched4j.rcpsp.RcpspInstance;

@Timeout(120)
class RcpspCommandsTest {

    @TempDir
    Path folder;

    @Test
    void solvesPsplibAndPattersonFilesAndDrawsResourceProfiles() throws IOException {
        Path charts = folder.resolve("charts");
        CommandRun run = CommandRun.of("solve", "--time-limit", "2s", "--threads", "1", "--gantt", charts.toString(),
                RcpspTestFiles.testData("small.sm").toString(), RcpspTestFiles.testData("small.rcp").toString());
        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.row("small")).containsSubsequence("rcpsp", "auto", "OPTIMAL", "6");
        String svg = Files.readString(charts.resolve(Files.list(charts).findFirst().orElseThrow().getFileName()));
        assertThat(svg).contains("id=\"resource-0\"").contains("class=\"capacity\"").contains("makespan 6");
    }

    @Test
    void generatesInstancesWithEveryExtensionThatSolveValidOrInfeasible() throws IOException {
        Path file = folder.resolve("rcb.json");
        CommandRun generate = CommandRun.of("generate", "rcpsp", "--activities", "12", "--precedences", "14",
                "--downtimes", "2", "--windows", "3", "--disjunctive", "3", "--seed", "5", "-o", file.toString());
        assertThat(generate.exitCode()).as(generate.toString()).isZero();
        RcpspInstance instance = new RcpspJsonFormat().read(file).getFirst().instance();
        assertThat(instance.activityCount()).isEqualTo(12);
        assertThat(instance.downtimes()).hasSize(2);
        assertThat(instance.windows()).hasSize(3);
        assertThat(instance.disjunctivePairs()).hasSize(3);
        Path migration = folder.resolve("migration.json");
        assertThat(CommandRun.of("generate", "rcpsp", "--flavour", "migration", "--servers", "6", "-o",
                migration.toString()).exitCode()).isZero();
        CommandRun solve = CommandRun.of("solve", "--time-limit", "2s", "--threads", "2", file.toString(),
                migration.toString());
        for (String name : new String[] {"rcb-12-5", "migration-6-1"}) {
            var row = solve.row(name);
            assertThat(row.get(3)).as(solve.toString()).isIn("OPTIMAL", "FEASIBLE", "INFEASIBLE");
            assertThat(row.get(8)).isEqualTo(row.get(3).equals("INFEASIBLE") ? "false" : "true");
        }
    }

    @Test
    void benchTableReportsTheDeviationFromTheCriticalPathBound() throws IOException {
        Path patterson = Files.createDirectories(folder.resolve("instances/rcpsp/patterson"));
        Files.copy(RcpspTestFiles.testData("small.rcp"), patterson.resolve("pat1.rcp"));
        Files.writeString(patterson.resolve("bks.csv"), "instance,lower_bound,upper_bound\npat1,6,6\n");
        CommandRun run = CommandRun.of("bench", "rcpsp-patterson", "--instances", folder.resolve("instances")
                .toString(), "--solver", "cpsat", "--time-limit", "2s", "--threads", "1");
        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.out()).containsPattern("mean gap\\s+max gap\\s+optimal\\s+failed\\s+mean time\\s+mean dev CPB")
                .containsPattern("patterson\\s+1\\s+\\|\\s+0\\.00%\\s+0\\.00%\\s+1/1\\s+0\\s+\\S+ s\\s+20\\.00%");
    }
}
