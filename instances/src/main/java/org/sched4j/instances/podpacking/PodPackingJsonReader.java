package org.sched4j.instances.podpacking;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import org.sched4j.podpacking.ClusterNode;
import org.sched4j.podpacking.DisruptionBudget;
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
 * Reads one scenario of {@link PodPackingJsonFormat} (the field names and defaults are listed there), every error at
 * the {@code file:line:column} of the value at fault.
 */
final class PodPackingJsonReader {

    private final JsonSource source;
    private final JsonFields fields;

    PodPackingJsonReader(JsonSource source) {
        this.source = source;
        this.fields = new JsonFields(source);
    }

    /** The scenario, named {@code fallbackName} unless it names itself. */
    PodPackingInstance instance(String fallbackName) {
        JsonNode root = source.root();
        JsonPointer top = JsonPointer.empty();
        if (!PodPackingJsonFormat.MARKER.equals(root.path("format").asText())) {
            throw source.error(top, "expected \"format\": \"" + PodPackingJsonFormat.MARKER + "\"");
        }
        String name = fields.optionalText(root, top, "name", fallbackName);
        List<ClusterNode> nodes = list(root, "nodes", this::node);
        Map<String, Integer> nodeIndex = new HashMap<>();
        for (int i = 0; i < nodes.size(); i++) {
            if (nodeIndex.putIfAbsent(nodes.get(i).name(), i) != null) {
                throw source.error(pointer("nodes", i), "a second node named " + nodes.get(i).name());
            }
        }
        List<Pod> pods = list(root, "pods", (pod, at) -> pod(pod, at, nodeIndex));
        List<DisruptionBudget> budgets = JsonFields.has(root, "budgets") ? list(root, "budgets", this::budget) : List.of();
        List<String> unsupported = fields.strings(root, top, "unsupported");
        return fields.construct(top.appendProperty("pods"), () -> new PodPackingInstance(name, nodes, pods, budgets,
                unsupported));
    }

