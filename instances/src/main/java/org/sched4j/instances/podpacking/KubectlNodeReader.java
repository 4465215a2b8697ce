package org.sched4j.instances.podpacking;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.sched4j.podpacking.ClusterNode;
import org.sched4j.podpacking.NodeScheduling;
import org.sched4j.podpacking.Taint;
import org.sched4j.podpacking.TaintEffect;

/**
 * One {@code Node} of {@code kubectl get nodes -o json} as a {@link ClusterNode} ({@code v1.Node} in
 * {@code staging/src/k8s.io/api/core/v1/types.go}): {@code metadata.name} and {@code labels};
 * {@code status.allocatable} (else {@code status.capacity}) {@code cpu}, {@code memory}, {@code pods} (110, the
 * kubelet's default, when absent) and the GPU devices; {@code spec.taints} and {@code spec.unschedulable}.
 *
 * <p>GPUs: the NVIDIA device plugin's extended resource {@code nvidia.com/gpu} with the model from the GPU feature
 * discovery label {@code nvidia.com/gpu.product}; or, as the openb trace's simulator writes its nodes
 * (hkust-adsl/kubernetes-scheduler-simulator, {@code pkg/type/open-gpu-share/utils/const.go}), {@code alibabacloud.com/gpu-count} with
 * the label {@code alibabacloud.com/gpu-card-model}.
 */
final class KubectlNodeReader {

    /** The NVIDIA device plugin's resource: whole GPU devices. */
    static final String NVIDIA_GPU = "nvidia.com/gpu";
    /** The openb simulator's count of GPU devices (node allocatable, pod annotation). */
    static final String OPENB_GPU_COUNT = "alibabacloud.com/gpu-count";
    /** The openb simulator's GPU model (node label, pod annotation listing models separated by {@code |}). */
    static final String OPENB_GPU_MODEL = "alibabacloud.com/gpu-card-model";

    private static final String NVIDIA_GPU_PRODUCT = "nvidia.com/gpu.product";
    private static final int DEFAULT_POD_LIMIT = 110;

    private final JsonSource source;
    private final JsonFields fields;

    KubectlNodeReader(JsonSource source) {
        this.source = source;
        this.fields = new JsonFields(source);
    }

    /** The node at {@code pointer}. */
    ClusterNode node(JsonNode node, JsonPointer pointer) {
        JsonPointer metadataPointer = pointer.appendProperty("metadata");
        JsonNode metadata = fields.optionalObject(node, pointer, "metadata");
        String name = fields.text(metadata, metadataPointer, "name", "the node's metadata.name");
        Map<String, String> labels = fields.stringMap(metadata, metadataPointer, "labels");
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
        String gpuResource = resources.has(NVIDIA_GPU) ? NVIDIA_GPU : OPENB_GPU_COUNT;
        long gpus = allocatable.amount(gpuResource);
        if (gpus > Integer.MAX_VALUE) {
            throw source.error(resourcesPointer.appendProperty(gpuResource), "expected at most " + Integer.MAX_VALUE
                    + " GPUs, found " + gpus);
        }
        String model = gpus == 0 ? "" : labels.getOrDefault(NVIDIA_GPU_PRODUCT, labels.getOrDefault(OPENB_GPU_MODEL,
                ""));
        JsonNode spec = fields.optionalObject(node, pointer, "spec");
        JsonPointer specPointer = pointer.appendProperty("spec");
        NodeScheduling scheduling = new NodeScheduling(labels, taints(spec, specPointer),
                fields.optionalBoolean(spec, specPointer, "unschedulable", false));
        return fields.construct(pointer, () -> new ClusterNode(name, allocatable.cpuMillis(),
                allocatable.memoryBytes(), podLimit, (int) gpus, model, scheduling));
    }

    private List<Taint> taints(JsonNode spec, JsonPointer specPointer) {
        List<Taint> taints = new ArrayList<>();
        List<JsonNode> entries = fields.objects(spec, specPointer, "taints");
        for (int i = 0; i < entries.size(); i++) {
            JsonPointer at = specPointer.appendProperty("taints").appendIndex(i);
            JsonNode taint = entries.get(i);
            String key = fields.text(taint, at, "key", "the taint's key");
            String value = fields.optionalText(taint, at, "value", "");
            TaintEffect effect = fields.choice(taint, at, "effect", TaintEffect::fromKubernetes, null,
                    "NoSchedule, PreferNoSchedule or NoExecute");
            taints.add(new Taint(key, value, effect));
        }
        return taints;
    }
}
