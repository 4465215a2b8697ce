package org.sched4j.instances.podpacking;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.sched4j.podpacking.ClusterNode;
import org.sched4j.podpacking.GpuRequest;
import org.sched4j.podpacking.Pod;
import org.sched4j.podpacking.PodPackingInstance;

/**
 * Writes a scenario as the folder {@code kubectl} would give: {@value KubectlJsonFormat#NODES_FILE}
 * ({@code kubectl get nodes -o json}), {@value KubectlJsonFormat#PODS_FILE} ({@code kubectl get pods -A -o json}) and
 * {@value #BUDGETS_FILE} ({@code kubectl get pdb -A -o json}), each a {@code List}, one item per line.
 *
 * <p>What is written:
 * <ul>
 *   <li>a node: {@code metadata.name} and {@code labels}; {@code spec.taints} and {@code spec.unschedulable};
 *       {@code status.allocatable} and {@code status.capacity} with {@code cpu}, {@code memory}, {@code pods} and,
 *       with GPUs, {@code nvidia.com/gpu} (the model is the node's {@code nvidia.com/gpu.product} label, when it has
 *       one);</li>
 *   <li>a pod: {@code metadata.namespace} and {@code name} (the model's name without its {@code namespace/} prefix),
 *       {@code labels}; one container whose {@code resources.requests} hold {@code cpu} and {@code memory} (when not
 *       0) and, for whole devices, {@code nvidia.com/gpu} (also its {@code limits}, as extended resources require);
 *       {@code spec.priority},
 *       {@code nodeName} for a running pod, {@code tolerations}, {@code nodeSelector}, {@code affinity},
 *       {@code topologySpreadConstraints}; {@code status.phase} {@code Running} (with condition {@code Ready}) or
 *       {@code Pending}. A GPU share, which Kubernetes has no resource for, is written as the openb trace's simulator
 *       annotates it: {@code alibabacloud.com/gpu-milli} (thousandths of one device) and
 *       {@code alibabacloud.com/gpu-count} {@code "1"}; a request limited to GPU models also carries
 *       {@code alibabacloud.com/gpu-card-model} ({@code V100M16|V100M32}) besides the node selector or affinity that
 *       enforces it. A protected pod is annotated {@code sched4j.org/protected: "true"};</li>
 *   <li>a PodDisruptionBudget ({@code policy/v1}): {@code spec.selector} (none for a budget that selects no pod)
 *       and {@code minAvailable} or {@code maxUnavailable}, and the {@code status} the disruption controller would
 *       report ({@link DisruptionBudgetSpec#status}).</li>
 * </ul>
 */
public final class KubectlJsonWriter {

    /** The file of PodDisruptionBudgets in a folder. */
    public static final String BUDGETS_FILE = "pdb.json";
    /** The extended resource of whole GPUs. */
    public static final String GPU_RESOURCE = "nvidia.com/gpu";
    /** The annotation of a GPU share's thousandths of one device. */
    public static final String GPU_MILLI_ANNOTATION = "alibabacloud.com/gpu-milli";
    /** The annotation of a GPU share's device count (1). */
    public static final String GPU_COUNT_ANNOTATION = "alibabacloud.com/gpu-count";
    /** The annotation of the GPU models a pod accepts, separated by {@code |}. */
    public static final String GPU_MODEL_ANNOTATION = "alibabacloud.com/gpu-card-model";
    /** The annotation of a protected pod. */
    public static final String PROTECTED_ANNOTATION = "sched4j.org/protected";

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private KubectlJsonWriter() {
    }

    /** Writes {@code cluster} into {@code folder}, creating it. */
    public static void write(GeneratedCluster cluster, Path folder) throws IOException {
        write(cluster.instance(), cluster.budgetSpecs(), folder);
    }

    /**
     * Writes {@code instance} into {@code folder}, creating it; the budgets as written by
     * {@link DisruptionBudgetSpec#of} (a {@code minAvailable} that gives their allowed disruptions).
     */
    public static void write(PodPackingInstance instance, Path folder) throws IOException {
        write(instance, instance.budgets().stream().map(budget -> DisruptionBudgetSpec.of(budget, instance)).toList(),
                folder);
    }

