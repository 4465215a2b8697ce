package org.sched4j.instances.podpacking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.sched4j.api.Evaluation;
import org.sched4j.instances.TestFiles;
import org.sched4j.podpacking.ClusterNode;
import org.sched4j.podpacking.LabelRequirement;
import org.sched4j.podpacking.Pod;
import org.sched4j.podpacking.PodPackingEvaluator;
import org.sched4j.podpacking.PodPackingInstance;
import org.sched4j.podpacking.PodPlacement;
import org.sched4j.podpacking.PlacementRules;

class OpenbClusterGeneratorTest {

    private static GeneratedCluster small(int nodes, long seed) {
        return OpenbClusterGenerator.generate(PodPackingTestFiles.testData("openb-small"),
                OpenbClusterGenerator.Settings.of(nodes, seed));
    }

    private static Evaluation currentState(PodPackingInstance instance) {
        return new PodPackingEvaluator().evaluate(instance, instance.currentPlacement());
    }

    @Test
    void labelsAndTaintsTheNodesAsAGpuOperatorDoes() {
        PodPackingInstance instance = small(100, 1).instance();

        assertThat(instance.name()).isEqualTo("openb-n100-s1");
        assertThat(instance.nodes()).hasSize(100).allSatisfy(node -> {
            assertThat(node.scheduling().labels()).containsEntry(ClusterNode.HOSTNAME_LABEL, node.name())
                    .containsKey(ClusterNode.ZONE_LABEL);
            assertThat(node.podLimit()).isEqualTo(110);
        });
        List<ClusterNode> controlPlane = instance.nodes().subList(0, 3);
        assertThat(controlPlane).allSatisfy(node -> assertThat(node.scheduling().taints()).singleElement()
                .satisfies(taint -> assertThat(taint.toString())
                        .isEqualTo("node-role.kubernetes.io/control-plane:NoSchedule")));
        List<ClusterNode> gpuNodes = instance.nodes().stream().filter(node -> node.gpus() > 0).toList();
        assertThat(gpuNodes).isNotEmpty().allSatisfy(node -> {
            assertThat(node.scheduling().labels()).containsEntry(OpenbClusterGenerator.GPU_PRODUCT_LABEL,
                    node.gpuModel());
            assertThat(node.scheduling().taints()).containsExactly(OpenbClusterGenerator.GPU_TAINT);
        });
        assertThat(gpuNodes).extracting(ClusterNode::gpuModel).contains("V100M16", "G2", "T4");
        Map<String, Long> zones = instance.nodes().stream().collect(Collectors.groupingBy(
                node -> node.topologyValue(ClusterNode.ZONE_LABEL), Collectors.counting()));
        assertThat(zones).containsOnlyKeys("zone-a", "zone-b", "zone-c").allSatisfy((zone, count) ->
                assertThat(count).isBetween(33L, 34L));
    }

    @Test
    void runsProtectedStaticPodsOnTheControlPlaneAndLeavesTheDeploymentsPending() {
        PodPackingInstance instance = small(100, 1).instance();

        List<Pod> running = instance.pods().stream().filter(Pod::isRunning).toList();
        assertThat(running).hasSize(12).allSatisfy(pod -> {
            assertThat(pod.protectedPod()).isTrue();
            assertThat(pod.currentNode()).isBetween(0, 2);
            assertThat(pod.priority()).isEqualTo(OpenbClusterGenerator.SYSTEM_NODE_CRITICAL);
            assertThat(pod.name()).startsWith("kube-system/");
        });
        assertThat(running).extracting(Pod::name).contains("kube-system/etcd-control-plane-1",
                "kube-system/kube-scheduler-control-plane-3");
        assertThat(currentState(instance).violations()).isEmpty();
    }

