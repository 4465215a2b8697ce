package org.sched4j.cpmodels.podpacking;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sched4j.podpacking.PodAffinityTerm;
import org.sched4j.podpacking.PodLabelIndex;

/**
 * The {@link TermSelection} of each anti-affinity term and owner namespace, and the {@link AffinitySelection} of each
 * pod's required affinity terms, of one model, built once each.
 */
final class Selections {

    private record Key(PodAffinityTerm term, String ownerNamespace) {
    }

    private final PodPackingNeighbourhood neighbourhood;
    private final PodLabelIndex labels;
    private final Map<Key, TermSelection> byTerm = new HashMap<>();
    private final Map<AffinityKey, AffinitySelection> byTerms = new HashMap<>();

    private record AffinityKey(List<PodAffinityTerm> terms, String ownerNamespace) {
    }

    Selections(PodPackingNeighbourhood neighbourhood) {
        this.neighbourhood = neighbourhood;
        this.labels = new PodLabelIndex(neighbourhood.instance());
    }

    /** The pods of the scenario by label. */
    PodLabelIndex labels() {
        return labels;
    }

    /** The pods every one of the required affinity {@code terms} of a pod in {@code ownerNamespace} selects. */
    AffinitySelection ofAffinity(List<PodAffinityTerm> terms, String ownerNamespace) {
        return byTerms.computeIfAbsent(new AffinityKey(terms, ownerNamespace),
                key -> new AffinitySelection(neighbourhood, labels, terms, ownerNamespace));
    }

    /** The pods {@code term} of a pod in {@code ownerNamespace} selects, on every node. */
    TermSelection of(PodAffinityTerm term, String ownerNamespace) {
        return byTerm.computeIfAbsent(new Key(term, ownerNamespace), key -> new TermSelection(neighbourhood,
                term.topologyKey(), labels.candidates(term.selector()), pod -> term.selects(ownerNamespace, pod),
                node -> true));
    }
}