    /** Writes {@code instance} into {@code folder}, creating it, with {@code budgets} as its budgets. */
    public static void write(PodPackingInstance instance, List<DisruptionBudgetSpec> budgets, Path folder)
            throws IOException {
        Files.createDirectories(folder);
        try (Writer writer = Files.newBufferedWriter(folder.resolve(KubectlJsonFormat.NODES_FILE),
                StandardCharsets.UTF_8)) {
            writeNodes(instance, writer);
        }
        try (Writer writer = Files.newBufferedWriter(folder.resolve(KubectlJsonFormat.PODS_FILE),
                StandardCharsets.UTF_8)) {
            writePods(instance, writer);
        }
        try (Writer writer = Files.newBufferedWriter(folder.resolve(BUDGETS_FILE), StandardCharsets.UTF_8)) {
            writeBudgets(instance, budgets, writer);
        }
    }

    /** Writes the nodes as a {@code List} of {@code Node} objects. */
    public static void writeNodes(PodPackingInstance instance, Writer writer) throws IOException {
        writeList(instance.nodes().stream().map(KubectlJsonWriter::node).toList(), writer);
    }

    /** Writes the pods as a {@code List} of {@code Pod} objects. */
    public static void writePods(PodPackingInstance instance, Writer writer) throws IOException {
        writeList(instance.pods().stream().map(pod -> pod(instance, pod)).toList(), writer);
    }

    /** Writes {@code budgets} as a {@code List} of {@code PodDisruptionBudget} objects, their status in {@code instance}. */
    public static void writeBudgets(PodPackingInstance instance, List<DisruptionBudgetSpec> budgets, Writer writer)
            throws IOException {
        writeList(budgets.stream().map(budget -> budget(instance, budget)).toList(), writer);
    }

    private static void writeList(List<ObjectNode> items, Writer writer) throws IOException {
        writer.write("{\"apiVersion\": \"v1\", \"kind\": \"List\", \"metadata\": {\"resourceVersion\": \"\"}, "
                + "\"items\": [\n");
        for (int i = 0; i < items.size(); i++) {
            writer.write(MAPPER.writeValueAsString(items.get(i)) + (i + 1 < items.size() ? ",\n" : "\n"));
        }
        writer.write("]}\n");
    }

    private static ObjectNode node(ClusterNode node) {
        ObjectNode json = MAPPER.createObjectNode().put("apiVersion", "v1").put("kind", "Node");
        ObjectNode metadata = json.putObject("metadata").put("name", node.name());
        if (!node.scheduling().labels().isEmpty()) {
            metadata.set("labels", KubernetesRulesJson.labels(node.scheduling().labels()));
        }
        ObjectNode spec = json.putObject("spec");
        if (!node.scheduling().taints().isEmpty()) {
            spec.putArray("taints").addAll(node.scheduling().taints().stream().map(KubernetesRulesJson::taint)
                    .toList());
        }
        if (node.scheduling().unschedulable()) {
            spec.put("unschedulable", true);
        }
        ObjectNode allocatable = MAPPER.createObjectNode().put("cpu", cpu(node.cpuMillis()))
                .put("memory", bytes(node.memoryBytes())).put("pods", Integer.toString(node.podLimit()));
        if (node.gpus() > 0) {
            allocatable.put(GPU_RESOURCE, Integer.toString(node.gpus()));
        }
        ObjectNode status = json.putObject("status");
        status.set("allocatable", allocatable);
        status.set("capacity", allocatable.deepCopy());
        return json;
    }

