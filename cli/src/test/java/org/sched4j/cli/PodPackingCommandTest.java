package org.sched4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.sched4j.cli.run.ResultRow;
import org.sched4j.instances.podpacking.OpenbTrace;
import org.sched4j.instances.podpacking.PodPackingJsonFormat;
import org.sched4j.instances.podpacking.PodPackingTestFiles;
import org.sched4j.podpacking.Pod;
import org.sched4j.podpacking.PodPackingInstance;

@Timeout(120)
class PodPackingCommandTest {

    @Test
    void writesThePlanWithItsMoveAndTheUsageChart(@TempDir Path folder) throws IOException {
        Path json = folder.resolve("plan.json");
        CommandRun run = CommandRun.of("solve", "--solver", "auto", "--time-limit", "10s", "--threads", "2",
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
        CommandRun run = CommandRun.of("solve", "--solver", "auto", "--time-limit", "10s", "--threads", "2",
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
        assertThat(bindBig.at("/metadata/annotations/sched4j.org~1step").isTextual()).as("annotations are strings")
                .isTrue();
        assertThat(bindBig.at("/metadata/annotations/sched4j.org~1step").asText()).isEqualTo("3");
        String moved = list.get("items").get(0).at("/metadata/name").asText();
        assertThat(list.get("items").get(1).at("/metadata/name").asText()).isEqualTo(moved);

        Path script = folder.resolve("plan.sh");
        CommandRun scripted = CommandRun.of("solve", "--solver", "auto,kube-default", "--time-limit", "10s",
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

    /** An instances folder whose {@code podpacking/alibaba-openb-2023} holds the small hand-written trace. */
    private static Path smallTrace(Path root) throws IOException {
        Path trace = Files.createDirectories(root.resolve("podpacking/alibaba-openb-2023"));
        for (String file : List.of(OpenbTrace.NODE_FILE, OpenbTrace.POD_FILE)) {
            Files.copy(PodPackingTestFiles.testData("openb-small", file), trace.resolve(file));
        }
        return root;
    }

    @Test
    void generatesAKubectlClusterAndSolvesItWithKubeDefault(@TempDir Path folder) throws IOException {
        Path root = smallTrace(folder.resolve("instances"));
        Path cluster = folder.resolve("openb-n100-s2");
        CommandRun generated = CommandRun.of("generate", "podpacking-openb", "--nodes", "100", "--seed", "2",
                "--running-share", "0.3", "--instances", root.toString(), "-o", cluster.toString());
        assertThat(generated.exitCode()).as(generated.toString()).isZero();
        assertThat(generated.err()).contains("wrote openb-n100-s2").contains("100 nodes");
        assertThat(cluster.resolve("nodes.json")).exists();
        assertThat(cluster.resolve("pods.json")).content().contains("\"nodeName\"").contains("alibabacloud.com/gpu-milli");
        assertThat(cluster.resolve("pdb.json")).content().contains("PodDisruptionBudget");

        Path plan = folder.resolve("plan.json");
        CommandRun solved = CommandRun.of("solve", "--solver", "kube-default", "--time-limit", "5s",
                "--output", plan.toString(), cluster.toString());
        assertThat(solved.exitCode()).as(solved.toString()).isZero();
        JsonNode result = new ObjectMapper().readTree(plan.toFile()).get(0);
        assertThat(result.get("valid").asBoolean()).isTrue();
        assertThat(result.get("violations_cpu").asInt()).isZero();
        assertThat(result.get("solution").has("tiers")).isTrue();
        for (String field : List.of("gpu_fragmentation", "soft_penalty", "unallocated_gpus")) {
            assertThat(result.get("solution").has(field)).as(field).isTrue();
            assertThat(result.has(field)).as(field).isTrue();
        }
    }

    @Test
    void keepsTheContractsCsvHeaderAndPutsThePodPackingMeasuresInTheJson(@TempDir Path folder) throws IOException {
        Path json = folder.resolve("results.json");
        CommandRun run = CommandRun.of("solve", "--solver", "kube-default", "--time-limit", "1s",
                "--output", json.toString(), PodPackingTestFiles.testData("needs-move.json").toString());

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.outLines().getFirst()).isEqualTo(String.join(",", ResultRow.HEADER));
        JsonNode result = new ObjectMapper().readTree(json.toFile()).get(0);
        for (String kind : List.of("violations_cpu", "violations_taint", "violations_disruption_budget")) {
            assertThat(result.get(kind).asInt()).as(kind).isZero();
        }
        assertThat(result.get("gpu_fragmentation").asDouble()).isZero();
    }

    @Test
    void thePlainFormIsTheCpuOnlyScenarioOfBefore(@TempDir Path folder) throws IOException {
        Path root = smallTrace(folder);
        CommandRun run = CommandRun.of("generate", "podpacking-openb", "--plain", "--nodes", "20", "--pods", "100",
                "--instances", root.toString());

        assertThat(run.exitCode()).as(run.toString()).isZero();
        PodPackingInstance scenario = new PodPackingJsonFormat().read(new StringReader(run.out()), "plain.json")
                .getFirst().instance();
        assertThat(scenario.name()).isEqualTo("openb-n20-p100-s1");
        assertThat(scenario.nodeCount()).isEqualTo(20);
        assertThat(scenario.podCount()).isEqualTo(100);
        assertThat(scenario.pods().subList(90, 100)).noneMatch(Pod::isRunning);
        assertThat(scenario.pods().stream().filter(Pod::isRunning).count()).isPositive();
        assertThat(scenario.hasGpus()).isFalse();
    }

    @Test
    void rejectsClusterSizesOutsideTheRangeAndWritesTheCompactFormat(@TempDir Path folder) throws IOException {
        Path root = smallTrace(folder);
        CommandRun small = CommandRun.of("generate", "podpacking-openb", "--nodes", "99", "--instances",
                root.toString(), "-o", folder.resolve("out").toString());
        assertThat(small.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(small.err()).contains("100 to 1500, got 99");

        Path compactFile = folder.resolve("compact.json");
        CommandRun compact = CommandRun.of("generate", "podpacking-openb", "--nodes", "100", "--format",
                "podpacking-json", "--instances", root.toString(), "-o", compactFile.toString());
        assertThat(compact.exitCode()).as(compact.toString()).isZero();
        assertThat(Files.readString(compactFile)).contains("\"taints\"").contains("\"budgets\"");

        CommandRun pods = CommandRun.of("generate", "podpacking-openb", "--nodes", "100", "--pods", "10");
        assertThat(pods.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(pods.err()).contains("--pods is for --plain");
    }

    @Test
    void benchesGeneratedClustersWithTheGpuColumns(@TempDir Path folder) throws IOException {
        Path root = smallTrace(folder);
        CommandRun generated = CommandRun.of("generate", "podpacking-openb", "--nodes", "100", "--instances",
                root.toString(), "-o", root.resolve("podpacking/openb-clusters/openb-n100-s1").toString());
        assertThat(generated.exitCode()).as(generated.toString()).isZero();

        Path csv = folder.resolve("bench.csv");
        CommandRun bench = CommandRun.of("bench", "podpacking-openb", "--instances", root.toString(),
                "--solver", "kube-default", "--time-limit", "2s", "-o", csv.toString());
        assertThat(bench.exitCode()).as(bench.toString()).isZero();
        assertThat(bench.out()).contains("100 nodes").contains("mean frag").contains("mean soft")
                .contains("mean unalloc");
        assertThat(Files.readAllLines(csv).getFirst()).isEqualTo(String.join(",", ResultRow.HEADER));
    }

    @Test
    void listsTheOpenbSuite() {
        CommandRun run = CommandRun.of("solvers");
        assertThat(run.out()).contains("podpacking-openb");
    }
}