    @Test
    void groupsPodsIntoDeploymentsWithTheTraceRowsRules() {
        GeneratedCluster cluster = small(100, 1);
        PodPackingInstance instance = cluster.instance();
        List<Pod> deploymentPods = instance.pods().stream().filter(pod -> !pod.isRunning()).toList();
        Map<String, List<Pod>> byApp = deploymentPods.stream().collect(Collectors.groupingBy(
                pod -> pod.scheduling().labels().get("app")));

        assertThat(byApp.values()).allSatisfy(replicas -> {
            assertThat(replicas).hasSizeBetween(2, 8);
            Pod first = replicas.getFirst();
            assertThat(replicas).allSatisfy(pod -> {
                assertThat(pod.cpuMillis()).isEqualTo(first.cpuMillis());
                assertThat(pod.gpu()).isEqualTo(first.gpu());
                assertThat(pod.scheduling()).isEqualTo(first.scheduling());
                assertThat(pod.name()).startsWith(first.scheduling().namespace() + "/"
                        + first.scheduling().labels().get("app") + "-");
            });
        });
        assertThat(deploymentPods).allSatisfy(pod -> {
            boolean toleratesGpuNodes = PlacementRules.tolerates(pod, OpenbClusterGenerator.GPU_TAINT);
            assertThat(toleratesGpuNodes).isEqualTo(pod.gpu().any());
        });
        assertThat(deploymentPods).filteredOn(pod -> pod.gpu().models().equals(Set.of("T4"))).isNotEmpty()
                .allSatisfy(pod -> assertThat(pod.scheduling().nodeSelector())
                        .containsExactly(Map.entry(OpenbClusterGenerator.GPU_PRODUCT_LABEL, "T4")));
        assertThat(deploymentPods).filteredOn(pod -> pod.gpu().models().size() == 2).isNotEmpty()
                .allSatisfy(pod -> assertThat(pod.scheduling().nodeAffinity().required()).singleElement()
                        .satisfies(term -> assertThat(term.matchExpressions()).containsExactly(new LabelRequirement(
                                OpenbClusterGenerator.GPU_PRODUCT_LABEL, LabelRequirement.Operator.IN,
                                List.of("V100M16", "V100M32")))));
        assertThat(deploymentPods).anyMatch(pod -> !pod.scheduling().requiredAntiAffinity().isEmpty())
                .anyMatch(pod -> pod.scheduling().topologySpread().stream().anyMatch(spread -> spread.hard()))
                .anyMatch(pod -> pod.scheduling().topologySpread().stream().anyMatch(spread -> !spread.hard()));
        assertThat(instance.budgets()).hasSameSizeAs(cluster.budgetSpecs()).isNotEmpty()
                .allSatisfy(budget -> assertThat(budget.allowedDisruptions()).isZero());
    }

    @Test
    void requestsTheGpuDemandOfTheSettings() {
        PodPackingInstance instance = OpenbClusterGenerator.generate(PodPackingTestFiles.testData("openb-small"),
                new OpenbClusterGenerator.Settings(150, 4, 0.8)).instance();
        long capacity = instance.nodes().stream().mapToLong(node -> 1000L * node.gpus()).sum();
        long requested = instance.pods().stream().mapToLong(pod -> pod.gpu().totalMilli()).sum();

        assertThat(instance.name()).isEqualTo("openb-n150-g080-s4");
        assertThat(requested).isBetween((long) (0.8 * capacity), (long) (0.8 * capacity) + 8 * 2000);
    }

    @Test
    void theSameSeedGivesTheSameCluster() {
        assertThat(small(120, 7)).isEqualTo(small(120, 7));
        assertThat(small(120, 8).instance().nodes()).isNotEqualTo(small(120, 7).instance().nodes());
    }

