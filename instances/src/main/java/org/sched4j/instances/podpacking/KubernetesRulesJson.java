package org.sched4j.instances.podpacking;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.sched4j.podpacking.LabelRequirement;
import org.sched4j.podpacking.LabelSelector;
import org.sched4j.podpacking.NodeAffinity;
import org.sched4j.podpacking.NodeSelectorTerm;
import org.sched4j.podpacking.PodAffinityTerm;
import org.sched4j.podpacking.PodScheduling;
import org.sched4j.podpacking.Taint;
import org.sched4j.podpacking.Toleration;
import org.sched4j.podpacking.TopologySpreadConstraint;

/**
 * The model's scheduling rules as the Kubernetes API spells them ({@code k8s.io/api/core/v1/types.go}): tolerations,
 * node selector, {@code affinity} (node, pod and pod anti-affinity) and topology spread constraints of a pod spec,
 * taints of a node spec, label selectors. Fields at their defaults are left out, as the API server prints them.
 */
final class KubernetesRulesJson {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private KubernetesRulesJson() {
    }

    /** Adds the pod's rules to its {@code spec}: tolerations, nodeSelector, affinity, topologySpreadConstraints. */
    static void addPodRules(ObjectNode spec, PodScheduling rules) {
        if (!rules.tolerations().isEmpty()) {
            ArrayNode tolerations = spec.putArray("tolerations");
            rules.tolerations().forEach(toleration -> tolerations.add(toleration(toleration)));
        }
        if (!rules.nodeSelector().isEmpty()) {
            spec.set("nodeSelector", labels(rules.nodeSelector()));
        }
        ObjectNode affinity = JSON.objectNode();
        if (rules.nodeAffinity().required() != null || !rules.nodeAffinity().preferred().isEmpty()) {
            affinity.set("nodeAffinity", nodeAffinity(rules.nodeAffinity()));
        }
        if (!rules.requiredAffinity().isEmpty() || !rules.preferredAffinity().isEmpty()) {
            affinity.set("podAffinity", podAffinity(rules.requiredAffinity(), rules.preferredAffinity()));
        }
        if (!rules.requiredAntiAffinity().isEmpty() || !rules.preferredAntiAffinity().isEmpty()) {
            affinity.set("podAntiAffinity", podAffinity(rules.requiredAntiAffinity(),
                    rules.preferredAntiAffinity()));
        }
        if (!affinity.isEmpty()) {
            spec.set("affinity", affinity);
        }
        if (!rules.topologySpread().isEmpty()) {
            ArrayNode constraints = spec.putArray("topologySpreadConstraints");
            rules.topologySpread().forEach(constraint -> constraints.add(spread(constraint)));
        }
    }

    /** A map of labels, keys sorted. */
    static ObjectNode labels(Map<String, String> labels) {
        ObjectNode node = JSON.objectNode();
        new TreeMap<>(labels).forEach(node::put);
        return node;
    }

    /** A node taint ({@code spec.taints[]}). */
    static ObjectNode taint(Taint taint) {
        ObjectNode node = JSON.objectNode().put("key", taint.key());
        if (!taint.value().isEmpty()) {
            node.put("value", taint.value());
        }
        return node.put("effect", taint.effect().kubernetesName());
    }

    /** A label selector ({@code metav1.LabelSelector}). */
    static ObjectNode selector(LabelSelector selector) {
        ObjectNode node = JSON.objectNode();
        if (!selector.matchLabels().isEmpty()) {
            node.set("matchLabels", labels(selector.matchLabels()));
        }
        if (!selector.matchExpressions().isEmpty()) {
            node.set("matchExpressions", requirements(selector.matchExpressions()));
        }
        return node;
    }

    private static ObjectNode toleration(Toleration toleration) {
        ObjectNode node = JSON.objectNode();
        if (!toleration.key().isEmpty()) {
            node.put("key", toleration.key());
        }
        node.put("operator", toleration.exists() ? "Exists" : "Equal");
        if (!toleration.exists() && !toleration.value().isEmpty()) {
            node.put("value", toleration.value());
        }
        if (toleration.effect() != null) {
            node.put("effect", toleration.effect().kubernetesName());
        }
        return node;
    }