    private <T> List<T> list(JsonNode root, String field, BiFunction<JsonNode, JsonPointer, T> reader) {
        JsonNode array = root.path(field);
        if (!array.isArray()) {
            throw source.error(JsonPointer.empty(), "expected an array \"" + field + "\"");
        }
        List<T> elements = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            if (!array.get(i).isObject()) {
                throw source.error(pointer(field, i), "expected an object in \"" + field + "\"");
            }
            elements.add(reader.apply(array.get(i), pointer(field, i)));
        }
        return elements;
    }

    private static JsonPointer pointer(String list, int index) {
        return JsonPointer.empty().appendProperty(list).appendIndex(index);
    }

    private ClusterNode node(JsonNode node, JsonPointer at) {
        String name = fields.text(node, at, "name", "\"name\"");
        long cpu = fields.integer(node, at, "cpu_millis", Long.MIN_VALUE, Long.MAX_VALUE);
        long memory = fields.integer(node, at, "memory_bytes", Long.MIN_VALUE, Long.MAX_VALUE);
        int podLimit = (int) fields.optionalInteger(node, at, "pod_limit", Integer.MIN_VALUE, Integer.MAX_VALUE,
                PodPackingJsonFormat.DEFAULT_POD_LIMIT);
        int gpus = (int) fields.optionalInteger(node, at, "gpus", 0, Integer.MAX_VALUE, 0);
        String gpuModel = fields.optionalText(node, at, "gpu_model", "");
        List<Taint> taints = new ArrayList<>();
        List<JsonNode> entries = fields.objects(node, at, "taints");
        for (int i = 0; i < entries.size(); i++) {
            JsonPointer taintAt = at.appendProperty("taints").appendIndex(i);
            JsonNode taint = entries.get(i);
            taints.add(new Taint(fields.text(taint, taintAt, "key", "the taint's key"),
                    fields.optionalText(taint, taintAt, "value", ""), effect(taint, taintAt, null)));
        }
        NodeScheduling scheduling = new NodeScheduling(fields.stringMap(node, at, "labels"), taints,
                fields.optionalBoolean(node, at, "unschedulable", false));
        return fields.construct(at, () -> new ClusterNode(name, cpu, memory, podLimit, gpus, gpuModel, scheduling));
    }

    private TaintEffect effect(JsonNode object, JsonPointer at, TaintEffect fallback) {
        return fields.choice(object, at, "effect", TaintEffect::fromKubernetes, fallback,
                "NoSchedule, PreferNoSchedule or NoExecute");
    }

    private Pod pod(JsonNode pod, JsonPointer at, Map<String, Integer> nodeIndex) {
        String name = fields.text(pod, at, "name", "\"name\"");
        int node = Pod.PENDING;
        if (JsonFields.has(pod, "node")) {
            Integer index = nodeIndex.get(pod.get("node").asText());
            if (index == null) {
                throw source.error(at.appendProperty("node"), "expected the name of a node, found " + pod.get("node"));
            }
            node = index;
        }
        long cpu = fields.integer(pod, at, "cpu_millis", Long.MIN_VALUE, Long.MAX_VALUE);
        long memory = fields.integer(pod, at, "memory_bytes", Long.MIN_VALUE, Long.MAX_VALUE);
        int priority = (int) fields.optionalInteger(pod, at, "priority", Integer.MIN_VALUE, Integer.MAX_VALUE, 0);
        boolean protectedPod = fields.optionalBoolean(pod, at, "protected", false);
        GpuRequest gpu = gpu(pod, at);
        PodScheduling scheduling = scheduling(pod, at);
        int current = node;
        return fields.construct(at, () -> new Pod(name, cpu, memory, priority, current, protectedPod, gpu,
                scheduling));
    }

    private GpuRequest gpu(JsonNode pod, JsonPointer podAt) {
        JsonNode gpu = fields.optionalObject(pod, podAt, "gpu");
        if (gpu.isMissingNode()) {
            return GpuRequest.NONE;
        }
        JsonPointer at = podAt.appendProperty("gpu");
        int devices = (int) fields.integer(gpu, at, "devices", 0, Integer.MAX_VALUE);
        int milli = (int) fields.optionalInteger(gpu, at, "milli", 0, 1000, devices == 0 ? 0 : 1000);
        List<String> models = fields.strings(gpu, at, "models");
        return fields.construct(at, () -> new GpuRequest(devices, milli, new HashSet<>(models)));
    }

    private PodScheduling scheduling(JsonNode pod, JsonPointer at) {
        JsonNode affinity = fields.optionalObject(pod, at, "pod_affinity");
        JsonNode antiAffinity = fields.optionalObject(pod, at, "pod_anti_affinity");
        JsonPointer affinityAt = at.appendProperty("pod_affinity");
        JsonPointer antiAffinityAt = at.appendProperty("pod_anti_affinity");
        List<TopologySpreadConstraint> spread = new ArrayList<>();
        List<JsonNode> constraints = fields.objects(pod, at, "topology_spread");
        for (int i = 0; i < constraints.size(); i++) {
            spread.add(spreadConstraint(constraints.get(i), at.appendProperty("topology_spread").appendIndex(i)));
        }
        return PodScheduling.labelled(fields.optionalText(pod, at, "namespace", "default"),
                        fields.stringMap(pod, at, "labels"))
                .withTolerations(tolerations(pod, at))
                .withNodeSelector(fields.stringMap(pod, at, "node_selector"))
                .withNodeAffinity(nodeAffinity(pod, at))
                .withPodAffinity(affinityTerms(affinity, affinityAt), weightedTerms(affinity, affinityAt))
                .withPodAntiAffinity(affinityTerms(antiAffinity, antiAffinityAt),
                        weightedTerms(antiAffinity, antiAffinityAt))
                .withTopologySpread(spread);
    }

    private List<Toleration> tolerations(JsonNode pod, JsonPointer podAt) {
        List<Toleration> tolerations = new ArrayList<>();
        List<JsonNode> entries = fields.objects(pod, podAt, "tolerations");
        for (int i = 0; i < entries.size(); i++) {
            JsonPointer at = podAt.appendProperty("tolerations").appendIndex(i);
            JsonNode entry = entries.get(i);
            String key = fields.optionalText(entry, at, "key", "");
            boolean exists = fields.choice(entry, at, "operator", spelling -> switch (spelling) {
                case "Exists" -> Optional.of(true);
                case "Equal" -> Optional.of(false);
                default -> Optional.empty();
            }, false, "Exists or Equal");
            String value = fields.optionalText(entry, at, "value", "");
            TaintEffect effect = JsonFields.has(entry, "effect") ? effect(entry, at, null) : null;
            tolerations.add(fields.construct(at, () -> new Toleration(key, exists, value, effect)));
        }
        return tolerations;
    }

    private NodeAffinity nodeAffinity(JsonNode pod, JsonPointer podAt) {
        JsonNode affinity = fields.optionalObject(pod, podAt, "node_affinity");
        if (affinity.isMissingNode()) {
            return NodeAffinity.NONE;
        }
        JsonPointer at = podAt.appendProperty("node_affinity");
        List<NodeSelectorTerm> required = null;
        if (JsonFields.has(affinity, "required")) {
            required = new ArrayList<>();
            List<JsonNode> terms = fields.objects(affinity, at, "required");
            for (int i = 0; i < terms.size(); i++) {
                required.add(nodeSelectorTerm(terms.get(i), at.appendProperty("required").appendIndex(i)));
            }
        }
        List<NodeAffinity.Preferred> preferred = new ArrayList<>();
        List<JsonNode> weighted = fields.objects(affinity, at, "preferred");
        for (int i = 0; i < weighted.size(); i++) {
            JsonPointer termAt = at.appendProperty("preferred").appendIndex(i);
            int weight = (int) fields.integer(weighted.get(i), termAt, "weight", 1, 100);
            NodeSelectorTerm term = nodeSelectorTerm(requiredObject(weighted.get(i), termAt, "term"),
                    termAt.appendProperty("term"));
            preferred.add(new NodeAffinity.Preferred(weight, term));
        }
        return new NodeAffinity(required, preferred);
    }

    private JsonNode requiredObject(JsonNode object, JsonPointer at, String name) {
        JsonNode value = fields.optionalObject(object, at, name);
        if (value.isMissingNode()) {
            throw source.error(at, "expected \"" + name + "\", an object");
        }
        return value;
    }

    private NodeSelectorTerm nodeSelectorTerm(JsonNode term, JsonPointer at) {
        List<LabelRequirement> expressions = requirements(term, at, "match_expressions");
        List<LabelRequirement> matchFields = requirements(term, at, "match_fields");
        return fields.construct(at, () -> new NodeSelectorTerm(expressions, matchFields));
    }

    private List<LabelRequirement> requirements(JsonNode object, JsonPointer at, String name) {
        List<LabelRequirement> requirements = new ArrayList<>();
        List<JsonNode> entries = fields.objects(object, at, name);
        for (int i = 0; i < entries.size(); i++) {
            JsonPointer entryAt = at.appendProperty(name).appendIndex(i);
            JsonNode entry = entries.get(i);
            String key = fields.text(entry, entryAt, "key", "the requirement's key");
            LabelRequirement.Operator operator = fields.choice(entry, entryAt, "operator", spelling -> Arrays.stream(
                    LabelRequirement.Operator.values()).filter(o -> o.kubernetesName().equals(spelling)).findFirst(),
                    null, "In, NotIn, Exists, DoesNotExist, Gt or Lt");
            List<String> values = fields.strings(entry, entryAt, "values");
            requirements.add(fields.construct(entryAt, () -> new LabelRequirement(key, operator, values)));
        }
        return requirements;
    }

    /** The selector in field {@code selector}: null when absent. */
    private LabelSelector selector(JsonNode object, JsonPointer at) {
        JsonNode selector = fields.optionalObject(object, at, "selector");
        if (selector.isMissingNode()) {
            return null;
        }
        JsonPointer selectorAt = at.appendProperty("selector");
        return new LabelSelector(fields.stringMap(selector, selectorAt, "match_labels"),
                requirements(selector, selectorAt, "match_expressions"));
    }

    private List<PodAffinityTerm> affinityTerms(JsonNode rules, JsonPointer rulesAt) {
        List<PodAffinityTerm> terms = new ArrayList<>();
        List<JsonNode> entries = fields.objects(rules, rulesAt, "required");
        for (int i = 0; i < entries.size(); i++) {
            terms.add(affinityTerm(entries.get(i), rulesAt.appendProperty("required").appendIndex(i)));
        }
        return terms;
    }

    private List<PodAffinityTerm.Weighted> weightedTerms(JsonNode rules, JsonPointer rulesAt) {
        List<PodAffinityTerm.Weighted> terms = new ArrayList<>();
        List<JsonNode> entries = fields.objects(rules, rulesAt, "preferred");
        for (int i = 0; i < entries.size(); i++) {
            JsonPointer at = rulesAt.appendProperty("preferred").appendIndex(i);
            int weight = (int) fields.integer(entries.get(i), at, "weight", 1, 100);
            terms.add(new PodAffinityTerm.Weighted(weight, affinityTerm(requiredObject(entries.get(i), at, "term"),
                    at.appendProperty("term"))));
        }
        return terms;
    }

    private PodAffinityTerm affinityTerm(JsonNode term, JsonPointer at) {
        return new PodAffinityTerm(selector(term, at), new HashSet<>(fields.strings(term, at, "namespaces")),
                fields.optionalBoolean(term, at, "all_namespaces", false),
                fields.text(term, at, "topology_key", "the term's topology_key"));
    }

    private TopologySpreadConstraint spreadConstraint(JsonNode constraint, JsonPointer at) {
        int maxSkew = (int) fields.integer(constraint, at, "max_skew", 1, Integer.MAX_VALUE);
        String topologyKey = fields.text(constraint, at, "topology_key", "the constraint's topology_key");
        boolean hard = fields.choice(constraint, at, "when_unsatisfiable", spelling -> switch (spelling) {
            case "DoNotSchedule" -> Optional.of(true);
            case "ScheduleAnyway" -> Optional.of(false);
            default -> Optional.empty();
        }, true, "DoNotSchedule or ScheduleAnyway");
        int minDomains = (int) fields.optionalInteger(constraint, at, "min_domains", 1, Integer.MAX_VALUE, 1);
        boolean honorNodeAffinity = policy(constraint, at, "node_affinity_policy", true);
        boolean honorTaints = policy(constraint, at, "node_taints_policy", false);
        return new TopologySpreadConstraint(maxSkew, topologyKey, hard, selector(constraint, at), minDomains,
                honorNodeAffinity, honorTaints);
    }

    private boolean policy(JsonNode constraint, JsonPointer at, String name, boolean fallback) {
        return fields.choice(constraint, at, name, spelling -> switch (spelling) {
            case "Honor" -> Optional.of(true);
            case "Ignore" -> Optional.of(false);
            default -> Optional.empty();
        }, fallback, "Honor or Ignore");
    }

    private DisruptionBudget budget(JsonNode budget, JsonPointer at) {
        String name = fields.text(budget, at, "name", "\"name\"");
        String namespace = fields.optionalText(budget, at, "namespace", "default");
        int allowed = (int) fields.integer(budget, at, "allowed_disruptions", 0, Integer.MAX_VALUE);
        return new DisruptionBudget(name, namespace, selector(budget, at), allowed);
    }
}
