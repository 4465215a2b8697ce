package org.sched4j.instances.taskgraph;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.sched4j.api.ProblemType;
import org.sched4j.instances.BestKnown;
import org.sched4j.instances.InstanceFormat;
import org.sched4j.instances.InstanceFormatException;
import org.sched4j.instances.ParsedInstance;
import org.sched4j.taskgraph.DataEdge;
import org.sched4j.taskgraph.ProcessorNetwork;
import org.sched4j.taskgraph.TaskGraphInstance;
import org.sched4j.taskgraph.TaskGraphProblem;

/**
 * sched4j's own JSON form of a task graph, written by {@code sched4j generate heft-random} and read back exactly:
 * <pre>{@code
 * {"taskgraph": "rand-ccr1-...", "processors": ["P0", "P1"],
 *  "tasks": [{"name": "T0", "costs": [14, 16]}, ...],        // null cost = cannot run there
 *  "edges": [{"source": 0, "target": 1, "volume": 18}, ...],
 *  "bandwidth": [[0, 1], [1, 0]], "latency": [[0, 0], [0, 0]]} // optional: default bandwidth 1, latency 0
 * }</pre>
 * Syntax errors name their line and column; a missing or wrong value is quoted in the message.
 */
public final class TaskGraphJsonFormat implements InstanceFormat<TaskGraphInstance> {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Override
    public String name() {
        return "taskgraph-json";
    }

    @Override
    public ProblemType<TaskGraphInstance, ?> problemType() {
        return TaskGraphProblem.TYPE;
    }

    @Override
    public String description() {
        return "sched4j task graph JSON: processors, tasks with costs per processor, edges with volumes, network";
    }

    @Override
    public boolean recognizes(String fileName, String head) {
        return InstanceFormat.extension(fileName).equals("json") && head.contains("\"taskgraph\"");
    }

    @Override
    public List<ParsedInstance<TaskGraphInstance>> read(Reader reader, String sourceName) {
        JsonNode root = JsonTrees.parse(reader, sourceName);
        JsonTrees trees = new JsonTrees(sourceName);
        String name = root.path("taskgraph").asText(InstanceFormat.baseName(sourceName));
        List<String> processors = new ArrayList<>();
        trees.array(root, "processors").forEach(processor -> processors.add(processor.asText()));
        List<String> tasks = new ArrayList<>();
        ArrayNode taskNodes = trees.array(root, "tasks");
        double[][] costs = new double[taskNodes.size()][];
        for (int task = 0; task < taskNodes.size(); task++) {
            JsonNode node = taskNodes.get(task);
            tasks.add(node.path("name").asText("T" + task));
            ArrayNode costNodes = trees.array(node, "costs");
            if (costNodes.size() != processors.size()) {
                throw trees.error(costNodes, "expected " + processors.size() + " costs, found " + costNodes.size());
            }
            costs[task] = new double[processors.size()];
            for (int p = 0; p < processors.size(); p++) {
                JsonNode cost = costNodes.get(p);
                costs[task][p] = cost.isNull() ? TaskGraphInstance.CANNOT_RUN : trees.number(cost, "a cost or null");
            }
        }
        List<DataEdge> edges = new ArrayList<>();
        for (JsonNode edge : trees.array(root, "edges")) {
            edges.add(trees.build(edge, () -> new DataEdge(trees.integer(edge.path("source"), "a source task"),
                    trees.integer(edge.path("target"), "a target task"),
                    trees.number(edge.path("volume"), "a volume"))));
        }
        ProcessorNetwork network = root.has("bandwidth")
                ? trees.build(root, () -> ProcessorNetwork.of(trees.matrix(root, "bandwidth"),
                        trees.matrix(root, "latency")))
                : ProcessorNetwork.uniform(processors.size());
        TaskGraphInstance instance = trees.build(root, () -> new TaskGraphInstance(name, tasks, processors, costs,
                edges, network));
        return List.of(new ParsedInstance<>(name, instance, BestKnown.unknown(name)));
    }