    private static ObjectNode pod(PodPackingInstance instance, Pod pod) {
        String namespace = pod.scheduling().namespace();
        String name = pod.name().startsWith(namespace + "/") ? pod.name().substring(namespace.length() + 1)
                : pod.name();
        ObjectNode json = MAPPER.createObjectNode().put("apiVersion", "v1").put("kind", "Pod");
        ObjectNode metadata = json.putObject("metadata").put("name", name).put("namespace", namespace);
        if (!pod.scheduling().labels().isEmpty()) {
            metadata.set("labels", KubernetesRulesJson.labels(pod.scheduling().labels()));
        }
        Map<String, String> annotations = annotations(pod);
        if (!annotations.isEmpty()) {
            metadata.set("annotations", KubernetesRulesJson.labels(annotations));
        }
        ObjectNode spec = json.putObject("spec");
        ObjectNode resources = spec.putArray("containers").addObject().put("name", "main").putObject("resources");
        ObjectNode requests = resources.putObject("requests");
        if (pod.cpuMillis() > 0) {
            requests.put("cpu", cpu(pod.cpuMillis()));
        }
        if (pod.memoryBytes() > 0) {
            requests.put("memory", bytes(pod.memoryBytes()));
        }
        if (pod.gpu().any() && !pod.gpu().isShare()) {
            requests.put(GPU_RESOURCE, Integer.toString(pod.gpu().devices()));
            resources.putObject("limits").put(GPU_RESOURCE, Integer.toString(pod.gpu().devices()));
        }
        spec.put("priority", pod.priority()).put("schedulerName", "default-scheduler");
        if (pod.isRunning()) {
            spec.put("nodeName", instance.nodes().get(pod.currentNode()).name());
        }
        KubernetesRulesJson.addPodRules(spec, pod.scheduling());
        ObjectNode status = json.putObject("status").put("phase", pod.isRunning() ? "Running" : "Pending");
        if (pod.isRunning()) {
            status.putArray("conditions").addObject().put("type", "Ready").put("status", "True");
        }
        return json;
    }

    private static Map<String, String> annotations(Pod pod) {
        GpuRequest gpu = pod.gpu();
        Map<String, String> annotations = new TreeMap<>();
        if (gpu.isShare()) {
            annotations.put(GPU_MILLI_ANNOTATION, Integer.toString(gpu.milliPerDevice()));
            annotations.put(GPU_COUNT_ANNOTATION, "1");
        }
        if (gpu.any() && !gpu.models().isEmpty()) {
            annotations.put(GPU_MODEL_ANNOTATION, gpu.models().stream().sorted().collect(Collectors.joining("|")));
        }
        if (pod.protectedPod()) {
            annotations.put(PROTECTED_ANNOTATION, "true");
        }
        return annotations;
    }

    private static ObjectNode budget(PodPackingInstance instance, DisruptionBudgetSpec budget) {
        ObjectNode json = MAPPER.createObjectNode().put("apiVersion", "policy/v1").put("kind", "PodDisruptionBudget");
        json.putObject("metadata").put("name", budget.name()).put("namespace", budget.namespace());
        ObjectNode spec = json.putObject("spec");
        if (budget.maxUnavailable() >= 0) {
            spec.put("maxUnavailable", budget.maxUnavailable());
        } else {
            spec.put("minAvailable", budget.minAvailable());
        }
        if (budget.selector() != null) {
            spec.set("selector", KubernetesRulesJson.selector(budget.selector()));
        }
        DisruptionBudgetSpec.Status status = budget.status(instance);
        json.putObject("status").put("currentHealthy", status.currentHealthy())
                .put("desiredHealthy", status.desiredHealthy()).put("disruptionsAllowed", status.disruptionsAllowed())
                .put("expectedPods", status.expectedPods()).put("observedGeneration", 1);
        return json;
    }

    /** CPU as Kubernetes prints it: whole cores ({@code "96"}) or millicores ({@code "250m"}). */
    static String cpu(long millis) {
        return millis % 1000 == 0 ? Long.toString(millis / 1000) : millis + "m";
    }

    /** Bytes in the largest binary unit that divides them ({@code "16Gi"}, {@code "100Mi"}), else plain. */
    static String bytes(long bytes) {
        String[] units = {"Ei", "Pi", "Ti", "Gi", "Mi", "Ki"};
        for (int u = 0; u < units.length; u++) {
            long unit = 1L << (10 * (units.length - u));
            if (bytes != 0 && bytes % unit == 0) {
                return bytes / unit + units[u];
            }
        }
        return Long.toString(bytes);
    }
}
