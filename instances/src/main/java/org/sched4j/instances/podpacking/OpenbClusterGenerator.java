package org.sched4j.instances.podpacking;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.sched4j.podpacking.ClusterNode;
import org.sched4j.podpacking.GpuRequest;
import org.sched4j.podpacking.LabelRequirement;
import org.sched4j.podpacking.LabelSelector;
import org.sched4j.podpacking.NodeAffinity;
import org.sched4j.podpacking.NodeScheduling;
import org.sched4j.podpacking.NodeSelectorTerm;
import org.sched4j.podpacking.Pod;
import org.sched4j.podpacking.PodAffinityTerm;
import org.sched4j.podpacking.PodPackingInstance;
import org.sched4j.podpacking.PodScheduling;
import org.sched4j.podpacking.Taint;
import org.sched4j.podpacking.TaintEffect;
import org.sched4j.podpacking.Toleration;
import org.sched4j.podpacking.TopologySpreadConstraint;

/**
 * GPU clusters of 100 to 1,500 nodes drawn from the Alibaba openb trace ({@link OpenbTrace}), with the labels, taints
 * and workload rules of a production Kubernetes cluster. All draws come from one seeded generator: the same settings
 * give the same cluster.
 *
 * <p><b>Nodes.</b> {@value #CONTROL_PLANE_NODES} control-plane nodes ({@code control-plane-1..3}, 16 cores, 64 GiB,
 * label {@code node-role.kubernetes.io/control-plane}, taint {@code node-role.kubernetes.io/control-plane:NoSchedule})
 * and {@code nodes - 3} workers ({@code node-0000}, ...) drawn uniformly with replacement from the trace's node list
 * (CPU, memory, GPUs and model); pod limit 110. Every node is labelled {@code kubernetes.io/hostname} (its name) and
 * {@code topology.kubernetes.io/zone} ({@code zone-a}, {@code zone-b}, {@code zone-c}, in turn). GPU nodes carry
 * {@code nvidia.com/gpu.product} (the trace's model) and the taint {@code nvidia.com/gpu=present:NoSchedule}, which
 * keeps CPU-only pods off them, as the NVIDIA GPU operator and the managed Kubernetes services set them up.
 *
 * <p><b>Static pods.</b> Each control-plane node runs {@code kube-system/etcd-*} (100m, 100 MiB),
 * {@code kube-apiserver-*} (250m), {@code kube-controller-manager-*} (200m) and {@code kube-scheduler-*} (100m) —
 * kubeadm's requests — at priority 2000001000 ({@code system-node-critical}), protected, tolerating every
 * {@code NoExecute} taint.
 *
 * <p><b>Deployments.</b> Drawn until the GPUs they request reach {@code gpuDemand} times the cluster's GPUs (FGD's
 * setting: a workload at or beyond capacity): each takes one row of the pod list (its CPU, memory, GPU request and
 * QoS; the priority from the QoS, {@link AlibabaOpenbSampler#priorityOf}) for 2 to 8 replicas (uniform), a namespace
 * {@code team-a..team-h} and the label {@code app=app-NNNN}; pods {@code team-x/app-NNNN-r}. Deployments are ordered by
 * their row's creation time. GPU pods tolerate {@code nvidia.com/gpu:NoSchedule} (operator {@code Exists}, as the
 * {@code ExtendedResourceToleration} admission plugin adds). Of the deployments, independently:
 * <ul>
 *   <li>{@value #ANTI_AFFINITY_PERCENT} % have a required pod anti-affinity on {@code kubernetes.io/hostname} against
 *       their own replicas;</li>
 *   <li>{@value #SPREAD_PERCENT} % a topology spread over the zones, {@code maxSkew} 1, half {@code DoNotSchedule} and
 *       half {@code ScheduleAnyway};</li>
 *   <li>{@value #BUDGET_PERCENT} % a PodDisruptionBudget, half {@code maxUnavailable: 1} and half
 *       {@code minAvailable: replicas - 1} ({@link DisruptionBudgetSpec}: the allowed disruptions computed as the
 *       disruption controller does, for the cluster's current state);</li>
 *   <li>GPU deployments whose row names models ({@code gpu_spec}) accept only those: one model by a
 *       {@code nodeSelector} on {@code nvidia.com/gpu.product}, several by a required node affinity {@code In} them.
 *       Rows without {@code gpu_spec} (all of the published default list) are pinned to one model so in
 *       {@value #MODEL_PIN_PERCENT} % of GPU deployments: the model of a GPU node drawn from the cluster among
 *       those with enough devices for one replica (as the trace's {@code gpuspec} workloads name a model for a share of
 *       the pods).</li>
 * </ul>
 * Every deployment pod is pending: place a first share with a scheduler and {@link GeneratedCluster#withRunning}.
 */
