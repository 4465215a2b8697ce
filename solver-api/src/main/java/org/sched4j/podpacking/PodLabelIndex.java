package org.sched4j.podpacking;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * The pods of a scenario by label, so that the evaluator and the models find the pods a selector may match without reading every
 * pod: the pods carrying one of the selector's {@code matchLabels} pairs (every pod when it has none). Built once, in
 * O(labels of all pods).
 */
public final class PodLabelIndex {

    private final List<Integer> all;
    private final Map<String, Map<String, List<Integer>>> byLabel = new HashMap<>();

    /** Indexes the pods of {@code instance}. */
    public PodLabelIndex(PodPackingInstance instance) {
        all = IntStream.range(0, instance.podCount()).boxed().toList();
        for (int p = 0; p < instance.podCount(); p++) {
            for (Map.Entry<String, String> label : instance.pods().get(p).scheduling().labels().entrySet()) {
                byLabel.computeIfAbsent(label.getKey(), key -> new HashMap<>())
                        .computeIfAbsent(label.getValue(), value -> new ArrayList<>()).add(p);
            }
        }
    }

    /**
     * The pods {@code selector} may match, in increasing index order: a superset of those it matches (the caller still
     * matches each); none for a null selector.
     */
    public List<Integer> candidates(LabelSelector selector) {
        if (selector == null) {
            return List.of();
        }
        if (selector.matchLabels().isEmpty()) {
            return all;
        }
        Map.Entry<String, String> first = selector.matchLabels().entrySet().iterator().next();
        return byLabel.getOrDefault(first.getKey(), Map.of()).getOrDefault(first.getValue(), List.of());
    }
}
