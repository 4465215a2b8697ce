package org.sched4j.instances.podpacking;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.sched4j.podpacking.GpuRequest;
import org.sched4j.podpacking.Pod;
import org.sched4j.podpacking.PodScheduling;

/**
 * One {@code Pod} of {@code kubectl get pods -A -o json} as a {@link Pod} ({@code v1.Pod} in
 * {@code staging/src/k8s.io/api/core/v1/types.go}): {@code metadata.namespace}/{@code metadata.name}, its labels,
 * its requests ({@link PodRequests}), {@code spec.priority} (0 when absent), {@code spec.nodeName} (running there when
 * set, else pending), whether it is protected, its GPU request and its scheduling rules
 * ({@link KubectlSchedulingReader}). What it declares that the model does not follow goes to
 * {@link UnsupportedRules}.
 *
 * <p>Protected (never moved or evicted): running DaemonSet pods ({@code metadata.ownerReferences} of kind
 * {@code DaemonSet}), static pods (annotation {@code kubernetes.io/config.mirror}) and pods annotated
 * {@code sched4j.org/protected: "true"}.
 *
 * <p>GPUs: {@code nvidia.com/gpu} requests whole devices. A share of a device is written as the openb trace's
 * simulator writes it (hkust-adsl/kubernetes-scheduler-simulator, {@code pkg/type/open-gpu-share/utils/const.go}),
 * in annotations: {@code alibabacloud.com/gpu-milli} the thousandths of each device (1 to 1000; below 1000 a share of
 * one device), {@code alibabacloud.com/gpu-count} the devices (0 for none; it may be left out when the pod requests
 * {@code nvidia.com/gpu}, and must then equal that request), and {@code alibabacloud.com/gpu-card-model} the accepted
 * GPU models separated by {@code |} (the trace's {@code gpu_spec}; any model when absent). So a half of one device is
 * either {@code nvidia.com/gpu: 1} with {@code alibabacloud.com/gpu-milli: "500"}, or the simulator's two
 * annotations {@code gpu-count: "1"} and {@code gpu-milli: "500"}.
 */
final class KubectlPodReader {

    /** The openb simulator's annotation of the thousandths of each GPU device a pod takes. */
    static final String OPENB_GPU_MILLI = "alibabacloud.com/gpu-milli";

    private static final Set<String> MODELLED_RESOURCES = Set.of(PodRequests.CPU, PodRequests.MEMORY,
            KubectlNodeReader.NVIDIA_GPU);

    private final JsonSource source;
    private final JsonFields fields;
    private final Map<String, Integer> nodeIndex;
    private final KubectlSchedulingReader schedulingReader;
    private final UnsupportedRules unsupported;

    KubectlPodReader(JsonSource source, Map<String, Integer> nodeIndex, Set<String> scenarioNamespaces,
                     UnsupportedRules unsupported) {
        this.source = source;
        this.fields = new JsonFields(source);
        this.nodeIndex = nodeIndex;
        this.schedulingReader = new KubectlSchedulingReader(fields, scenarioNamespaces, unsupported);
        this.unsupported = unsupported;
    }

    /** The namespace of a pod object ({@code default} when absent). */
    static String namespace(JsonNode pod) {
        String namespace = JsonFields.field(pod.path("metadata"), "namespace").asText("");
        return namespace.isEmpty() ? "default" : namespace;
    }

    /** The pod at {@code pointer}. */
    Pod pod(JsonNode pod, JsonPointer pointer) {
        JsonPointer metadataAt = pointer.appendProperty("metadata");
        JsonNode metadata = fields.optionalObject(pod, pointer, "metadata");
        String namespace = namespace(pod);
        String name = namespace + "/" + fields.text(metadata, metadataAt, "name", "the pod's metadata.name");
        Map<String, String> labels = fields.stringMap(metadata, metadataAt, "labels");
        Map<String, String> annotations = fields.stringMap(metadata, metadataAt, "annotations");
        JsonNode spec = pod.path("spec");
        JsonPointer specAt = pointer.appendProperty("spec");
        if (!spec.isObject()) {
            throw source.error(pointer, "expected the pod's spec");
        }
        PodRequests requests = PodRequests.of(source, spec, specAt);
        int priority = (int) fields.optionalInteger(spec, specAt, "priority", Integer.MIN_VALUE, Integer.MAX_VALUE, 0);
        int currentNode = Pod.PENDING;
        if (JsonFields.has(spec, "nodeName")) {
            String nodeName = fields.text(spec, specAt, "nodeName", "the name of the pod's node");
            Integer node = nodeIndex.get(nodeName);
            if (node == null) {
                throw source.error(specAt.appendProperty("nodeName"), "pod " + name + " runs on node " + nodeName
                        + ", which is not among the nodes");
            }
            currentNode = node;
        }
        boolean protectedPod = currentNode != Pod.PENDING && isProtected(metadata, annotations);
        GpuRequest gpu = gpu(annotations, metadataAt.appendProperty("annotations"), requests, specAt);
        PodScheduling scheduling = schedulingReader.scheduling(name, namespace, labels, spec, specAt);
        noteUnsupported(name, metadata, spec, requests);
        int node = currentNode;
        return fields.construct(pointer, () -> new Pod(name, requests.cpuMillis(), requests.memoryBytes(), priority,
                node, protectedPod, gpu, scheduling));
    }

