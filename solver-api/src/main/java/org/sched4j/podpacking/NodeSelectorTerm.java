package org.sched4j.podpacking;

import java.util.List;

/**
 * One term of a node affinity ({@code v1.NodeSelectorTerm}): every requirement must hold. {@code matchFields}
 * supports {@code metadata.name}, the one field Kubernetes accepts there. A term without any requirement matches no
 * node ({@code k8s.io/component-helpers/scheduling/corev1/nodeaffinity}).
 *
 * @param matchExpressions requirements on the node's labels
 * @param matchFields      requirements on the node's fields; the key is {@code metadata.name}
 */
public record NodeSelectorTerm(List<LabelRequirement> matchExpressions, List<LabelRequirement> matchFields) {

    /** The one field a term may select on. */
    public static final String NAME_FIELD = "metadata.name";

    public NodeSelectorTerm {
        matchExpressions = List.copyOf(matchExpressions == null ? List.of() : matchExpressions);
        matchFields = List.copyOf(matchFields == null ? List.of() : matchFields);
        for (LabelRequirement field : matchFields) {
            if (!field.key().equals(NAME_FIELD)) {
                throw new IllegalArgumentException("node selector field " + field.key() + " is not supported; only "
                        + NAME_FIELD);
            }
        }
    }

    /** Whether {@code node} satisfies every requirement of the term (false for a term without requirements). */
    public boolean matches(ClusterNode node) {
        if (matchExpressions.isEmpty() && matchFields.isEmpty()) {
            return false;
        }
        for (LabelRequirement requirement : matchExpressions) {
            if (!requirement.matches(node.scheduling().labels())) {
                return false;
            }
        }
        for (LabelRequirement field : matchFields) {
            if (!field.matches(java.util.Map.of(NAME_FIELD, node.name()))) {
                return false;
            }
        }
        return true;
    }
}
