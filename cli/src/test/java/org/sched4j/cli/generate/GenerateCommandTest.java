package org.sched4j.cli.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sched4j.cli.CommandRun;
import org.sched4j.cli.ExitCodes;
import org.sched4j.instances.jsplib.JsplibFormat;
import org.sched4j.jobshop.JobShopInstance;

class GenerateCommandTest {

    /** The first job of ta01 in JSPLIB form, as TAILLARD.md gives it. */
    private static final String TA01_FIRST_JOB =
            "6 94 12 66 4 10 7 53 3 26 2 15 10 65 11 82 8 10 14 27 9 93 13 92 5 96 0 70 1 83";

    @Test
    void writesTa01WhoseFirstJobIsTheOneTaillardPublished() {
        CommandRun run = CommandRun.of("generate", "taillard", "ta01");

        assertThat(run.exitCode()).as(run.toString()).isZero();
        List<String> lines = run.outLines();
        assertThat(lines.getFirst()).isEqualTo("15 15");
        assertThat(tokens(lines.get(1))).isEqualTo(tokens(TA01_FIRST_JOB));
        assertThat(lines).hasSize(16);
    }

    @Test
    void writesAllEightyInstancesAndTheirBoundsIntoAFolderThatSolveReads(@TempDir Path folder) throws IOException {
        CommandRun run = CommandRun.of("generate", "taillard", "--all", "-o", folder.toString());

        assertThat(run.exitCode()).as(run.toString()).isZero();
        try (var files = Files.list(folder)) {
            assertThat(files.filter(file -> file.toString().endsWith(".txt")).count()).isEqualTo(80);
        }
        assertThat(Files.readAllLines(folder.resolve("bks.csv"))).hasSize(81).contains("ta01,1231,1231");
        JobShopInstance ta80 = new JsplibFormat().read(folder.resolve("ta80.txt")).getFirst().instance();
        assertThat(ta80.jobCount()).isEqualTo(100);
        assertThat(ta80.machineCount()).isEqualTo(20);
        CommandRun solved = CommandRun.of("solve", "--solver", "mwkr", "--time-limit", "1s",
                folder.resolve("ta01.txt").toString());
        assertThat(solved.row("ta01").get(6)).isEqualTo("1231");
    }

    @Test
    void writesTheSameRandomInstanceForTheSameSeed(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("random.txt");

        CommandRun toFile = CommandRun.of("generate", "random", "--jobs", "10", "--machines", "5", "--seed", "7",
                "--min", "5", "--max", "20", "-o", file.toString());
        CommandRun toOut = CommandRun.of("generate", "random", "--jobs", "10", "--machines", "5", "--seed", "7",
                "--min", "5", "--max", "20");

        assertThat(toFile.exitCode()).isZero();
        assertThat(Files.readString(file)).isEqualTo(toOut.out());
        JobShopInstance instance = new JsplibFormat().read(file).getFirst().instance();
        assertThat(instance.jobCount()).isEqualTo(10);
        assertThat(instance.machineCount()).isEqualTo(5);
        assertThat(Arrays.stream(instance.durationMatrix()).flatMapToInt(Arrays::stream).allMatch(d -> d >= 5 && d <= 20))
                .isTrue();
    }

    @Test
    void rejectsUnknownInstancesAndMissingArguments() {
        CommandRun unknown = CommandRun.of("generate", "taillard", "ta81");
        CommandRun neither = CommandRun.of("generate", "taillard");
        CommandRun noKind = CommandRun.of("generate");
        CommandRun badRange = CommandRun.of("generate", "random", "--jobs", "3", "--machines", "2", "--min", "9",
                "--max", "2");

        assertThat(unknown.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(unknown.err()).contains("unknown Taillard instance 'ta81'");
        assertThat(neither.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(noKind.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(noKind.err()).contains("Missing required subcommand");
        assertThat(badRange.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    }

    private static List<String> tokens(String line) {
        return List.of(line.trim().split("\\s+"));
    }
}