public final class OpenbClusterGenerator {

    /** The fewest nodes of a generated cluster. */
    public static final int MIN_NODES = 100;
    /** The most nodes of a generated cluster. */
    public static final int MAX_NODES = 1_500;
    /** The node counts of the {@code podpacking-openb} bench suite. */
    public static final List<Integer> SUITE_NODES = List.of(100, 500, 1_000, 1_500);
    /** The seeds of the bench suite: 1 to this. */
    public static final int SUITE_SEEDS = 3;
    /** The default ratio of requested GPUs to the cluster's GPUs. */
    public static final double DEFAULT_GPU_DEMAND = 1.2;
    /** The control-plane nodes of every cluster. */
    public static final int CONTROL_PLANE_NODES = 3;
    /** The zones, assigned to the nodes in turn. */
    public static final List<String> ZONES = List.of("zone-a", "zone-b", "zone-c");
    /** The label of a node's GPU model (NVIDIA GPU Feature Discovery). */
    public static final String GPU_PRODUCT_LABEL = "nvidia.com/gpu.product";
    /** The taint of GPU nodes. */
    public static final Taint GPU_TAINT = new Taint("nvidia.com/gpu", "present", TaintEffect.NO_SCHEDULE);
    /** The label and taint key of control-plane nodes. */
    public static final String CONTROL_PLANE_ROLE = "node-role.kubernetes.io/control-plane";
    /** The priority of the static control-plane pods ({@code system-node-critical}). */
    public static final int SYSTEM_NODE_CRITICAL = 2_000_001_000;

    static final int ANTI_AFFINITY_PERCENT = 25;
    static final int SPREAD_PERCENT = 30;
    static final int BUDGET_PERCENT = 50;
    static final int MODEL_PIN_PERCENT = 10;

    private static final int MIN_REPLICAS = 2;
    private static final int MAX_REPLICAS = 8;
    private static final int NAMESPACES = 8;
    private static final long CONTROL_PLANE_CPU = 16_000;
    private static final long CONTROL_PLANE_MEMORY = 64L << 30;
    private static final List<StaticPod> STATIC_PODS = List.of(new StaticPod("etcd", 100, 100L << 20),
            new StaticPod("kube-apiserver", 250, 0), new StaticPod("kube-controller-manager", 200, 0),
            new StaticPod("kube-scheduler", 100, 0));

    private record StaticPod(String component, long cpuMillis, long memoryBytes) {
    }

    /**
     * What to generate.
     *
     * @param nodes     the nodes, {@value #MIN_NODES} to {@value #MAX_NODES} (the control plane included)
     * @param seed      the random seed
     * @param gpuDemand the GPUs the deployments request, as a ratio of the cluster's GPUs, in (0, 4]
     */
    public record Settings(int nodes, long seed, double gpuDemand) {

        public Settings {
            if (nodes < MIN_NODES || nodes > MAX_NODES) {
                throw new IllegalArgumentException("nodes must be " + MIN_NODES + " to " + MAX_NODES + ", got "
                        + nodes);
            }
            if (!(gpuDemand > 0 && gpuDemand <= 4)) {
                throw new IllegalArgumentException("gpuDemand must be in (0, 4], got " + gpuDemand);
            }
        }

        /** {@code nodes} nodes, {@code seed}, the default GPU demand. */
        public static Settings of(int nodes, long seed) {
            return new Settings(nodes, seed, DEFAULT_GPU_DEMAND);
        }

        /** The cluster's name: {@code openb-n1000-s1}, with {@code -g130} before the seed for another demand. */
        public String name() {
            long percent = Math.round(gpuDemand * 100);
            return String.format(Locale.ROOT, "openb-n%d%s-s%d", nodes,
                    percent == Math.round(DEFAULT_GPU_DEMAND * 100) ? "" : String.format(Locale.ROOT, "-g%03d",
                            percent), seed);
        }
    }

    private OpenbClusterGenerator() {
    }

