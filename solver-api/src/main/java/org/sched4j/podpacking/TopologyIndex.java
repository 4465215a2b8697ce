package org.sched4j.podpacking;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The placed pods of a plan by topology domain, built per topology key on first use: for the inter-pod rules of
 * {@link PodPackingEvaluator}. O(pods) per key.
 */
final class TopologyIndex {

    private final PodPackingInstance instance;
    private final PodPlacement placement;
    private final Map<String, Map<String, List<Integer>>> byKey = new HashMap<>();

    TopologyIndex(PodPackingInstance instance, PodPlacement placement) {
        this.instance = instance;
        this.placement = placement;
    }

    /** The domain of the node of placed pod {@code pod} under {@code key}, null when its node lacks the label. */
    String domainOf(int pod, String key) {
        return instance.nodes().get(placement.nodeOf(pod)).topologyValue(key);
    }

    /** The placed pods in domain {@code value} of {@code key}. */
    List<Integer> podsIn(String key, String value) {
        return byKey.computeIfAbsent(key, this::index).getOrDefault(value, List.of());
    }

    /** Every domain of {@code key} that holds a placed pod, with its pods. */
    Map<String, List<Integer>> domains(String key) {
        return byKey.computeIfAbsent(key, this::index);
    }

    private Map<String, List<Integer>> index(String key) {
        Map<String, List<Integer>> domains = new HashMap<>();
        for (int p = 0; p < placement.size(); p++) {
            int node = placement.nodeOf(p);
            if (node != Pod.PENDING) {
                String value = instance.nodes().get(node).topologyValue(key);
                if (value != null) {
                    domains.computeIfAbsent(value, v -> new ArrayList<>()).add(p);
                }
            }
        }
        return domains;
    }
}
