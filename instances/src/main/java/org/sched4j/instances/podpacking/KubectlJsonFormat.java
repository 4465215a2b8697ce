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
import org.sched4j.api.ProblemType;
import org.sched4j.instances.BestKnown;
import org.sched4j.instances.FolderInstanceFormat;
import org.sched4j.instances.InstanceFormat;
import org.sched4j.instances.ParsedInstance;
import org.sched4j.podpacking.ClusterNode;
import org.sched4j.podpacking.Pod;
import org.sched4j.podpacking.PodPackingInstance;
import org.sched4j.podpacking.PodPackingProblem;

/**
 * What {@code kubectl get nodes -o json} and {@code kubectl get pods -A -o json} print: a folder holding
 * {@code nodes.json} and {@code pods.json} (each a {@code List} of {@code Node} or {@code Pod} objects), or one file
 * with a {@code List} of both kinds ({@code kubectl get nodes,pods -A -o json}).
 *
 * <p>What is read:
 * <ul>
 *   <li>a node: {@code metadata.name}; {@code status.allocatable} (else {@code status.capacity}): {@code cpu},
 *       {@code memory} and {@code pods} (110, the kubelet's default, when absent);</li>
 *   <li>a pod: {@code metadata.namespace}/{@code metadata.name}; its requests by the Kubernetes rule
 *       ({@link PodRequests}: containers, init containers and sidecars, overhead); {@code spec.priority} (0 when
 *       absent); {@code spec.nodeName} (running there when set, else pending); pods whose {@code status.phase} is
 *       {@code Succeeded} or {@code Failed} hold no resources and are left out;</li>
 *   <li>protected (never moved or evicted): running DaemonSet pods ({@code metadata.ownerReferences} of kind
 *       {@code DaemonSet}), static pods (annotation {@code kubernetes.io/config.mirror}) and pods annotated
 *       {@code sched4j.org/protected: "true"}.</li>
 * </ul>
 * Not modelled: taints and tolerations, node selectors and affinities, {@code spec.unschedulable}, topology spread,
 * extended resources (GPUs), PodDisruptionBudgets. Quantities are parsed exactly ({@link KubernetesQuantity}).
 */
public final class KubectlJsonFormat implements FolderInstanceFormat<PodPackingInstance> {

    /** The file of nodes in a folder instance. */
    public static final String NODES_FILE = "nodes.json";
    /** The file of pods in a folder instance. */
    public static final String PODS_FILE = "pods.json";