    /**
     * Generates the cluster of {@code settings} from the trace in {@code folder}.
     *
     * @throws org.sched4j.instances.InstanceFormatException when a trace file is malformed, at its line and column
     */
    public static GeneratedCluster generate(Path folder, Settings settings) {
        return generate(OpenbTrace.read(folder), settings);
    }

    /** Generates the cluster of {@code settings} from {@code trace}. */
    public static GeneratedCluster generate(OpenbTrace trace, Settings settings) {
        SplittableRandom random = new SplittableRandom(settings.seed());
        List<ClusterNode> nodes = nodes(trace, settings.nodes(), random);
        List<Pod> pods = new ArrayList<>(staticPods(nodes));
        List<DisruptionBudgetSpec> budgets = new ArrayList<>();
        for (Deployment deployment : deployments(trace, nodes, settings.gpuDemand(), random)) {
            pods.addAll(deployment.pods());
            if (deployment.budget() != null) {
                budgets.add(deployment.budget());
            }
        }
        return GeneratedCluster.of(new PodPackingInstance(settings.name(), nodes, pods), budgets);
    }

    private static List<ClusterNode> nodes(OpenbTrace trace, int count, SplittableRandom random) {
        List<ClusterNode> nodes = new ArrayList<>();
        for (int c = 1; c <= CONTROL_PLANE_NODES; c++) {
            String name = "control-plane-" + c;
            NodeScheduling scheduling = new NodeScheduling(Map.of(ClusterNode.HOSTNAME_LABEL, name,
                    ClusterNode.ZONE_LABEL, ZONES.get((c - 1) % ZONES.size()), CONTROL_PLANE_ROLE, ""),
                    List.of(new Taint(CONTROL_PLANE_ROLE, "", TaintEffect.NO_SCHEDULE)), false);
            nodes.add(new ClusterNode(name, CONTROL_PLANE_CPU, CONTROL_PLANE_MEMORY, AlibabaOpenbSampler.POD_LIMIT,
                    0, "", scheduling));
        }
        for (int w = 0; w < count - CONTROL_PLANE_NODES; w++) {
            OpenbTrace.TraceNode drawn = trace.nodes().get(random.nextInt(trace.nodes().size()));
            String name = String.format(Locale.ROOT, "node-%04d", w);
            String zone = ZONES.get(w % ZONES.size());
            NodeScheduling scheduling = drawn.gpus() == 0
                    ? new NodeScheduling(Map.of(ClusterNode.HOSTNAME_LABEL, name, ClusterNode.ZONE_LABEL, zone),
                            List.of(), false)
                    : new NodeScheduling(Map.of(ClusterNode.HOSTNAME_LABEL, name, ClusterNode.ZONE_LABEL, zone,
                            GPU_PRODUCT_LABEL, drawn.gpuModel()), List.of(GPU_TAINT), false);
            nodes.add(new ClusterNode(name, drawn.cpuMillis(), drawn.memoryBytes(), AlibabaOpenbSampler.POD_LIMIT,
                    drawn.gpus(), drawn.gpuModel(), scheduling));
        }
        return nodes;
    }

    private static List<Pod> staticPods(List<ClusterNode> nodes) {
        List<Pod> pods = new ArrayList<>();
        Toleration noExecute = new Toleration("", true, "", TaintEffect.NO_EXECUTE);
        for (int n = 0; n < CONTROL_PLANE_NODES; n++) {
            for (StaticPod kind : STATIC_PODS) {
                PodScheduling scheduling = PodScheduling.labelled("kube-system", Map.of("component", kind.component(),
                        "tier", "control-plane")).withTolerations(List.of(noExecute));
                pods.add(new Pod("kube-system/" + kind.component() + "-" + nodes.get(n).name(), kind.cpuMillis(),
                        kind.memoryBytes(), SYSTEM_NODE_CRITICAL, n, true, GpuRequest.NONE, scheduling));
            }
        }
        return pods;
    }

    /** A deployment: its pods (pending) and its budget, or null. */
    private record Deployment(long creationTime, int index, List<Pod> pods, DisruptionBudgetSpec budget) {
    }

