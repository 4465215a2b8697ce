package org.sched4j.cpmodels.podpacking;

import java.util.HashMap;
import java.util.Map;
import org.sched4j.podpacking.PodAffinityTerm;

/** The {@link TermSelection} of each affinity term and owner namespace of one model, built once each. */
final class Selections {

    private record Key(PodAffinityTerm term, String ownerNamespace) {
    }

    private final PodPackingNeighbourhood neighbourhood;
    private final PodLabels labels;
    private final Map<Key, TermSelection> byTerm = new HashMap<>();

    Selections(PodPackingNeighbourhood neighbourhood) {
        this.neighbourhood = neighbourhood;
        this.labels = new PodLabels(neighbourhood.instance());
    }

    /** The pods of the scenario by label. */
    PodLabels labels() {
        return labels;
    }

    /** The pods {@code term} of a pod in {@code ownerNamespace} selects, on every node. */
    TermSelection of(PodAffinityTerm term, String ownerNamespace) {
        return byTerm.computeIfAbsent(new Key(term, ownerNamespace), key -> new TermSelection(neighbourhood,
                term.topologyKey(), labels.candidates(term.selector()), pod -> term.selects(ownerNamespace, pod),
                node -> true));
    }
}
