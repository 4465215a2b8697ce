package org.sched4j.instances.podpacking;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.sched4j.podpacking.ClusterNode;
import org.sched4j.podpacking.DisruptionBudget;
import org.sched4j.podpacking.GpuRequest;
import org.sched4j.podpacking.LabelRequirement;
import org.sched4j.podpacking.LabelSelector;
import org.sched4j.podpacking.NodeAffinity;
import org.sched4j.podpacking.NodeSelectorTerm;
import org.sched4j.podpacking.Pod;
import org.sched4j.podpacking.PodAffinityTerm;
import org.sched4j.podpacking.PodPackingInstance;
import org.sched4j.podpacking.PodScheduling;
import org.sched4j.podpacking.Taint;
import org.sched4j.podpacking.Toleration;
import org.sched4j.podpacking.TopologySpreadConstraint;

/**
 * Writes a scenario in {@link PodPackingJsonFormat}: one node, pod or budget per line, every field at its default
 * left out, labels and sets in sorted order (so that equal scenarios give equal text).
 */
final class PodPackingJsonWriter {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private PodPackingJsonWriter() {
    }

    static void write(PodPackingInstance instance, Writer writer) throws IOException {
        writer.write("{\"format\": \"" + PodPackingJsonFormat.MARKER + "\", \"name\": "
                + MAPPER.writeValueAsString(instance.name()) + ",\n");
        writeLines(writer, "nodes", instance.nodes().stream().map(PodPackingJsonWriter::node).toList());
        writer.write(",\n");
        writeLines(writer, "pods", instance.pods().stream().map(pod -> pod(instance, pod)).toList());
        if (!instance.budgets().isEmpty()) {
            writer.write(",\n");
            writeLines(writer, "budgets", instance.budgets().stream().map(PodPackingJsonWriter::budget).toList());
        }
        if (!instance.unsupported().isEmpty()) {
            ArrayNode lines = MAPPER.createArrayNode();
            instance.unsupported().forEach(lines::add);
            writer.write(",\n\"unsupported\": " + MAPPER.writeValueAsString(lines));
        }
        writer.write("}\n");
    }

    private static void writeLines(Writer writer, String field, List<ObjectNode> objects) throws IOException {
        writer.write("\"" + field + "\": [\n");
        for (int i = 0; i < objects.size(); i++) {
            writer.write(MAPPER.writeValueAsString(objects.get(i)) + (i + 1 < objects.size() ? ",\n" : "\n"));
        }
        writer.write("]");
    }

    private static ObjectNode node(ClusterNode node) {
        ObjectNode json = MAPPER.createObjectNode().put("name", node.name()).put("cpu_millis", node.cpuMillis())
                .put("memory_bytes", node.memoryBytes()).put("pod_limit", node.podLimit());
        if (node.gpus() > 0) {
            json.put("gpus", node.gpus());
        }
        if (!node.gpuModel().isEmpty()) {
            json.put("gpu_model", node.gpuModel());
        }
        putMap(json, "labels", node.scheduling().labels());
        if (!node.scheduling().taints().isEmpty()) {
            ArrayNode taints = json.putArray("taints");
            for (Taint taint : node.scheduling().taints()) {
                ObjectNode entry = taints.addObject().put("key", taint.key());
                if (!taint.value().isEmpty()) {
                    entry.put("value", taint.value());
                }
                entry.put("effect", taint.effect().kubernetesName());
            }
        }
        if (node.scheduling().unschedulable()) {
            json.put("unschedulable", true);
        }
        return json;
    }

    private static ObjectNode pod(PodPackingInstance instance, Pod pod) {
        ObjectNode json = MAPPER.createObjectNode().put("name", pod.name()).put("cpu_millis", pod.cpuMillis())
                .put("memory_bytes", pod.memoryBytes()).put("priority", pod.priority());
        if (pod.isRunning()) {
            json.put("node", instance.nodes().get(pod.currentNode()).name());
        }
        if (pod.protectedPod()) {
            json.put("protected", true);
        }
        if (pod.gpu().any()) {
            gpu(json.putObject("gpu"), pod.gpu());
        }
        scheduling(json, pod.scheduling());
        return json;
    }

    private static void gpu(ObjectNode json, GpuRequest gpu) {
        json.put("devices", gpu.devices());
        if (gpu.milliPerDevice() != 1000) {
            json.put("milli", gpu.milliPerDevice());
        }
        putStrings(json, "models", gpu.models());
    }

    private static void scheduling(ObjectNode json, PodScheduling rules) {
        if (!rules.namespace().equals(PodScheduling.NONE.namespace())) {
            json.put("namespace", rules.namespace());
        }
        putMap(json, "labels", rules.labels());
        if (!rules.tolerations().isEmpty()) {
            ArrayNode tolerations = json.putArray("tolerations");
            rules.tolerations().forEach(toleration -> toleration(tolerations.addObject(), toleration));
        }
        putMap(json, "node_selector", rules.nodeSelector());
        if (!rules.nodeAffinity().equals(NodeAffinity.NONE)) {
            nodeAffinity(json.putObject("node_affinity"), rules.nodeAffinity());
        }
        podAffinity(json, "pod_affinity", rules.requiredAffinity(), rules.preferredAffinity());
        podAffinity(json, "pod_anti_affinity", rules.requiredAntiAffinity(), rules.preferredAntiAffinity());
        if (!rules.topologySpread().isEmpty()) {
            ArrayNode spread = json.putArray("topology_spread");
            rules.topologySpread().forEach(constraint -> spreadConstraint(spread.addObject(), constraint));
        }
    }

