package org.sched4j.podpacking;

import java.util.List;

/**
 * A pod's node affinity ({@code spec.affinity.nodeAffinity}).
 *
 * @param required  {@code requiredDuringSchedulingIgnoredDuringExecution.nodeSelectorTerms}: the node must match at
 *                  least one term; null when the pod has no required node affinity (an empty list matches no node)
 * @param preferred {@code preferredDuringSchedulingIgnoredDuringExecution}: weighted terms, a soft preference
 */
public record NodeAffinity(List<NodeSelectorTerm> required, List<Preferred> preferred) {

    /** No node affinity. */
    public static final NodeAffinity NONE = new NodeAffinity(null, List.of());

    /**
     * A preferred term and its weight.
     *
     * @param weight 1 to 100
     * @param term   the term
     */
    public record Preferred(int weight, NodeSelectorTerm term) {
        public Preferred {
            if (weight < 1 || weight > 100) {
                throw new IllegalArgumentException("a preferred node affinity weight must be 1 to 100, got " + weight);
            }
        }
    }

    public NodeAffinity {
        required = required == null ? null : List.copyOf(required);
        preferred = List.copyOf(preferred == null ? List.of() : preferred);
    }

    /** Whether {@code node} satisfies the required part (true when there is none). */
    public boolean requiredMatches(ClusterNode node) {
        return required == null || required.stream().anyMatch(term -> term.matches(node));
    }

    /** The sum of the weights of the preferred terms {@code node} does not match. */
    public int missedPreferredWeight(ClusterNode node) {
        return preferred.stream().filter(term -> !term.term().matches(node)).mapToInt(Preferred::weight).sum();
    }
}
