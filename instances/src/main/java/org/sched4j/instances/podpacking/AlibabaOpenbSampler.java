package org.sched4j.instances.podpacking;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.sched4j.instances.InstanceFormatException;
import org.sched4j.podpacking.ClusterNode;
import org.sched4j.podpacking.Pod;
import org.sched4j.podpacking.PodPackingInstance;

/**
 * Scenarios sampled from the Alibaba cluster trace {@code openb} (2023, "Beware of Fragmentation", Weng et al.,
 * USENIX ATC 2023): nodes drawn from {@code openb_node_list_all_node.csv} ({@code cpu_milli}, {@code memory_mib}) and
 * pods from {@code openb_pod_list_default.csv} ({@code cpu_milli}, {@code memory_mib}, {@code qos},
 * {@code creation_time}), both uniformly with replacement, so any size can be drawn; pods keep the trace's creation
 * order. GPUs are left out (the model has CPU and memory only). Priorities come from the QoS class: Guaranteed 1000,
 * LS (latency-sensitive) 100, Burstable 10, BE (best effort) 0. Pod limit 110 per node. All pods are pending.
 */
public final class AlibabaOpenbSampler {

    /** The node list's file name. */
    public static final String NODE_FILE = "openb_node_list_all_node.csv";
    /** The pod list's file name. */
    public static final String POD_FILE = "openb_pod_list_default.csv";

    private static final Map<String, Integer> PRIORITY_OF_QOS = Map.of("Guaranteed", 1000, "LS", 100,
            "Burstable", 10, "BE", 0);
    private static final long BYTES_PER_MIB = 1L << 20;
    private static final int POD_LIMIT = 110;

    private AlibabaOpenbSampler() {
    }

    /** A trace pod: requests, priority and creation time. */
    private record TracePod(long cpuMillis, long memoryBytes, int priority, long creationTime) {
    }

    /**
     * Samples a scenario from the trace in {@code folder}.
     *
     * @param folder the folder holding {@value #NODE_FILE} and {@value #POD_FILE}
     * @param nodes  the number of nodes, at least 1
     * @param pods   the number of pods, at least 0
     * @throws InstanceFormatException when a trace file is malformed, at its line
     */
    public static PodPackingInstance sample(Path folder, int nodes, int pods, long seed) {
        if (nodes < 1 || pods < 0) {
            throw new IllegalArgumentException("need at least 1 node and 0 pods, got " + nodes + " and " + pods);
        }
        List<ClusterNode> traceNodes = readNodes(folder.resolve(NODE_FILE));
        List<TracePod> tracePods = readPods(folder.resolve(POD_FILE));
        SplittableRandom random = new SplittableRandom(seed);
        List<ClusterNode> sampledNodes = new ArrayList<>();
        for (int n = 0; n < nodes; n++) {
            ClusterNode node = traceNodes.get(random.nextInt(traceNodes.size()));
            sampledNodes.add(new ClusterNode(String.format(Locale.ROOT, "node-%05d", n), node.cpuMillis(),
                    node.memoryBytes(), POD_LIMIT));
        }
        List<TracePod> sampledPods = new ArrayList<>();
        for (int p = 0; p < pods; p++) {
            sampledPods.add(tracePods.get(random.nextInt(tracePods.size())));
        }
        sampledPods.sort(Comparator.comparingLong(TracePod::creationTime));
        List<Pod> scenarioPods = new ArrayList<>();
        for (int p = 0; p < sampledPods.size(); p++) {
            TracePod pod = sampledPods.get(p);
            scenarioPods.add(Pod.pending(String.format(Locale.ROOT, "pod-%06d", p), pod.cpuMillis(),
                    pod.memoryBytes(), pod.priority()));
        }
        String name = String.format(Locale.ROOT, "openb-n%d-p%d-s%d", nodes, pods, seed);
        return new PodPackingInstance(name, sampledNodes, scenarioPods);
    }

    private static List<ClusterNode> readNodes(Path file) {
        List<ClusterNode> nodes = new ArrayList<>();
        for (CSVRecord row : rows(file)) {
            nodes.add(new ClusterNode(row.get("sn"), number(file, row, "cpu_milli"),
                    number(file, row, "memory_mib") * BYTES_PER_MIB, POD_LIMIT));
        }
        if (nodes.isEmpty()) {
            throw new InstanceFormatException(file.getFileName().toString(), 0, 0, "expected nodes, found none");
        }
        return nodes;
    }

    private static List<TracePod> readPods(Path file) {
        List<TracePod> pods = new ArrayList<>();
        for (CSVRecord row : rows(file)) {
            Integer priority = PRIORITY_OF_QOS.get(row.get("qos"));
            if (priority == null) {
                throw new InstanceFormatException(file.getFileName().toString(), (int) row.getRecordNumber() + 1, 0,
                        "expected a qos of " + PRIORITY_OF_QOS.keySet() + ", found '" + row.get("qos") + "'");
            }
            pods.add(new TracePod(number(file, row, "cpu_milli"), number(file, row, "memory_mib") * BYTES_PER_MIB,
                    priority, number(file, row, "creation_time")));
        }
        if (pods.isEmpty()) {
            throw new InstanceFormatException(file.getFileName().toString(), 0, 0, "expected pods, found none");
        }
        return pods;
    }

    private static List<CSVRecord> rows(Path file) {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new InstanceFormatException(file.getFileName().toString(), 1, 0, "malformed CSV: " + e.getMessage());
        }
    }

    private static long number(Path file, CSVRecord row, String column) {
        String value = row.get(column);
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw new InstanceFormatException(file.getFileName().toString(), (int) row.getRecordNumber() + 1, 0,
                    "expected an integer " + column + ", found '" + value + "'");
        }
    }
}