    private static final int DEFAULT_POD_LIMIT = 110;
    private static final Set<String> FINISHED_PHASES = Set.of("Succeeded", "Failed");

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
        return "kubectl get nodes/pods -o json: a folder with nodes.json and pods.json (or one List of both kinds)";
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
        String name = file.toAbsolutePath().normalize().getFileName().toString();
        return List.of(build(name, nodes, items(nodes), pods, items(pods)));
    }

    @Override
    public List<ParsedInstance<PodPackingInstance>> read(Reader reader, String sourceName) {
        JsonSource source = JsonSource.read(reader, sourceName);
        List<Integer> all = items(source);
        List<Integer> nodes = all.stream().filter(i -> kind(source, i).equals("Node")).toList();
        List<Integer> pods = all.stream().filter(i -> kind(source, i).equals("Pod")).toList();
        return List.of(build(InstanceFormat.baseName(sourceName), source, nodes, source, pods));
    }

    private static JsonSource readFile(Path file) {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return JsonSource.read(reader, file.getFileName().toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** The indices of the items of a {@code List}, or of the one object when the document is a single object. */
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

    private static String kind(JsonSource source, int item) {
        return source.root().path("items").get(item).path("kind").asText("");
    }

    private static JsonPointer itemPointer(int item) {
        return JsonPointer.empty().appendProperty("items").appendIndex(item);
    }

    private static ParsedInstance<PodPackingInstance> build(String name, JsonSource nodeSource, List<Integer> nodeItems,
                                                            JsonSource podSource, List<Integer> podItems) {
        List<ClusterNode> nodes = new ArrayList<>();
        Map<String, Integer> nodeIndex = new HashMap<>();
        for (int item : nodeItems) {
            ClusterNode node = node(nodeSource, item);
            if (nodeIndex.putIfAbsent(node.name(), nodes.size()) != null) {
                throw nodeSource.error(itemPointer(item), "a second node named " + node.name());
            }
            nodes.add(node);
        }
        List<Pod> pods = new ArrayList<>();
        Set<String> podNames = new HashSet<>();
        for (int item : podItems) {
            JsonNode pod = podSource.root().path("items").get(item);
            if (FINISHED_PHASES.contains(pod.path("status").path("phase").asText())) {
                continue;
            }
            Pod parsed = pod(podSource, item, nodeIndex);
            if (!podNames.add(parsed.name())) {
                throw podSource.error(itemPointer(item), "a second pod named " + parsed.name());
            }
            pods.add(parsed);
        }
        return new ParsedInstance<>(name, new PodPackingInstance(name, nodes, pods), BestKnown.unknown(name));
    }

    private static ClusterNode node(JsonSource source, int item) {
        JsonPointer pointer = itemPointer(item);
        JsonNode node = source.root().path("items").get(item);
        String name = requiredText(source, node.path("metadata").path("name"), pointer.appendProperty("metadata")
                .appendProperty("name"), "the node's metadata.name");
        JsonPointer statusPointer = pointer.appendProperty("status");
        String listName = node.path("status").has("allocatable") ? "allocatable" : "capacity";
        JsonNode resources = node.path("status").path(listName);
        JsonPointer resourcesPointer = statusPointer.appendProperty(listName);
        if (!resources.isObject() || !resources.has("cpu") || !resources.has("memory")) {
            throw source.error(resourcesPointer, "expected status.allocatable with cpu and memory for node " + name);
        }
        PodRequests allocatable = PodRequests.resources(source, resources, resourcesPointer);
        int podLimit = resources.has("pods") ? (int) PodRequests.units(source, resources.get("pods"),
                resourcesPointer.appendProperty("pods"), Integer.MAX_VALUE) : DEFAULT_POD_LIMIT;
        return new ClusterNode(name, allocatable.cpuMillis(), allocatable.memoryBytes(), podLimit);
    }

    private static Pod pod(JsonSource source, int item, Map<String, Integer> nodeIndex) {
        JsonPointer pointer = itemPointer(item);
        JsonNode pod = source.root().path("items").get(item);
        JsonNode metadata = pod.path("metadata");
        String name = metadata.path("namespace").asText("default") + "/" + requiredText(source, metadata.path("name"),
                pointer.appendProperty("metadata").appendProperty("name"), "the pod's metadata.name");
        JsonNode spec = pod.path("spec");
        JsonPointer specPointer = pointer.appendProperty("spec");
        if (!spec.isObject()) {
            throw source.error(pointer, "expected the pod's spec");
        }
        PodRequests requests = PodRequests.of(source, spec, specPointer);
        JsonNode priority = spec.path("priority");
        if (!priority.isMissingNode() && !priority.canConvertToInt()) {
            throw source.error(specPointer.appendProperty("priority"), "expected an integer priority, found "
                    + priority);
        }
        int currentNode = Pod.PENDING;
        if (spec.hasNonNull("nodeName")) {
            Integer node = nodeIndex.get(spec.get("nodeName").asText());
            if (node == null) {
                throw source.error(specPointer.appendProperty("nodeName"), "pod " + name + " runs on node "
                        + spec.get("nodeName").asText() + ", which is not among the nodes");
            }
            currentNode = node;
        }
        boolean protectedPod = currentNode != Pod.PENDING && isProtected(metadata);
        return new Pod(name, requests.cpuMillis(), requests.memoryBytes(), priority.asInt(0), currentNode,
                protectedPod);
    }

    private static boolean isProtected(JsonNode metadata) {
        JsonNode annotations = metadata.path("annotations");
        if (annotations.has("kubernetes.io/config.mirror")
                || "true".equals(annotations.path("sched4j.org/protected").asText())) {
            return true;
        }
        for (JsonNode owner : metadata.path("ownerReferences")) {
            if ("DaemonSet".equals(owner.path("kind").asText())) {
                return true;
            }
        }
        return false;
    }

    private static String requiredText(JsonSource source, JsonNode value, JsonPointer pointer, String what) {
        if (!value.isTextual() || value.asText().isEmpty()) {
            throw source.error(pointer, "expected " + what + ", a non-empty string");
        }
        return value.asText();
    }
}