    @Override
    public boolean canWrite() {
        return true;
    }

    @Override
    public void write(TaskGraphInstance instance, Writer writer) throws IOException {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("taskgraph", instance.name());
        ArrayNode processors = root.putArray("processors");
        instance.processorNames().forEach(processors::add);
        ArrayNode tasks = root.putArray("tasks");
        for (int task = 0; task < instance.taskCount(); task++) {
            ObjectNode node = tasks.addObject().put("name", instance.taskNames().get(task));
            ArrayNode costs = node.putArray("costs");
            for (int p = 0; p < instance.processorCount(); p++) {
                if (instance.canRun(task, p)) {
                    costs.add(instance.cost(task, p));
                } else {
                    costs.addNull();
                }
            }
        }
        ArrayNode edges = root.putArray("edges");
        instance.edges().forEach(edge -> edges.addObject().put("source", edge.source()).put("target", edge.target())
                .put("volume", edge.volume()));
        ArrayNode bandwidth = root.putArray("bandwidth");
        ArrayNode latency = root.putArray("latency");
        for (int p = 0; p < instance.processorCount(); p++) {
            ArrayNode bandwidthRow = bandwidth.addArray();
            ArrayNode latencyRow = latency.addArray();
            for (int q = 0; q < instance.processorCount(); q++) {
                bandwidthRow.add(p == q ? 0 : instance.network().bandwidth(p, q));
                latencyRow.add(p == q ? 0 : instance.network().latency(p, q));
            }
        }
        MAPPER.writerWithDefaultPrettyPrinter().writeValue(writer, root);
    }

    /** Reads JSON trees with positions and turns defects into {@link InstanceFormatException}s. */
    static final class JsonTrees {

        private static final ObjectMapper LOCATING = new ObjectMapper();

        private final String source;

        JsonTrees(String source) {
            this.source = source;
        }

        static JsonNode parse(Reader reader, String source) {
            try {
                return LOCATING.readTree(reader);
            } catch (JsonProcessingException e) {
                JsonLocation location = e.getLocation();
                throw new InstanceFormatException(source, location == null ? 0 : location.getLineNr(),
                        location == null ? 0 : location.getColumnNr(), "expected JSON: " + e.getOriginalMessage());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + source + ": " + e.getMessage(), e);
            }
        }

        ArrayNode array(JsonNode parent, String field) {
            JsonNode node = parent.path(field);
            if (!node.isArray()) {
                throw error(parent, "expected an array '" + field + "'");
            }
            return (ArrayNode) node;
        }

        double number(JsonNode node, String what) {
            if (!node.isNumber()) {
                throw error(node, "expected " + what + " (a number), found " + (node.isMissingNode() ? "nothing"
                        : node.toString()));
            }
            return node.asDouble();
        }

        int integer(JsonNode node, String what) {
            if (!node.canConvertToInt() || !node.isIntegralNumber()) {
                throw error(node, "expected " + what + " (an integer), found " + (node.isMissingNode() ? "nothing"
                        : node.toString()));
            }
            return node.asInt();
        }

        double[][] matrix(JsonNode parent, String field) {
            ArrayNode rows = array(parent, field);
            double[][] matrix = new double[rows.size()][];
            for (int row = 0; row < rows.size(); row++) {
                JsonNode values = rows.get(row);
                matrix[row] = new double[values.size()];
                for (int column = 0; column < values.size(); column++) {
                    matrix[row][column] = number(values.get(column), field + " entry");
                }
            }
            return matrix;
        }

        <T> T build(JsonNode node, Supplier<T> constructor) {
            try {
                return constructor.get();
            } catch (IllegalArgumentException e) {
                throw error(node, e.getMessage());
            }
        }

        InstanceFormatException error(JsonNode node, String problem) {
            return new InstanceFormatException(source, 0, 0, problem + (node.isMissingNode() ? "" : " in "
                    + abbreviate(node.toString())));
        }

        private static String abbreviate(String text) {
            return text.length() > 60 ? text.substring(0, 57) + "..." : text;
        }
    }
}
