package org.sched4j.cpmodels.podpacking;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.sched4j.podpacking.LabelSelector;
import org.sched4j.podpacking.PodPackingInstance;

/**
 * The pods of a scenario by label: the pods a selector may match are those carrying one of its {@code matchLabels}
 * pairs (every pod when it has none), so that a model finds the pods of a term without reading every pod. Built in
 * O(labels of all pods).
 */
final class PodLabels {

    private final List<Integer> all;
    private final Map<String, Map<String, List<Integer>>> byLabel = new HashMap<>();

    PodLabels(PodPackingInstance instance) {
        all = IntStream.range(0, instance.podCount()).boxed().toList();
        for (int p = 0; p < instance.podCount(); p++) {
            for (Map.Entry<String, String> label : instance.pods().get(p).scheduling().labels().entrySet()) {
                byLabel.computeIfAbsent(label.getKey(), key -> new HashMap<>())
                        .computeIfAbsent(label.getValue(), value -> new ArrayList<>()).add(p);
            }
        }
    }

    /** A superset of the pods {@code selector} matches, ascending (the caller still matches each); none for null. */
    List<Integer> candidates(LabelSelector selector) {
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
