package org.sched4j.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.sched4j.instances.TestFiles;
import org.sched4j.instances.maxcut.GsetFormat;
import org.sched4j.maxcut.MaxCutInstance;

class MaxCutCommandsTest {

    @Test
    void generatesTheSameToroidalGridForTheSameSeed(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("torus.txt");

        CommandRun toFile = CommandRun.of("generate", "maxcut", "--graph", "torus", "--size", "10x10", "--seed", "3",
                "-o", file.toString());
        CommandRun toOut = CommandRun.of("generate", "maxcut", "--graph", "torus", "--size", "10x10", "--seed", "3");

        assertThat(toFile.exitCode()).as(toFile.toString()).isZero();
        assertThat(Files.readString(file)).isEqualTo(toOut.out());
        MaxCutInstance graph = new GsetFormat().read(file).getFirst().instance();
        assertThat(graph.vertexCount()).isEqualTo(100);
        assertThat(graph.edgeCount()).isEqualTo(200);
    }

    @Test
    void rejectsAnUnknownFamilyAsBadInput() {
        CommandRun run = CommandRun.of("generate", "maxcut", "--graph", "hypercube");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--graph must be gnp, torus or planar, got 'hypercube'");
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void solvesAGeneratedGraphWithEveryMaxCutSolverByDefaultOnTheCpuHere(@TempDir Path folder) {
        Path file = folder.resolve("small.txt");
        CommandRun.of("generate", "maxcut", "--graph", "gnp", "--vertices", "20", "--probability", "0.3", "--seed",
                "5", "--name", "small", "-o", file.toString());

        CommandRun run = CommandRun.of("solve", "--problem", "maxcut", "--format", "gset", "--solver",
                "cpsat,ising-cpu,auto", "--time-limit", "3s", "--threads", "2", file.toString());

        assertThat(run.exitCode()).as(run.toString()).isZero();
        List<String> lines = run.outLines().stream().filter(line -> line.startsWith("small,")).toList();
        assertThat(lines).hasSize(3);
        String optimum = lines.getFirst().split(",")[4];
        for (String line : lines) {
            String[] cells = line.split(",", -1);
            assertThat(cells[1]).isEqualTo("maxcut");
            assertThat(cells[4]).isEqualTo(optimum);
            assertThat(cells[8]).isEqualTo("true");
        }
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void benchesGsetGraphsAgainstTheirBestKnownCuts(@TempDir Path folder) throws IOException {
        TestFiles.benchmark("maxcut", "gset", "G11");
        Path results = folder.resolve("gset.csv");

        CommandRun run = CommandRun.of("bench", "maxcut-gset", "--only", "G11", "--solver", "ising-cpu",
                "--time-limit", "1s", "--threads", "2", "-o", results.toString());

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.out()).contains("maxcut-gset").contains("n=800");
        String[] row = Files.readAllLines(results).stream().filter(line -> line.startsWith("G11,")).findFirst()
                .orElseThrow().split(",", -1);
        assertThat(row[6]).isEqualTo("564");
        assertThat(Double.parseDouble(row[7])).isBetween(-0.01, 2.0);
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void measuresTheGapOfACutBelowTheBestKnownAsPositiveAndGoesOnPastAnUnreadableFile(@TempDir Path folder)
            throws IOException {
        Path graph = folder.resolve("small.txt");
        CommandRun.of("generate", "maxcut", "--graph", "gnp", "--vertices", "20", "--probability", "0.3", "--seed",
                "5", "--name", "small", "-o", graph.toString());
        Path broken = Files.writeString(folder.resolve("broken.txt"), "3 2\n1 2 1\n1 x 1\n");
        Path bks = Files.writeString(folder.resolve("cuts.csv"), "instance,best_known\nsmall,1000\n");

        CommandRun run = CommandRun.of("solve", "--problem", "maxcut", "--format", "gset", "--solver", "cpsat",
                "--time-limit", "2s", "--threads", "2", "--bks", bks.toString(), broken.toString(), graph.toString());

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.FAILED);
        assertThat(run.outLines().getFirst()).isEqualTo(
                "instance,problem,solver,status,objective,lower_bound,best_known,gap_percent,valid,time_seconds");
        assertThat(run.row("broken").get(3)).isEqualTo("ERROR");
        assertThat(run.err()).contains("broken.txt");
        List<String> row = run.row("small");
        double cut = Double.parseDouble(row.get(4));
        assertThat(cut).isPositive().isLessThan(1000);
        assertThat(row.get(6)).isEqualTo("1000");
        assertThat(Double.parseDouble(row.get(7))).isCloseTo(100 * (1000 - cut) / 1000, within(0.01));
        assertThat(row.get(8)).isEqualTo("true");
    }
}
