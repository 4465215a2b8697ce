package org.sched4j.instances.podpacking;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sched4j.api.ProblemType;
import org.sched4j.instances.BestKnown;
import org.sched4j.instances.InstanceFormat;
import org.sched4j.instances.ParsedInstance;
import org.sched4j.podpacking.ClusterNode;
import org.sched4j.podpacking.Pod;
import org.sched4j.podpacking.PodPackingInstance;
import org.sched4j.podpacking.PodPackingProblem;

/**
 * sched4j's compact pod packing scenario, one JSON object (read and written):
 * <pre>{@code
 * {"format": "sched4j-podpacking", "name": "demo",
 *  "nodes": [{"name": "n1", "cpu_millis": 4000, "memory_bytes": 8589934592, "pod_limit": 110}],
 *  "pods": [{"name": "web-1", "cpu_millis": 500, "memory_bytes": 268435456, "priority": 10,
 *            "node": "n1", "protected": false}]}
 * }</pre>
 * Pods are in creation order; {@code node} is absent (or null) for a pending pod; {@code priority} defaults to 0,
 * {@code protected} to false, {@code pod_limit} to 110. Errors name {@code file:line:column}.
 */
public final class PodPackingJsonFormat implements InstanceFormat<PodPackingInstance> {

    /** The value of the {@code format} field that identifies the format. */
    public static final String MARKER = "sched4j-podpacking";

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final int DEFAULT_POD_LIMIT = 110;

    @Override
    public String name() {
        return "podpacking-json";
    }

    @Override
    public ProblemType<PodPackingInstance, ?> problemType() {
        return PodPackingProblem.TYPE;
    }

    @Override
    public String description() {
        return "sched4j's compact pod packing scenario (JSON: nodes, pods with requests, priority, current node)";
    }

    @Override
    public boolean recognizes(String fileName, String head) {
        return InstanceFormat.extension(fileName).equals("json") && head.contains("\"" + MARKER + "\"");
    }

    @Override
    public List<ParsedInstance<PodPackingInstance>> read(Reader reader, String sourceName) {
        JsonSource source = JsonSource.read(reader, sourceName);
        JsonNode root = source.root();
        if (!MARKER.equals(root.path("format").asText())) {
            throw source.error(JsonPointer.empty(), "expected \"format\": \"" + MARKER + "\"");
        }
        String name = root.path("name").asText(InstanceFormat.baseName(sourceName));
        List<ClusterNode> nodes = new ArrayList<>();
        Map<String, Integer> nodeIndex = new HashMap<>();
        JsonNode nodeList = array(source, "nodes");
        for (int i = 0; i < nodeList.size(); i++) {
            ClusterNode node = node(source, nodeList.get(i), pointer("nodes", i));
            if (nodeIndex.putIfAbsent(node.name(), i) != null) {
                throw source.error(pointer("nodes", i), "a second node named " + node.name());
            }
            nodes.add(node);
        }
        List<Pod> pods = new ArrayList<>();
        JsonNode podList = array(source, "pods");
        for (int i = 0; i < podList.size(); i++) {
            pods.add(pod(source, podList.get(i), pointer("pods", i), nodeIndex));
        }
        try {
            return List.of(new ParsedInstance<>(name, new PodPackingInstance(name, nodes, pods), BestKnown.unknown(name)));
        } catch (IllegalArgumentException e) {
            throw source.error(JsonPointer.empty().appendProperty("pods"), e.getMessage());
        }
    }

    @Override
    public boolean canWrite() {
        return true;
    }

    /** Writes {@code instance}, one node or pod per line. */
    @Override
    public void write(PodPackingInstance instance, Writer writer) throws IOException {
        writer.write("{\"format\": \"" + MARKER + "\", \"name\": " + MAPPER.writeValueAsString(instance.name())
                + ",\n\"nodes\": [\n");
        for (int i = 0; i < instance.nodeCount(); i++) {
            ClusterNode node = instance.nodes().get(i);
            ObjectNode json = MAPPER.createObjectNode().put("name", node.name()).put("cpu_millis", node.cpuMillis())
                    .put("memory_bytes", node.memoryBytes()).put("pod_limit", node.podLimit());
            writer.write(MAPPER.writeValueAsString(json) + (i + 1 < instance.nodeCount() ? ",\n" : "\n"));
        }
        writer.write("],\n\"pods\": [\n");
        for (int i = 0; i < instance.podCount(); i++) {
            Pod pod = instance.pods().get(i);
            ObjectNode json = MAPPER.createObjectNode().put("name", pod.name()).put("cpu_millis", pod.cpuMillis())
                    .put("memory_bytes", pod.memoryBytes()).put("priority", pod.priority());
            if (pod.isRunning()) {
                json.put("node", instance.nodes().get(pod.currentNode()).name());
            }
            if (pod.protectedPod()) {
                json.put("protected", true);
            }
            writer.write(MAPPER.writeValueAsString(json) + (i + 1 < instance.podCount() ? ",\n" : "\n"));
        }
        writer.write("]}\n");
    }

    private static JsonPointer pointer(String list, int index) {
        return JsonPointer.empty().appendProperty(list).appendIndex(index);
    }

    private static JsonNode array(JsonSource source, String field) {
        JsonNode array = source.root().path(field);
        if (!array.isArray()) {
            throw source.error(JsonPointer.empty(), "expected an array \"" + field + "\"");
        }
        return array;
    }

    private static ClusterNode node(JsonSource source, JsonNode node, JsonPointer pointer) {
        String name = text(source, node, pointer, "name");
        try {
            return new ClusterNode(name, number(source, node, pointer, "cpu_millis"),
                    number(source, node, pointer, "memory_bytes"),
                    node.has("pod_limit") ? Math.toIntExact(number(source, node, pointer, "pod_limit"))
                            : DEFAULT_POD_LIMIT);
        } catch (IllegalArgumentException | ArithmeticException e) {
            throw source.error(pointer, e.getMessage());
        }
    }

    private static Pod pod(JsonSource source, JsonNode pod, JsonPointer pointer, Map<String, Integer> nodeIndex) {
        String name = text(source, pod, pointer, "name");
        int node = Pod.PENDING;
        if (pod.hasNonNull("node")) {
            Integer index = nodeIndex.get(pod.get("node").asText());
            if (index == null) {
                throw source.error(pointer.appendProperty("node"), "expected the name of a node, found "
                        + pod.get("node"));
            }
            node = index;
        }
        JsonNode priority = pod.path("priority");
        if (!priority.isMissingNode() && !priority.canConvertToInt()) {
            throw source.error(pointer.appendProperty("priority"), "expected an integer priority, found " + priority);
        }
        try {
            return new Pod(name, number(source, pod, pointer, "cpu_millis"), number(source, pod, pointer,
                    "memory_bytes"), priority.asInt(0), node, pod.path("protected").asBoolean(false));
        } catch (IllegalArgumentException e) {
            throw source.error(pointer, e.getMessage());
        }
    }

    private static String text(JsonSource source, JsonNode object, JsonPointer pointer, String field) {
        JsonNode value = object.path(field);
        if (!value.isTextual() || value.asText().isEmpty()) {
            throw source.error(pointer.appendProperty(field), "expected \"" + field + "\", a non-empty string");
        }
        return value.asText();
    }

    private static long number(JsonSource source, JsonNode object, JsonPointer pointer, String field) {
        JsonNode value = object.path(field);
        if (!value.isIntegralNumber() || !value.canConvertToLong()) {
            throw source.error(pointer.appendProperty(field), "expected \"" + field + "\", an integer");
        }
        return value.asLong();
    }
}
