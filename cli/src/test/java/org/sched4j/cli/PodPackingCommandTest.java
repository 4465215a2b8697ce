package org.sched4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.sched4j.instances.podpacking.PodPackingTestFiles;

@Timeout(120)
class PodPackingCommandTest {

    @Test
    void writesThePlanWithItsMoveAndTheUsageChart(@TempDir Path folder) throws IOException {
        Path json = folder.resolve("plan.json");
        CommandRun run = CommandRun.of("solve", "--solver", "auto", "--time-limit", "2s", "--threads", "2",
                "--output", json.toString(), "--gantt", folder.resolve("charts").toString(),
                PodPackingTestFiles.testData("needs-move.json").toString());

        assertThat(run.exitCode()).as(run.toString()).isZero();
        List<String> row = run.row("needs-move");
        assertThat(row.subList(1, 5)).containsExactly("podpacking", "auto", "OPTIMAL", "2");
        JsonNode plan = new ObjectMapper().readTree(json.toFile()).get(0).get("solution");
        assertThat(plan.get("moves")).hasSize(1);
        assertThat(plan.get("evictions")).isEmpty();
        assertThat(plan.get("pending")).isEmpty();
        assertThat(plan.get("bindings").findValuesAsText("pod")).contains("big");
        try (var charts = Files.list(folder.resolve("charts"))) {
            Path chart = charts.findFirst().orElseThrow();
            assertThat(Files.readString(chart)).contains("3 of 3 pods placed, 1 moved, 0 evicted");
        }
    }

    @Test
    void writesThePlanAsKubernetesObjectsAndAsAKubectlScript(@TempDir Path folder) throws IOException {
        Path yaml = folder.resolve("plan.yaml");
        CommandRun run = CommandRun.of("solve", "--solver", "auto", "--time-limit", "2s", "--threads", "2",
                "--output", yaml.toString(), PodPackingTestFiles.testData("needs-move.json").toString());

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.err()).contains("plan: " + yaml);
        JsonNode list = new ObjectMapper(new YAMLFactory()).readTree(yaml.toFile());
        assertThat(list.get("kind").asText()).isEqualTo("List");
        assertThat(list.get("items").valueStream().map(item -> item.get("kind").asText()))
                .containsExactly("Eviction", "Binding", "Binding");
        assertThat(list.get("items").get(2).at("/target/name").asText()).isIn("n1", "n2");
        JsonNode bindBig = list.get("items").get(2);
        assertThat(bindBig.at("/metadata/name").asText()).isEqualTo("big");
        assertThat(bindBig.at("/metadata/annotations/sched4j.org~1step").asText()).isEqualTo("3");
        String moved = list.get("items").get(0).at("/metadata/name").asText();
        assertThat(list.get("items").get(1).at("/metadata/name").asText()).isEqualTo(moved);

        Path script = folder.resolve("plan.sh");
        CommandRun scripted = CommandRun.of("solve", "--solver", "auto,kube-default", "--time-limit", "2s",
                "--threads", "2", "--output", script.toString(),
                PodPackingTestFiles.testData("needs-move.json").toString());
        assertThat(scripted.exitCode()).as(scripted.toString()).isZero();
        String text = Files.readString(folder.resolve("plan-needs-move-auto.sh"));
        assertThat(text).startsWith("#!/usr/bin/env bash").contains("evict 'default' '" + moved + "'")
                .contains("bind 'default' 'big'").contains("/eviction");
        assertThat(Files.readString(folder.resolve("plan-needs-move-kube-default.sh"))).contains("0 steps");
    }

    @Test
    void readsAKubectlFolderByItsFiles() {
        CommandRun run = CommandRun.of("solve", "--solver", "kube-default", "--time-limit", "1s",
                PodPackingTestFiles.testData("kubectl-small").toString());

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.row("kubectl-small").subList(1, 5)).containsExactly("podpacking", "kube-default", "OPTIMAL", "0");
    }

    @Test
    void reportsTheFileLineAndColumnOfMalformedKubectlJson() {
        CommandRun run = CommandRun.of("solve", "--solver", "kube-default", "--time-limit", "1s",
                PodPackingTestFiles.testData("malformed").toString());

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.FAILED);
        assertThat(run.row("malformed").get(3)).isEqualTo("ERROR");
        assertThat(run.err()).contains("pods.json:7:85: ").contains("'500x'");
    }

    @Test
    void generatesThePaperGridAndBenchesIt(@TempDir Path folder) {
        CommandRun generated = CommandRun.of("generate", "podpacking-paper", "--nodes", "4", "--pods-per-node", "8",
                "--levels", "2", "--utilisation", "1.05", "--seeds", "2", "-o",
                folder.resolve("podpacking/paper-grid").toString());
        assertThat(generated.exitCode()).as(generated.toString()).isZero();
        assertThat(folder.resolve("podpacking/paper-grid/paper-n4-p8-l2-u105-s002.json")).exists();

        CommandRun bench = CommandRun.of("bench", "podpacking-paper", "--instances", folder.toString(),
                "--solver", "kube-default", "--solver", "cpsat", "--time-limit", "1s", "--threads", "2",
                "-o", folder.resolve("bench.csv").toString());
        assertThat(bench.exitCode()).as(bench.toString()).isZero();
        assertThat(bench.out()).contains("4 nodes");
    }
}
