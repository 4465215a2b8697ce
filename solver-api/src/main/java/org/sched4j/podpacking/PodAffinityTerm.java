package org.sched4j.podpacking;

import java.util.Objects;
import java.util.Set;

/**
 * A term of pod affinity or anti-affinity ({@code v1.PodAffinityTerm}): the pods it selects — those matching
 * {@code selector} in the given namespaces — and the topology ({@code topologyKey}: nodes with equal values of that
 * label form one domain, e.g. {@code kubernetes.io/hostname} or {@code topology.kubernetes.io/zone}).
 *
 * @param selector      the pods' labels to match; null selects no pod (as a missing {@code labelSelector})
 * @param namespaces    the namespaces to look in; empty means the namespace of the pod that has the term
 * @param allNamespaces true when {@code namespaceSelector} is {@code {}} (every namespace)
 * @param topologyKey   the node label whose values are the domains
 */
public record PodAffinityTerm(LabelSelector selector, Set<String> namespaces, boolean allNamespaces,
                              String topologyKey) {

    public PodAffinityTerm {
        namespaces = Set.copyOf(namespaces == null ? Set.of() : namespaces);
        Objects.requireNonNull(topologyKey, "topologyKey");
        if (topologyKey.isEmpty()) {
            throw new IllegalArgumentException("a pod affinity term needs a topologyKey");
        }
    }

    /** A term selecting pods with {@code selector} in the owner's namespace, over {@code topologyKey}. */
    public static PodAffinityTerm of(LabelSelector selector, String topologyKey) {
        return new PodAffinityTerm(selector, Set.of(), false, topologyKey);
    }

    /** Whether {@code other} is selected by this term of a pod in namespace {@code ownerNamespace}. */
    public boolean selects(String ownerNamespace, Pod other) {
        if (selector == null) {
            return false;
        }
        String namespace = other.scheduling().namespace();
        boolean inNamespace = allNamespaces
                || (namespaces.isEmpty() ? ownerNamespace.equals(namespace) : namespaces.contains(namespace));
        return inNamespace && selector.matches(other.scheduling().labels());
    }

    /**
     * A weighted term ({@code v1.WeightedPodAffinityTerm}), a soft preference.
     *
     * @param weight 1 to 100
     * @param term   the term
     */
    public record Weighted(int weight, PodAffinityTerm term) {
        public Weighted {
            Objects.requireNonNull(term, "term");
            if (weight < 1 || weight > 100) {
                throw new IllegalArgumentException("a preferred pod affinity weight must be 1 to 100, got " + weight);
            }
        }
    }
}