    private static List<Deployment> deployments(OpenbTrace trace, List<ClusterNode> nodes, double demand,
                                                SplittableRandom random) {
        long gpuMilli = nodes.stream().mapToLong(node -> 1000L * node.gpus()).sum();
        boolean byGpu = gpuMilli > 0 && trace.pods().stream().anyMatch(pod -> pod.gpu().any());
        long capacity = byGpu ? gpuMilli : nodes.stream().skip(CONTROL_PLANE_NODES).mapToLong(ClusterNode::cpuMillis)
                .sum();
        double target = demand * capacity;
        List<ClusterNode> gpuNodes = nodes.stream().filter(node -> node.gpus() > 0).toList();
        List<Deployment> deployments = new ArrayList<>();
        double requested = 0;
        while (requested < target) {
            OpenbTrace.TracePod row = trace.pods().get(random.nextInt(trace.pods().size()));
            int replicas = random.nextInt(MIN_REPLICAS, MAX_REPLICAS + 1);
            deployments.add(deployment(row, replicas, deployments.size() + 1, gpuNodes, random));
            requested += (double) replicas * (byGpu ? row.gpu().totalMilli() : row.cpuMillis());
        }
        deployments.sort(Comparator.comparingLong(Deployment::creationTime).thenComparingInt(Deployment::index));
        return deployments;
    }

    private static Deployment deployment(OpenbTrace.TracePod row, int replicas, int index,
                                         List<ClusterNode> gpuNodes, SplittableRandom random) {
        String app = String.format(Locale.ROOT, "app-%04d", index);
        String namespace = "team-" + (char) ('a' + random.nextInt(NAMESPACES));
        Map<String, String> labels = Map.of("app", app);
        LabelSelector own = LabelSelector.of(labels);
        PodScheduling scheduling = PodScheduling.labelled(namespace, labels);
        GpuRequest gpu = row.gpu();
        if (gpu.any()) {
            scheduling = scheduling.withTolerations(List.of(new Toleration(GPU_TAINT.key(), true, "",
                    TaintEffect.NO_SCHEDULE)));
        }
        boolean antiAffinity = random.nextInt(100) < ANTI_AFFINITY_PERCENT;
        boolean spread = random.nextInt(100) < SPREAD_PERCENT;
        boolean hardSpread = random.nextBoolean();
        boolean budget = random.nextInt(100) < BUDGET_PERCENT;
        boolean maxUnavailable = random.nextBoolean();
        boolean pin = random.nextInt(100) < MODEL_PIN_PERCENT;
        ClusterNode pinNode = gpuNodes.isEmpty() ? null : gpuNodes.get(random.nextInt(gpuNodes.size()));
        if (antiAffinity) {
            scheduling = scheduling.withPodAntiAffinity(List.of(PodAffinityTerm.of(own, ClusterNode.HOSTNAME_LABEL)),
                    List.of());
        }
        if (spread) {
            scheduling = scheduling.withTopologySpread(List.of(TopologySpreadConstraint.of(1, ClusterNode.ZONE_LABEL,
                    hardSpread, own)));
        }
        if (gpu.any() && gpu.models().isEmpty() && pin && pinNode != null && pinNode.gpus() >= gpu.devices()) {
            gpu = new GpuRequest(gpu.devices(), gpu.milliPerDevice(), Set.of(pinNode.gpuModel()));
        }
        if (gpu.models().size() == 1) {
            scheduling = scheduling.withNodeSelector(Map.of(GPU_PRODUCT_LABEL, gpu.models().iterator().next()));
        } else if (gpu.models().size() > 1) {
            NodeSelectorTerm term = new NodeSelectorTerm(List.of(new LabelRequirement(GPU_PRODUCT_LABEL,
                    LabelRequirement.Operator.IN, gpu.models().stream().sorted().toList())), List.of());
            scheduling = scheduling.withNodeAffinity(new NodeAffinity(List.of(term), List.of()));
        }
        List<Pod> pods = new ArrayList<>();
        int priority = AlibabaOpenbSampler.priorityOf(row.qos());
        for (int r = 0; r < replicas; r++) {
            pods.add(new Pod(namespace + "/" + app + "-" + r, row.cpuMillis(), row.memoryBytes(), priority, Pod.PENDING,
                    false, gpu, scheduling));
        }
        DisruptionBudgetSpec spec = !budget ? null : maxUnavailable
                ? DisruptionBudgetSpec.maxUnavailable(namespace, app, own, 1, replicas)
                : DisruptionBudgetSpec.minAvailable(namespace, app, own, replicas - 1, replicas);
        return new Deployment(row.creationTime(), index, pods, spec);
    }
}