    private static ObjectNode nodeAffinity(NodeAffinity affinity) {
        ObjectNode node = JSON.objectNode();
        if (affinity.required() != null) {
            ArrayNode terms = node.putObject("requiredDuringSchedulingIgnoredDuringExecution")
                    .putArray("nodeSelectorTerms");
            affinity.required().forEach(term -> terms.add(nodeSelectorTerm(term)));
        }
        if (!affinity.preferred().isEmpty()) {
            ArrayNode preferred = node.putArray("preferredDuringSchedulingIgnoredDuringExecution");
            for (NodeAffinity.Preferred term : affinity.preferred()) {
                preferred.addObject().put("weight", term.weight()).set("preference", nodeSelectorTerm(term.term()));
            }
        }
        return node;
    }

    private static ObjectNode nodeSelectorTerm(NodeSelectorTerm term) {
        ObjectNode node = JSON.objectNode();
        if (!term.matchExpressions().isEmpty()) {
            node.set("matchExpressions", requirements(term.matchExpressions()));
        }
        if (!term.matchFields().isEmpty()) {
            node.set("matchFields", requirements(term.matchFields()));
        }
        return node;
    }

    private static ArrayNode requirements(List<LabelRequirement> requirements) {
        ArrayNode array = JSON.arrayNode();
        for (LabelRequirement requirement : requirements) {
            ObjectNode node = array.addObject().put("key", requirement.key())
                    .put("operator", requirement.operator().kubernetesName());
            if (!requirement.values().isEmpty()) {
                ArrayNode values = node.putArray("values");
                requirement.values().forEach(values::add);
            }
        }
        return array;
    }

    private static ObjectNode podAffinity(List<PodAffinityTerm> required, List<PodAffinityTerm.Weighted> preferred) {
        ObjectNode node = JSON.objectNode();
        if (!required.isEmpty()) {
            ArrayNode terms = node.putArray("requiredDuringSchedulingIgnoredDuringExecution");
            required.forEach(term -> terms.add(podAffinityTerm(term)));
        }
        if (!preferred.isEmpty()) {
            ArrayNode terms = node.putArray("preferredDuringSchedulingIgnoredDuringExecution");
            for (PodAffinityTerm.Weighted term : preferred) {
                terms.addObject().put("weight", term.weight()).set("podAffinityTerm", podAffinityTerm(term.term()));
            }
        }
        return node;
    }

    private static ObjectNode podAffinityTerm(PodAffinityTerm term) {
        ObjectNode node = JSON.objectNode();
        if (term.selector() != null) {
            node.set("labelSelector", selector(term.selector()));
        }
        if (!term.namespaces().isEmpty()) {
            ArrayNode namespaces = node.putArray("namespaces");
            term.namespaces().stream().sorted().forEach(namespaces::add);
        }
        if (term.allNamespaces()) {
            node.putObject("namespaceSelector");
        }
        return node.put("topologyKey", term.topologyKey());
    }

    private static ObjectNode spread(TopologySpreadConstraint constraint) {
        ObjectNode node = JSON.objectNode().put("maxSkew", constraint.maxSkew())
                .put("topologyKey", constraint.topologyKey())
                .put("whenUnsatisfiable", constraint.hard() ? "DoNotSchedule" : "ScheduleAnyway");
        if (constraint.selector() != null) {
            node.set("labelSelector", selector(constraint.selector()));
        }
        if (constraint.minDomains() > 1) {
            node.put("minDomains", constraint.minDomains());
        }
        if (!constraint.honorNodeAffinity()) {
            node.put("nodeAffinityPolicy", "Ignore");
        }
        if (constraint.honorTaints()) {
            node.put("nodeTaintsPolicy", "Honor");
        }
        return node;
    }
}
