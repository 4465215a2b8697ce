package org.sched4j.instances.podpacking;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import org.sched4j.podpacking.ClusterNode;
import org.sched4j.podpacking.Pod;
import org.sched4j.podpacking.PodPackingInstance;

/**
 * CPU-and-memory scenarios sampled from the Alibaba cluster trace {@code openb} ({@link OpenbTrace}): nodes drawn from
 * the node list ({@code cpu_milli}, {@code memory_mib}) and pods from the pod list ({@code cpu_milli},
 * {@code memory_mib}, {@code qos}, {@code creation_time}), both uniformly with replacement, so any size can be drawn;
 * pods keep the trace's creation order. GPUs, labels and scheduling rules are left out (for a cluster with them see
 * {@link OpenbClusterGenerator}). Priorities come from the QoS class ({@link #priorityOf}). Pod limit 110 per node. All
 * pods are pending.
 */
public final class AlibabaOpenbSampler {

    /** The node list's file name. */
    public static final String NODE_FILE = OpenbTrace.NODE_FILE;
    /** The pod list's file name. */
    public static final String POD_FILE = OpenbTrace.POD_FILE;

    private static final Map<String, Integer> PRIORITY_OF_QOS = Map.of("Guaranteed", 1000, "LS", 100,
            "Burstable", 10, "BE", 0);
    static final int POD_LIMIT = 110;

    private AlibabaOpenbSampler() {
    }

    /**
     * The priority of a pod of QoS class {@code qos}: Guaranteed 1000, LS (latency-sensitive) 100, Burstable 10, BE
     * (best effort) 0.
     *
     * @throws IllegalArgumentException for another class
     */
    public static int priorityOf(String qos) {
        Integer priority = PRIORITY_OF_QOS.get(qos);
        if (priority == null) {
            throw new IllegalArgumentException("unknown qos " + qos + "; expected one of " + OpenbTrace.QOS_CLASSES);
        }
        return priority;
    }

    /**
     * Samples a scenario from the trace in {@code folder}.
     *
     * @param folder the folder holding {@value #NODE_FILE} and {@value #POD_FILE}
     * @param nodes  the number of nodes, at least 1
     * @param pods   the number of pods, at least 0
     * @throws org.sched4j.instances.InstanceFormatException when a trace file is malformed, at its line and column
     */
    public static PodPackingInstance sample(Path folder, int nodes, int pods, long seed) {
        if (nodes < 1 || pods < 0) {
            throw new IllegalArgumentException("need at least 1 node and 0 pods, got " + nodes + " and " + pods);
        }
        OpenbTrace trace = OpenbTrace.read(folder);
        SplittableRandom random = new SplittableRandom(seed);
        List<ClusterNode> sampledNodes = new ArrayList<>();
        for (int n = 0; n < nodes; n++) {
            OpenbTrace.TraceNode node = trace.nodes().get(random.nextInt(trace.nodes().size()));
            sampledNodes.add(new ClusterNode(String.format(Locale.ROOT, "node-%05d", n), node.cpuMillis(),
                    node.memoryBytes(), POD_LIMIT));
        }
        List<OpenbTrace.TracePod> sampledPods = new ArrayList<>();
        for (int p = 0; p < pods; p++) {
            sampledPods.add(trace.pods().get(random.nextInt(trace.pods().size())));
        }
        sampledPods.sort(Comparator.comparingLong(OpenbTrace.TracePod::creationTime));
        List<Pod> scenarioPods = new ArrayList<>();
        for (int p = 0; p < sampledPods.size(); p++) {
            OpenbTrace.TracePod pod = sampledPods.get(p);
            scenarioPods.add(Pod.pending(String.format(Locale.ROOT, "pod-%06d", p), pod.cpuMillis(),
                    pod.memoryBytes(), priorityOf(pod.qos())));
        }
        String name = String.format(Locale.ROOT, "openb-n%d-p%d-s%d", nodes, pods, seed);
        return new PodPackingInstance(name, sampledNodes, scenarioPods);
    }
}
