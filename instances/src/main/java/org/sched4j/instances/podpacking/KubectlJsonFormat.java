package org.sched4j.instances.podpacking;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.sched4j.api.ProblemType;
import org.sched4j.instances.BestKnown;
import org.sched4j.instances.FolderInstanceFormat;
import org.sched4j.instances.InstanceFormat;
import org.sched4j.instances.ParsedInstance;
import org.sched4j.podpacking.ClusterNode;
import org.sched4j.podpacking.DisruptionBudget;
import org.sched4j.podpacking.Pod;
import org.sched4j.podpacking.PodPackingInstance;
import org.sched4j.podpacking.PodPackingProblem;

/**
 * What {@code kubectl get nodes -o json}, {@code kubectl get pods -A -o json} and {@code kubectl get pdb -A -o json}
 * print: a folder holding {@code nodes.json}, {@code pods.json} and optionally {@code pdb.json} (each a {@code List}
 * of {@code Node}, {@code Pod} or {@code PodDisruptionBudget} objects), or one file with a {@code List} of these
 * kinds ({@code kubectl get nodes,pods,pdb -A -o json}).
 *
 * <p>What is read, as the Kubernetes API defines it ({@code staging/src/k8s.io/api/core/v1/types.go},
 * {@code staging/src/k8s.io/api/policy/v1/types.go}) and the scheduler interprets it:
 * <ul>
 *   <li>a node ({@link KubectlNodeReader}): its name, labels, allocatable {@code cpu}, {@code memory},
 *       {@code pods} and GPUs ({@code nvidia.com/gpu}, model label {@code nvidia.com/gpu.product}),
 *       {@code spec.taints} and {@code spec.unschedulable};</li>
 *   <li>a pod ({@link KubectlPodReader}): {@code namespace/name}, labels, requests by the Kubernetes rule
 *       ({@link PodRequests}), priority, node, protection, GPU request (whole devices or an openb-style share), and
 *       its scheduling rules ({@link KubectlSchedulingReader}: tolerations, node selector, node affinity, pod
 *       affinity and anti-affinity, topology spread constraints); pods whose {@code status.phase} is
 *       {@code Succeeded} or {@code Failed} hold no resources and are left out;</li>
 *   <li>a PodDisruptionBudget ({@link KubectlBudgetReader}): selector and allowed disruptions.</li>
 * </ul>
 * Unknown fields are ignored. Malformed values of the fields read are {@link org.sched4j.instances
 * .InstanceFormatException}s at their {@code file:line:column}. Rules the model does not follow but that decide where
 * pods may run (other extended resources, host ports, volume topology, namespace selectors on namespace labels,
 * pods in more than one budget, ...) are listed in {@link PodPackingInstance#unsupported()}, never dropped silently.
 * Quantities are parsed exactly ({@link KubernetesQuantity}).
 */
public final class KubectlJsonFormat implements FolderInstanceFormat<PodPackingInstance> {

    /** The file of nodes in a folder instance. */
    public static final String NODES_FILE = "nodes.json";
    /** The file of pods in a folder instance. */
    public static final String PODS_FILE = "pods.json";
    /** The optional file of PodDisruptionBudgets in a folder instance. */
    public static final String BUDGETS_FILE = "pdb.json";

    private static final Set<String> FINISHED_PHASES = Set.of("Succeeded", "Failed");

    /** The items of one kind in one source. */
    private record Items(JsonSource source, List<Integer> indices) {

        static Items none() {
            return new Items(null, List.of());
        }

        JsonNode get(int index) {
            return source.root().path("items").get(index);
        }
    }

    @Override
    public String name() {
        return "kubectl-json";
    }

    @Override
    public ProblemType<PodPackingInstance, ?> problemType() {
        return PodPackingProblem.TYPE;
    }

    @Override
    public String description() {
        return "kubectl get nodes/pods/pdb -o json: a folder with nodes.json, pods.json and optionally pdb.json "
                + "(or one List of these kinds)";
    }

    @Override
    public boolean recognizesFolder(Path folder) {
        return Files.isRegularFile(folder.resolve(NODES_FILE)) && Files.isRegularFile(folder.resolve(PODS_FILE));
    }

