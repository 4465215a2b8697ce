package org.sched4j.instances.podpacking;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.sched4j.podpacking.ClusterNode;
import org.sched4j.podpacking.Pod;
import org.sched4j.podpacking.PodPackingInstance;

/**
 * The scenario generator of Christensen, Giallorenzo &amp; Mauro, "Priority Matters: Optimising Kubernetes Clusters
 * Usage with Constraint-Based Pod Packing" (2025): ReplicaSets of 1 to 4 replicas, each with a CPU request uniform in
 * [100, 1000] millicores, a memory request uniform in [100, 1000] MB (10<sup>6</sup> bytes) and a priority uniform
 * among the levels {@code 0 .. levels - 1}, drawn until the cluster has {@code nodes * podsPerNode} pods (the last
 * ReplicaSet cut short); identical nodes whose CPU and memory are each
 * {@code max(largest request, ceil(sum of requests / utilisation / nodes))}; pod limit 110. All pods are pending,
 * in the order their ReplicaSets were created. The same arguments give the same scenario.
 *
 * <p>The paper's grid: nodes 4, 8, 16, 32; 4 or 8 pods per node; 1, 2 or 4 priority levels; utilisation 0.90, 0.95,
 * 1.00, 1.05 ({@link #GRID_NODES} and the other constants).
 */
public final class PaperGridGenerator {

    /** The grid's node counts. */
    public static final List<Integer> GRID_NODES = List.of(4, 8, 16, 32);
    /** The grid's average pods per node. */
    public static final List<Integer> GRID_PODS_PER_NODE = List.of(4, 8);
    /** The grid's numbers of priority levels. */
    public static final List<Integer> GRID_PRIORITY_LEVELS = List.of(1, 2, 4);
    /** The grid's target utilisations. */
    public static final List<Double> GRID_UTILISATIONS = List.of(0.90, 0.95, 1.00, 1.05);

    private static final int MIN_REQUEST = 100;
    private static final int MAX_REQUEST = 1000;
    private static final long BYTES_PER_MB = 1_000_000;
    private static final int POD_LIMIT = 110;

    private PaperGridGenerator() {
    }

    /**
     * The name of a grid scenario: {@code paper-n16-p8-l4-u095-s007}.
     */
    public static String name(int nodes, int podsPerNode, int levels, double utilisation, long seed) {
        return String.format(Locale.ROOT, "paper-n%d-p%d-l%d-u%03d-s%03d", nodes, podsPerNode, levels,
                Math.round(utilisation * 100), seed);
    }

    /**
     * Generates one scenario.
     *
     * @param nodes       the number of nodes, at least 1
     * @param podsPerNode the average pods per node, at least 1
     * @param levels      the number of priority levels, at least 1
     * @param utilisation the target ratio of requests to capacity, positive
     * @param seed        the random seed
     * @throws IllegalArgumentException when an argument is out of range, naming it
     */
    public static PodPackingInstance generate(int nodes, int podsPerNode, int levels, double utilisation, long seed) {
        requirePositive(nodes, "nodes");
        requirePositive(podsPerNode, "podsPerNode");
        requirePositive(levels, "levels");
        if (!(utilisation > 0)) {
            throw new IllegalArgumentException("utilisation must be positive, got " + utilisation);
        }
        SplittableRandom random = new SplittableRandom(seed);
        int podCount = nodes * podsPerNode;
        List<Pod> pods = new ArrayList<>();
        for (int replicaSet = 1; pods.size() < podCount; replicaSet++) {
            int replicas = random.nextInt(1, 5);
            long cpu = random.nextInt(MIN_REQUEST, MAX_REQUEST + 1);
            long memory = random.nextInt(MIN_REQUEST, MAX_REQUEST + 1) * BYTES_PER_MB;
            int priority = random.nextInt(levels);
            for (int replica = 1; replica <= replicas && pods.size() < podCount; replica++) {
                pods.add(Pod.pending(String.format(Locale.ROOT, "rs%03d-%d", replicaSet, replica), cpu, memory,
                        priority));
            }
        }
        long cpuPerNode = capacity(pods.stream().mapToLong(Pod::cpuMillis).toArray(), utilisation, nodes);
        long memoryPerNode = capacity(pods.stream().mapToLong(Pod::memoryBytes).toArray(), utilisation, nodes);
        List<ClusterNode> clusterNodes = new ArrayList<>();
        for (int n = 1; n <= nodes; n++) {
            clusterNodes.add(new ClusterNode(String.format(Locale.ROOT, "node-%02d", n), cpuPerNode, memoryPerNode,
                    POD_LIMIT));
        }
        return new PodPackingInstance(name(nodes, podsPerNode, levels, utilisation, seed), clusterNodes, pods);
    }

    private static long capacity(long[] requests, double utilisation, int nodes) {
        long largest = 0;
        long total = 0;
        for (long request : requests) {
            largest = Math.max(largest, request);
            total += request;
        }
        return Math.max(largest, (long) Math.ceil(total / utilisation / nodes));
    }

    private static void requirePositive(int value, String name) {
        if (value < 1) {
            throw new IllegalArgumentException(name + " must be at least 1, got " + value);
        }
    }
}
