package org.sched4j.instances.taskgraph;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.sched4j.api.ProblemType;
import org.sched4j.instances.BestKnown;
import org.sched4j.instances.InstanceFormat;
import org.sched4j.instances.ParsedInstance;
import org.sched4j.instances.taskgraph.TaskGraphJsonFormat.JsonTrees;
import org.sched4j.taskgraph.DataEdge;
import org.sched4j.taskgraph.ProcessorNetwork;
import org.sched4j.taskgraph.TaskGraphInstance;
import org.sched4j.taskgraph.TaskGraphProblem;

/**
 * WfCommons workflow instances (JSON schema 1.4, Coleman et al., "WfCommons: A framework for enabling scientific
 * workflow research and development", FGCS 128, 2022): {@code workflow.tasks[]} with {@code name}, {@code parents}
 * (names), {@code runtimeInSeconds} and {@code files} ({@code link} input/output, {@code name},
 * {@code sizeInBytes}).
 *
 * <p>A task's cost on processor {@code p} is its recorded runtime divided by {@code p}'s speed factor; an edge's
 * volume is the total size of the files the parent writes and the child reads (bytes), moved at the platform's
 * bandwidth (bytes per second) after its latency (seconds). The platform is given by the options
 * {@code speeds=1,1,2,4} (the command line's {@code --speeds}), {@code bandwidth} and {@code latency}, or by
 * {@code platform=FILE} (the command line's {@code --platform FILE}), a small JSON file
 * <pre>{@code {"processors": [{"name": "cpu", "speed": 1}, {"name": "gpu", "speed": 8}],
 *  "bandwidth": 125000000, "latency": 0.001}}</pre>
 * By default: four processors of speeds 1, 1, 2 and 4 on a 125,000,000 B/s (1 Gbit/s) network without latency.
 */
public final class WfCommonsFormat implements InstanceFormat<TaskGraphInstance> {

    /** The default speed factors: two reference processors, one twice and one four times as fast. */
    public static final List<Double> DEFAULT_SPEEDS = List.of(1.0, 1.0, 2.0, 4.0);

    /** The default bandwidth, bytes per second (1 Gbit/s). */
    public static final double DEFAULT_BANDWIDTH = 125_000_000;

    private final List<String> processorNames;
    private final List<Double> speeds;
    private final double bandwidth;
    private final double latency;

    /** The format with the default platform. */
    public WfCommonsFormat() {
        this(DEFAULT_SPEEDS, DEFAULT_BANDWIDTH, 0);
    }

    /**
     * The format with the given platform.
     *
     * @param speeds    one speed factor per processor, positive (a task runs {@code runtime / speed})
     * @param bandwidth bytes per second between distinct processors, positive
     * @param latency   seconds before each transfer between distinct processors, at least 0
     */
    public WfCommonsFormat(List<Double> speeds, double bandwidth, double latency) {
        this(IntStream.range(0, speeds.size()).mapToObj(p -> "P" + p + "x" + speeds.get(p)).toList(), speeds,
                bandwidth, latency);
    }

    private WfCommonsFormat(List<String> processorNames, List<Double> speeds, double bandwidth, double latency) {
        this.processorNames = List.copyOf(processorNames);
        this.speeds = List.copyOf(speeds);
        if (this.speeds.isEmpty() || this.speeds.stream().anyMatch(speed -> !(speed > 0))) {
            throw new IllegalArgumentException("speeds must be positive, got " + speeds);
        }
        if (!(bandwidth > 0) || !(latency >= 0)) {
            throw new IllegalArgumentException("bandwidth must be positive and latency at least 0, got " + bandwidth
                    + " and " + latency);
        }
        this.bandwidth = bandwidth;
        this.latency = latency;
    }

    @Override
    public String name() {
        return "wfcommons";
    }

    @Override
    public ProblemType<TaskGraphInstance, ?> problemType() {
        return TaskGraphProblem.TYPE;
    }

    @Override
    public String description() {
        return "WfCommons workflow JSON (schema 1.4): runtimes scaled by processor speeds (format option speeds=1,1,2,4)";
    }

    @Override
    public boolean recognizes(String fileName, String head) {
        return InstanceFormat.extension(fileName).equals("json") && head.contains("\"workflow\"")
                && head.contains("\"schemaVersion\"");
    }