    private static void toleration(ObjectNode json, Toleration toleration) {
        if (!toleration.key().isEmpty()) {
            json.put("key", toleration.key());
        }
        if (toleration.exists()) {
            json.put("operator", "Exists");
        }
        if (!toleration.value().isEmpty()) {
            json.put("value", toleration.value());
        }
        if (toleration.effect() != null) {
            json.put("effect", toleration.effect().kubernetesName());
        }
    }

    private static void nodeAffinity(ObjectNode json, NodeAffinity affinity) {
        if (affinity.required() != null) {
            ArrayNode required = json.putArray("required");
            affinity.required().forEach(term -> nodeSelectorTerm(required.addObject(), term));
        }
        if (!affinity.preferred().isEmpty()) {
            ArrayNode preferred = json.putArray("preferred");
            for (NodeAffinity.Preferred term : affinity.preferred()) {
                ObjectNode entry = preferred.addObject().put("weight", term.weight());
                nodeSelectorTerm(entry.putObject("term"), term.term());
            }
        }
    }

    private static void nodeSelectorTerm(ObjectNode json, NodeSelectorTerm term) {
        putRequirements(json, "match_expressions", term.matchExpressions());
        putRequirements(json, "match_fields", term.matchFields());
    }

    private static void podAffinity(ObjectNode json, String field, List<PodAffinityTerm> required,
                                    List<PodAffinityTerm.Weighted> preferred) {
        if (required.isEmpty() && preferred.isEmpty()) {
            return;
        }
        ObjectNode rules = json.putObject(field);
        if (!required.isEmpty()) {
            ArrayNode terms = rules.putArray("required");
            required.forEach(term -> affinityTerm(terms.addObject(), term));
        }
        if (!preferred.isEmpty()) {
            ArrayNode terms = rules.putArray("preferred");
            for (PodAffinityTerm.Weighted weighted : preferred) {
                affinityTerm(terms.addObject().put("weight", weighted.weight()).putObject("term"), weighted.term());
            }
        }
    }

    private static void affinityTerm(ObjectNode json, PodAffinityTerm term) {
        putSelector(json, term.selector());
        putStrings(json, "namespaces", term.namespaces());
        if (term.allNamespaces()) {
            json.put("all_namespaces", true);
        }
        json.put("topology_key", term.topologyKey());
    }

    private static void spreadConstraint(ObjectNode json, TopologySpreadConstraint constraint) {
        json.put("max_skew", constraint.maxSkew()).put("topology_key", constraint.topologyKey());
        if (!constraint.hard()) {
            json.put("when_unsatisfiable", "ScheduleAnyway");
        }
        putSelector(json, constraint.selector());
        if (constraint.minDomains() != 1) {
            json.put("min_domains", constraint.minDomains());
        }
        if (!constraint.honorNodeAffinity()) {
            json.put("node_affinity_policy", "Ignore");
        }
        if (constraint.honorTaints()) {
            json.put("node_taints_policy", "Honor");
        }
    }

    private static ObjectNode budget(DisruptionBudget budget) {
        ObjectNode json = MAPPER.createObjectNode().put("name", budget.name());
        if (!budget.namespace().equals(PodScheduling.NONE.namespace())) {
            json.put("namespace", budget.namespace());
        }
        putSelector(json, budget.selector());
        return json.put("allowed_disruptions", budget.allowedDisruptions());
    }

    /** Writes {@code selector} as field {@code selector}; nothing when null (selects nothing). */
    private static void putSelector(ObjectNode json, LabelSelector selector) {
        if (selector == null) {
            return;
        }
        ObjectNode object = json.putObject("selector");
        putMap(object, "match_labels", selector.matchLabels());
        putRequirements(object, "match_expressions", selector.matchExpressions());
    }

    private static void putRequirements(ObjectNode json, String field, List<LabelRequirement> requirements) {
        if (requirements.isEmpty()) {
            return;
        }
        ArrayNode array = json.putArray(field);
        for (LabelRequirement requirement : requirements) {
            ObjectNode entry = array.addObject().put("key", requirement.key())
                    .put("operator", requirement.operator().kubernetesName());
            if (!requirement.values().isEmpty()) {
                ArrayNode values = entry.putArray("values");
                requirement.values().forEach(values::add);
            }
        }
    }

    private static void putMap(ObjectNode json, String field, Map<String, String> map) {
        if (!map.isEmpty()) {
            ObjectNode object = json.putObject(field);
            new TreeMap<>(map).forEach(object::put);
        }
    }

    private static void putStrings(ObjectNode json, String field, Collection<String> strings) {
        if (!strings.isEmpty()) {
            ArrayNode array = json.putArray(field);
            new TreeSet<>(strings).forEach(array::add);
        }
    }
}