    @Override
    public List<ParsedInstance<PodPackingInstance>> read(Path file) {
        if (!Files.isDirectory(file)) {
            return FolderInstanceFormat.super.read(file);
        }
        JsonSource nodes = readFile(file.resolve(NODES_FILE));
        JsonSource pods = readFile(file.resolve(PODS_FILE));
        Path budgetFile = file.resolve(BUDGETS_FILE);
        JsonSource budgets = Files.isRegularFile(budgetFile) ? readFile(budgetFile) : null;
        String name = file.toAbsolutePath().normalize().getFileName().toString();
        return List.of(build(name, new Items(nodes, items(nodes)), new Items(pods, items(pods)),
                budgets == null ? Items.none() : new Items(budgets, items(budgets))));
    }

    @Override
    public List<ParsedInstance<PodPackingInstance>> read(Reader reader, String sourceName) {
        JsonSource source = JsonSource.read(reader, sourceName);
        List<Integer> all = items(source);
        return List.of(build(InstanceFormat.baseName(sourceName), ofKind(source, all, "Node"),
                ofKind(source, all, "Pod"), ofKind(source, all, "PodDisruptionBudget")));
    }

    private static Items ofKind(JsonSource source, List<Integer> all, String kind) {
        return new Items(source, all.stream()
                .filter(i -> source.root().path("items").get(i).path("kind").asText("").equals(kind)).toList());
    }

    private static JsonSource readFile(Path file) {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return JsonSource.read(reader, file.getFileName().toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** The indices of the items of a {@code List}. */
    private static List<Integer> items(JsonSource source) {
        JsonNode items = source.root().path("items");
        if (!items.isArray()) {
            throw source.error(JsonPointer.empty(), "expected a kubectl List object with an \"items\" array");
        }
        List<Integer> indices = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            if (!items.get(i).isObject()) {
                throw source.error(itemPointer(i), "expected a Kubernetes object");
            }
            indices.add(i);
        }
        return indices;
    }

    private static JsonPointer itemPointer(int item) {
        return JsonPointer.empty().appendProperty("items").appendIndex(item);
    }

    private static ParsedInstance<PodPackingInstance> build(String name, Items nodeItems, Items podItems,
                                                            Items budgetItems) {
        List<ClusterNode> nodes = new ArrayList<>();
        Map<String, Integer> nodeIndex = new HashMap<>();
        if (!nodeItems.indices().isEmpty()) {
            KubectlNodeReader reader = new KubectlNodeReader(nodeItems.source());
            for (int item : nodeItems.indices()) {
                ClusterNode node = reader.node(nodeItems.get(item), itemPointer(item));
                if (nodeIndex.putIfAbsent(node.name(), nodes.size()) != null) {
                    throw nodeItems.source().error(itemPointer(item), "a second node named " + node.name());
                }
                nodes.add(node);
            }
        }
        UnsupportedRules unsupported = new UnsupportedRules();
        List<Pod> pods = readPods(podItems, nodeIndex, unsupported);
        List<DisruptionBudget> budgets = new ArrayList<>();
        for (int item : budgetItems.indices()) {
            budgets.add(new KubectlBudgetReader(budgetItems.source()).budget(budgetItems.get(item), itemPointer(item),
                    pods));
        }
        for (Pod pod : pods) {
            if (budgets.stream().filter(budget -> budget.covers(pod)).count() > 1) {
                unsupported.note("pods covered by more than one PodDisruptionBudget (the eviction API refuses to "
                        + "evict them; each budget is checked)", pod.name());
            }
        }
        PodPackingInstance instance = new PodPackingInstance(name, nodes, pods, budgets, unsupported.lines());
        return new ParsedInstance<>(name, instance, BestKnown.unknown(name));
    }

    private static List<Pod> readPods(Items podItems, Map<String, Integer> nodeIndex, UnsupportedRules unsupported) {
        List<Integer> live = podItems.indices().stream().filter(item -> !FINISHED_PHASES.contains(
                podItems.get(item).path("status").path("phase").asText())).toList();
        if (live.isEmpty()) {
            return List.of();
        }
        Set<String> namespaces = new TreeSet<>();
        live.forEach(item -> namespaces.add(KubectlPodReader.namespace(podItems.get(item))));
        KubectlPodReader reader = new KubectlPodReader(podItems.source(), nodeIndex, namespaces, unsupported);
        List<Pod> pods = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (int item : live) {
            Pod pod = reader.pod(podItems.get(item), itemPointer(item));
            if (!names.add(pod.name())) {
                throw podItems.source().error(itemPointer(item), "a second pod named " + pod.name());
            }
            pods.add(pod);
        }
        return pods;
    }
}