    @Test
    void rejectsSizesOutsideHundredToFifteenHundredBeforeReadingTheTrace() {
        Path missing = Path.of("no-such-trace-folder");
        assertThatThrownBy(() -> OpenbClusterGenerator.generate(missing, OpenbClusterGenerator.Settings.of(99, 1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("100 to 1500, got 99");
        assertThatThrownBy(() -> OpenbClusterGenerator.generate(missing, OpenbClusterGenerator.Settings.of(1501, 1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("got 1501");
        assertThatThrownBy(() -> new OpenbClusterGenerator.Settings(100, 1, 0))
                .hasMessageContaining("gpuDemand");
    }

    @Test
    void generatesValidClustersOfTheTraceFromHundredToFifteenHundredNodes() {
        Path trace = TestFiles.benchmark("podpacking", "alibaba-openb-2023");
        for (int nodes : List.of(100, 1500)) {
            PodPackingInstance instance = OpenbClusterGenerator.generate(trace,
                    OpenbClusterGenerator.Settings.of(nodes, 2)).instance();
            long gpus = instance.nodes().stream().mapToLong(ClusterNode::gpus).sum();
            long requested = instance.pods().stream().mapToLong(pod -> pod.gpu().totalMilli()).sum();

            assertThat(instance.nodeCount()).isEqualTo(nodes);
            assertThat(requested).isGreaterThanOrEqualTo(1200 * gpus);
            assertThat(instance.podCount()).isBetween(4 * nodes, 12 * nodes);
            Set<String> kinds = instance.pods().stream().map(pod -> pod.gpu().isShare() ? "share"
                    : pod.gpu().devices() > 1 ? "devices" : pod.gpu().any() ? "one" : "cpu")
                    .collect(Collectors.toSet());
            assertThat(kinds).contains("share", "one", "cpu");
            assertThat(instance.pods().stream().filter(pod -> !pod.gpu().models().isEmpty()).count()).isPositive();
            assertThat(currentState(instance).violations()).isEmpty();
        }
    }

    @Test
    void keepsOnlyTheProposedPlacementsTheRulesAllow() {
        GeneratedCluster cluster = small(100, 3);
        PodPackingInstance instance = cluster.instance();
        int[] proposal = new int[instance.podCount()];
        for (int p = 0; p < proposal.length; p++) {
            proposal[p] = instance.pods().get(p).isRunning() ? instance.pods().get(p).currentNode()
                    : p % instance.nodeCount();
        }

        GeneratedCluster running = cluster.withRunning(new PodPlacement(proposal));

        PodPackingInstance after = running.instance();
        assertThat(currentState(after).violations()).isEmpty();
        long kept = after.pods().stream().filter(Pod::isRunning).count();
        assertThat(kept).isGreaterThan(12).isLessThan(instance.podCount());
        for (int p = 0; p < proposal.length; p++) {
            int node = after.pods().get(p).currentNode();
            assertThat(node).isIn(Pod.PENDING, proposal[p]);
            if (node != Pod.PENDING) {
                assertThat(PlacementRules.allowedNew(instance.pods().get(p), instance.nodes().get(node))
                        || instance.pods().get(p).isRunning()).isTrue();
            }
        }
        assertThat(after.budgets()).hasSameSizeAs(instance.budgets());
        assertThat(cluster.budgetSpecs()).allSatisfy(spec -> assertThat(spec.budget(after).allowedDisruptions())
                .isEqualTo(spec.status(after).disruptionsAllowed()));
    }

    @Test
    void keepsOneOfTwoReplicasWithHostnameAntiAffinityOnOneNode() {
        GeneratedCluster cluster = small(100, 1);
        PodPackingInstance instance = cluster.instance();
        Function<Pod, String> app = pod -> pod.scheduling().labels().get("app");
        List<Integer> replicas = new ArrayList<>();
        for (int p = 0; p < instance.podCount(); p++) {
            Pod pod = instance.pods().get(p);
            if (!pod.gpu().any() && !pod.scheduling().requiredAntiAffinity().isEmpty()
                    && (replicas.isEmpty() || app.apply(instance.pods().get(replicas.getFirst())).equals(app.apply(pod)))) {
                replicas.add(p);
            }
        }
        int cpuNode = instance.nodes().indexOf(instance.nodes().stream().skip(3).filter(node -> node.gpus() == 0)
                .findFirst().orElseThrow());
        int[] proposal = instance.currentPlacement().nodes();
        proposal[replicas.get(0)] = cpuNode;
        proposal[replicas.get(1)] = cpuNode;

        PodPackingInstance after = cluster.withRunning(new PodPlacement(proposal)).instance();

        assertThat(after.pods().get(replicas.get(0)).currentNode()).isEqualTo(cpuNode);
        assertThat(after.pods().get(replicas.get(1)).isRunning()).isFalse();
        assertThat(Arrays.stream(after.currentPlacement().nodes()).filter(node -> node == cpuNode)).hasSize(1);
    }
}
