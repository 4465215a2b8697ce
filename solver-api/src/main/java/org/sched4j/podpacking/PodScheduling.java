package org.sched4j.podpacking;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What of a pod the scheduling rules read besides its requests: its namespace and labels (which other pods' terms
 * and the disruption budgets select), and its own rules.
 *
 * @param namespace              the pod's namespace
 * @param labels                 its labels
 * @param tolerations            {@code spec.tolerations}
 * @param nodeSelector           {@code spec.nodeSelector}: labels the node must have
 * @param nodeAffinity           {@code spec.affinity.nodeAffinity}
 * @param requiredAffinity       {@code podAffinity.requiredDuringSchedulingIgnoredDuringExecution}
 * @param preferredAffinity      {@code podAffinity.preferredDuringSchedulingIgnoredDuringExecution}
 * @param requiredAntiAffinity   {@code podAntiAffinity.requiredDuringSchedulingIgnoredDuringExecution}
 * @param preferredAntiAffinity  {@code podAntiAffinity.preferredDuringSchedulingIgnoredDuringExecution}
 * @param topologySpread         {@code spec.topologySpreadConstraints}
 */
public record PodScheduling(String namespace, Map<String, String> labels, List<Toleration> tolerations,
                            Map<String, String> nodeSelector, NodeAffinity nodeAffinity,
                            List<PodAffinityTerm> requiredAffinity, List<PodAffinityTerm.Weighted> preferredAffinity,
                            List<PodAffinityTerm> requiredAntiAffinity,
                            List<PodAffinityTerm.Weighted> preferredAntiAffinity,
                            List<TopologySpreadConstraint> topologySpread) {

    /** A pod in namespace {@code default} without labels or rules. */
    public static final PodScheduling NONE = new PodScheduling("default", Map.of(), List.of(), Map.of(),
            NodeAffinity.NONE, List.of(), List.of(), List.of(), List.of(), List.of());

    public PodScheduling {
        Objects.requireNonNull(namespace, "namespace");
        labels = Map.copyOf(labels == null ? Map.of() : labels);
        tolerations = List.copyOf(tolerations == null ? List.of() : tolerations);
        nodeSelector = Map.copyOf(nodeSelector == null ? Map.of() : nodeSelector);
        nodeAffinity = nodeAffinity == null ? NodeAffinity.NONE : nodeAffinity;
        requiredAffinity = List.copyOf(requiredAffinity == null ? List.of() : requiredAffinity);
        preferredAffinity = List.copyOf(preferredAffinity == null ? List.of() : preferredAffinity);
        requiredAntiAffinity = List.copyOf(requiredAntiAffinity == null ? List.of() : requiredAntiAffinity);
        preferredAntiAffinity = List.copyOf(preferredAntiAffinity == null ? List.of() : preferredAntiAffinity);
        topologySpread = List.copyOf(topologySpread == null ? List.of() : topologySpread);
    }

    /** A pod of {@code namespace} with {@code labels} and no rules. */
    public static PodScheduling labelled(String namespace, Map<String, String> labels) {
        return NONE.withNamespace(namespace).withLabels(labels);
    }

    /** Whether the pod has an inter-pod rule (affinity, anti-affinity or spread), hard or soft. */
    public boolean hasInterPodRules() {
        return !requiredAffinity.isEmpty() || !preferredAffinity.isEmpty() || !requiredAntiAffinity.isEmpty()
                || !preferredAntiAffinity.isEmpty() || !topologySpread.isEmpty();
    }

    public PodScheduling withNamespace(String value) {
        return new PodScheduling(value, labels, tolerations, nodeSelector, nodeAffinity, requiredAffinity,
                preferredAffinity, requiredAntiAffinity, preferredAntiAffinity, topologySpread);
    }

    public PodScheduling withLabels(Map<String, String> value) {
        return new PodScheduling(namespace, value, tolerations, nodeSelector, nodeAffinity, requiredAffinity,
                preferredAffinity, requiredAntiAffinity, preferredAntiAffinity, topologySpread);
    }

    public PodScheduling withTolerations(List<Toleration> value) {
        return new PodScheduling(namespace, labels, value, nodeSelector, nodeAffinity, requiredAffinity,
                preferredAffinity, requiredAntiAffinity, preferredAntiAffinity, topologySpread);
    }

    public PodScheduling withNodeSelector(Map<String, String> value) {
        return new PodScheduling(namespace, labels, tolerations, value, nodeAffinity, requiredAffinity,
                preferredAffinity, requiredAntiAffinity, preferredAntiAffinity, topologySpread);
    }

    public PodScheduling withNodeAffinity(NodeAffinity value) {
        return new PodScheduling(namespace, labels, tolerations, nodeSelector, value, requiredAffinity,
                preferredAffinity, requiredAntiAffinity, preferredAntiAffinity, topologySpread);
    }

    public PodScheduling withPodAffinity(List<PodAffinityTerm> required, List<PodAffinityTerm.Weighted> preferred) {
        return new PodScheduling(namespace, labels, tolerations, nodeSelector, nodeAffinity, required, preferred,
                requiredAntiAffinity, preferredAntiAffinity, topologySpread);
    }

    public PodScheduling withPodAntiAffinity(List<PodAffinityTerm> required,
                                             List<PodAffinityTerm.Weighted> preferred) {
        return new PodScheduling(namespace, labels, tolerations, nodeSelector, nodeAffinity, requiredAffinity,
                preferredAffinity, required, preferred, topologySpread);
    }

    public PodScheduling withTopologySpread(List<TopologySpreadConstraint> value) {
        return new PodScheduling(namespace, labels, tolerations, nodeSelector, nodeAffinity, requiredAffinity,
                preferredAffinity, requiredAntiAffinity, preferredAntiAffinity, value);
    }
}