    private static boolean isProtected(JsonNode metadata, Map<String, String> annotations) {
        if (annotations.containsKey("kubernetes.io/config.mirror")
                || "true".equals(annotations.get("sched4j.org/protected"))) {
            return true;
        }
        for (JsonNode owner : metadata.path("ownerReferences")) {
            if ("DaemonSet".equals(owner.path("kind").asText())) {
                return true;
            }
        }
        return false;
    }

    private GpuRequest gpu(Map<String, String> annotations, JsonPointer annotationsAt, PodRequests requests,
                           JsonPointer specAt) {
        long devices = requests.amount(KubectlNodeReader.NVIDIA_GPU);
        if (devices > Integer.MAX_VALUE) {
            throw source.error(specAt, "expected at most " + Integer.MAX_VALUE + " GPUs, found " + devices);
        }
        if (annotations.containsKey(KubectlNodeReader.OPENB_GPU_COUNT)) {
            long count = annotationInteger(annotations, annotationsAt, KubectlNodeReader.OPENB_GPU_COUNT, 0,
                    Integer.MAX_VALUE);
            if (devices > 0 && count != devices) {
                throw source.error(annotationsAt.appendProperty(KubectlNodeReader.OPENB_GPU_COUNT), "expected "
                        + KubectlNodeReader.OPENB_GPU_COUNT + " equal to the pod's nvidia.com/gpu request " + devices
                        + ", found " + count);
            }
            devices = count;
        } else if (devices == 0 && annotations.containsKey(OPENB_GPU_MILLI)) {
            throw source.error(annotationsAt.appendProperty(OPENB_GPU_MILLI), "expected "
                    + KubectlNodeReader.OPENB_GPU_COUNT + " or an nvidia.com/gpu request beside " + OPENB_GPU_MILLI);
        }
        if (devices == 0) {
            return GpuRequest.NONE;
        }
        int milli = annotations.containsKey(OPENB_GPU_MILLI)
                ? (int) annotationInteger(annotations, annotationsAt, OPENB_GPU_MILLI, 1, 1000) : 1000;
        Set<String> models = Arrays.stream(annotations.getOrDefault(KubectlNodeReader.OPENB_GPU_MODEL, "")
                .split("\\|")).map(String::strip).filter(model -> !model.isEmpty()).collect(Collectors.toSet());
        int count = (int) devices;
        return fields.construct(annotationsAt.appendProperty(OPENB_GPU_MILLI), () -> new GpuRequest(count, milli,
                models));
    }

    private long annotationInteger(Map<String, String> annotations, JsonPointer annotationsAt, String key, long min,
                                   long max) {
        String text = annotations.get(key);
        try {
            long value = Long.parseLong(text.strip());
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below with the expected range
        }
        throw source.error(annotationsAt.appendProperty(key), "expected annotation " + key + ", an integer from "
                + min + " to " + max + ", found '" + text + "'");
    }

    private void noteUnsupported(String name, JsonNode metadata, JsonNode spec, PodRequests requests) {
        requests.amounts().forEach((resource, amount) -> {
            if (amount > 0 && !MODELLED_RESOURCES.contains(resource)) {
                unsupported.note("resource " + resource + " requested (not modelled)", name);
            }
        });
        if (JsonFields.has(spec, "resources")) {
            unsupported.note("spec.resources (pod-level resources; the containers' requests are used)", name);
        }
        if (usesHostPort(spec.path("containers")) || usesHostPort(spec.path("initContainers"))) {
            unsupported.note("hostPort (the NodePorts filter is not modelled)", name);
        }
        for (JsonNode volume : spec.path("volumes")) {
            if (volume.has("persistentVolumeClaim") || volume.has("ephemeral")) {
                unsupported.note("persistent volume claims (volume topology and attach limits are not modelled)",
                        name);
            }
        }
        if (!spec.path("schedulingGates").isEmpty()) {
            unsupported.note("schedulingGates (placed as if the gates were lifted)", name);
        }
        if (!spec.path("resourceClaims").isEmpty()) {
            unsupported.note("resourceClaims (dynamic resource allocation is not modelled)", name);
        }
        String scheduler = spec.path("schedulerName").asText("default-scheduler");
        if (!scheduler.equals("default-scheduler")) {
            unsupported.note("schedulerName other than default-scheduler (placed as by the default scheduler)", name);
        }
        if ("Never".equals(spec.path("preemptionPolicy").asText())) {
            unsupported.note("preemptionPolicy Never (a plan may still evict lower-priority pods to place it)", name);
        }
        if (JsonFields.has(metadata, "deletionTimestamp")) {
            unsupported.note("terminating pods (metadata.deletionTimestamp; read as staying)", name);
        }
    }

    private static boolean usesHostPort(JsonNode containers) {
        for (JsonNode container : containers) {
            for (JsonNode port : container.path("ports")) {
                if (port.path("hostPort").asInt(0) > 0) {
                    return true;
                }
            }
        }
        return false;
    }
}
