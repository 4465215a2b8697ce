package org.sched4j.cli.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.sched4j.cli.CommandRun;
import org.sched4j.cli.ExitCodes;
import org.sched4j.cli.TestData;

@Timeout(60)
class BenchCommandTest {

    @TempDir
    Path instances;

    @TempDir
    Path results;

    /** A fake instances folder: two Taillard instances and the hand-made files under classic names. */
    @BeforeEach
    void writeFakeInstancesFolder() throws IOException {
        Path jsplib = Files.createDirectories(instances.resolve("jobshop/jsplib"));
        for (String name : List.of("ta01", "ta02")) {
            assertThat(CommandRun.of("generate", "taillard", name, "-o", jsplib.resolve(name + ".txt").toString())
                    .exitCode()).isZero();
        }
        Files.copy(TestData.cli("batch", "two-jobs.txt"), jsplib.resolve("ft91.txt"));
        Files.copy(TestData.cli("batch", "three-jobs.txt"), jsplib.resolve("la91.txt"));
        Files.copy(TestData.cli("batch", "three-jobs.txt"), jsplib.resolve("la92.txt"));
        Files.copy(TestData.cli("batch", "malformed.txt"), jsplib.resolve("la93.txt"));
        Files.copy(TestData.cli("batch", "two-jobs.txt"), jsplib.resolve("other.txt"));
        Files.writeString(instances.resolve("jobshop/bks.csv"), """
                instance,family,jobs,machines,lower_bound,upper_bound,status
                ta01,ta,15,15,1231,1231,closed
                ta02,ta,15,15,1244,1244,closed
                ft91,ft,2,2,6,6,closed
                la91,la,3,3,11,11,closed
                la92,la,3,3,10,11,open
                """);
    }

    @Test
    void printsATablePerSizeClassAndWritesTheCsv() throws IOException {
        Path csv = results.resolve("ta.csv");

        CommandRun run = CommandRun.of("bench", "jobshop-ta", "--instances", instances.toString(), "--solver", "mwkr",
                "--time-limit", "1s", "--threads", "1", "--output", csv.toString());

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.out()).contains("jobshop-ta").contains("2 instances")
                .containsPattern("(?m)^size\\s+instances\\s+\\|\\s+mean gap\\s+max gap\\s+optimal\\s+failed\\s+mean time$")
                .containsPattern("(?m)^15x15\\s+2\\s+\\|\\s+\\d+\\.\\d\\d%\\s+\\d+\\.\\d\\d%\\s+0/2\\s+0\\s+\\d+\\.\\d+ s$");
        List<String> lines = Files.readAllLines(csv);
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).isEqualTo(
                "instance,problem,solver,status,objective,lower_bound,best_known,gap_percent,valid,time_seconds");
        assertThat(lines.get(1)).startsWith("ta01,jobshop,mwkr,FEASIBLE,").contains(",1231,");
        assertThat(lines.get(2)).startsWith("ta02,jobshop,mwkr,FEASIBLE,").contains(",1244,");
    }

    @Test
    void groupsTheClassicSuiteByFamilyAndCountsFailuresAndOptima() throws IOException {
        Path csv = results.resolve("classic.csv");

        CommandRun run = CommandRun.of("bench", "jobshop-classic", "--instances", instances.toString(), "--solver",
                "spt", "--solver", "mwkr", "--time-limit", "1s", "--output", csv.toString());

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.FAILED);
        assertThat(run.err()).contains("la93.txt:3:7");
        assertThat(run.out()).containsPattern("(?m)^\\s+\\|\\s+spt\\s+\\|\\s+mwkr$")
                .containsPattern("(?m)^ft\\s+1\\s+\\|\\s+0\\.00%\\s+0\\.00%\\s+1/1\\s+0\\s")
                .containsPattern("(?m)^la\\s+3\\s+\\|.*\\s0/3\\s+1\\s.*\\|.*\\s0/3\\s+1\\s")
                .containsPattern("(?m)^all\\s+4\\s+\\|")
                .doesNotContain("other");
        assertThat(Files.readAllLines(csv)).hasSize(1 + 4 * 2);
    }

    @Test
    void selectsInstancesWithOnly() throws IOException {
        Path csv = results.resolve("only.csv");

        CommandRun run = CommandRun.of("bench", "jobshop-classic", "--instances", instances.toString(), "--only",
                "la9[12],ft*", "--solver", "mwkr", "--time-limit", "1s", "--output", csv.toString());

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(Files.readAllLines(csv)).extracting(line -> line.substring(0, line.indexOf(',')))
                .containsExactly("instance", "ft91", "la91", "la92");
    }

    @Test
    void saysWhereItLookedWhenTheDataIsMissing() {
        Path missing = instances.resolve("nowhere");

        CommandRun run = CommandRun.of("bench", "jobshop-ta", "--instances", missing.toString(), "--solver", "mwkr");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("benchmark instances not found; looked at: " + missing)
                .contains("--instances DIR");
    }

    @Test
    void rejectsAnUnknownSuiteAndAnEmptySelection() {
        CommandRun unknown = CommandRun.of("bench", "jobshop-xx", "--instances", instances.toString());
        CommandRun empty = CommandRun.of("bench", "jobshop-ta", "--instances", instances.toString(), "--only", "ta99");

        assertThat(unknown.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(unknown.err()).contains("unknown suite 'jobshop-xx'").contains("jobshop-ta, jobshop-classic");
        assertThat(empty.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(empty.err()).contains("no instance of suite jobshop-ta matches --only ta99");
    }

    @Test
    void benchesFt06FromThePublicInstances() throws IOException {
        Path shared = TestData.benchmarkInstances();
        Path csv = results.resolve("ft06.csv");

        CommandRun run = CommandRun.of("bench", "jobshop-classic", "--instances", shared.toString(), "--only", "ft06",
                "--solver", "best-rule", "--time-limit", "1s", "--output", csv.toString());

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(Files.readAllLines(csv)).hasSize(2);
        assertThat(Files.readAllLines(csv).get(1)).startsWith("ft06,jobshop,best-rule,").contains(",55,");
        assertThat(run.out()).containsPattern("(?m)^ft\\s+1\\s+\\|");
    }
}