    /**
     * Reads {@code platform} (a platform JSON file), or {@code speeds} (comma-separated factors), {@code bandwidth}
     * (B/s) and {@code latency} (s).
     */
    @Override
    public InstanceFormat<TaskGraphInstance> configure(Map<String, String> options) {
        if (options.containsKey("platform")) {
            return readPlatform(Path.of(options.get("platform")));
        }
        try {
            List<Double> newSpeeds = options.containsKey("speeds") ? Arrays.stream(options.get("speeds").split(","))
                    .map(String::strip).map(Double::parseDouble).toList() : speeds;
            double newBandwidth = options.containsKey("bandwidth") ? Double.parseDouble(options.get("bandwidth"))
                    : bandwidth;
            double newLatency = options.containsKey("latency") ? Double.parseDouble(options.get("latency")) : latency;
            return new WfCommonsFormat(newSpeeds, newBandwidth, newLatency);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("speeds, bandwidth and latency must be numbers: " + e.getMessage());
        }
    }

    private static WfCommonsFormat readPlatform(Path file) {
        String source = file.getFileName().toString();
        JsonNode root;
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            root = JsonTrees.parse(reader, source);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
        JsonTrees trees = new JsonTrees(source);
        List<String> names = new ArrayList<>();
        List<Double> factors = new ArrayList<>();
        for (JsonNode processor : trees.array(root, "processors")) {
            names.add(processor.path("name").asText("P" + names.size()));
            factors.add(trees.number(processor.path("speed"), "a processor speed"));
        }
        double bandwidth = root.has("bandwidth") ? trees.number(root.path("bandwidth"), "a bandwidth in B/s")
                : DEFAULT_BANDWIDTH;
        double latency = root.has("latency") ? trees.number(root.path("latency"), "a latency in s") : 0;
        return trees.build(root, () -> new WfCommonsFormat(names, factors, bandwidth, latency));
    }

    @Override
    public List<ParsedInstance<TaskGraphInstance>> read(Reader reader, String sourceName) {
        JsonNode root = JsonTrees.parse(reader, sourceName);
        JsonTrees trees = new JsonTrees(sourceName);
        JsonNode workflow = root.path("workflow");
        JsonNode taskNodes = workflow.has("specification") ? workflow.path("specification") : workflow;
        List<JsonNode> tasks = new ArrayList<>();
        trees.array(taskNodes, "tasks").forEach(tasks::add);
        Map<String, Integer> numbers = new HashMap<>();
        for (int task = 0; task < tasks.size(); task++) {
            String name = tasks.get(task).path("name").asText(tasks.get(task).path("id").asText());
            if (numbers.putIfAbsent(name, task) != null) {
                throw trees.error(tasks.get(task), "expected a unique task name, found '" + name + "' twice");
            }
        }
        double[][] costs = new double[tasks.size()][];
        List<DataEdge> edges = new ArrayList<>();
        for (int task = 0; task < tasks.size(); task++) {
            JsonNode node = tasks.get(task);
            double runtime = trees.number(node.path("runtimeInSeconds"), "runtimeInSeconds");
            costs[task] = speeds.stream().mapToDouble(speed -> runtime / speed).toArray();
            for (JsonNode parent : trees.array(node, "parents")) {
                Integer source = numbers.get(parent.asText());
                if (source == null) {
                    throw trees.error(node, "expected parents among the tasks, found '" + parent.asText() + "'");
                }
                edges.add(new DataEdge(source, task, sharedBytes(tasks.get(source), node)));
            }
        }
        String instanceName = InstanceFormat.baseName(sourceName);
        TaskGraphInstance instance = trees.build(root, () -> new TaskGraphInstance(instanceName,
                tasks.stream().map(node -> node.path("name").asText(node.path("id").asText())).toList(),
                processorNames, costs,
                edges, ProcessorNetwork.uniform(speeds.size(), bandwidth, latency)));
        return List.of(new ParsedInstance<>(instanceName, instance,
                BestKnown.unknown(instanceName)));
    }

    private static double sharedBytes(JsonNode parent, JsonNode child) {
        Set<String> inputs = new HashSet<>();
        child.path("files").forEach(file -> {
            if (file.path("link").asText().equals("input")) {
                inputs.add(file.path("name").asText());
            }
        });
        double bytes = 0;
        for (JsonNode file : parent.path("files")) {
            if (file.path("link").asText().equals("output") && inputs.contains(file.path("name").asText())) {
                bytes += file.path("sizeInBytes").asDouble();
            }
        }
        return bytes;
    }
}
