package org.sched4j.cpmodels.podpacking;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sched4j.podpacking.ClusterNode;
import org.sched4j.podpacking.Pod;
import org.sched4j.podpacking.PodAffinityTerm;
import org.sched4j.podpacking.PodLabelIndex;

/**
 * The pods that every required affinity term of a pod selects (the pods that count for its affinity, as
 * {@code satisfyPodAffinity} in {@code interpodaffinity/filtering.go} counts them), split into the free pods of a model
 * and the fixed placed pods, these tallied per domain of each term's topology key and on the nodes with any of the
 * keys (the first pod of a group is alone there). O(candidate pods) to build.
 */
final class AffinitySelection {

    private final List<PodAffinityTerm> terms;
    private final String namespace;
    private final List<Integer> free = new ArrayList<>();
    private final Map<String, Map<String, Integer>> fixedByKey = new HashMap<>();
    private int fixedWithAnyKey;

    AffinitySelection(PodPackingNeighbourhood neighbourhood, PodLabelIndex labels, List<PodAffinityTerm> terms,
                      String namespace) {
        this.terms = terms;
        this.namespace = namespace;
        for (PodAffinityTerm term : terms) {
            fixedByKey.putIfAbsent(term.topologyKey(), new HashMap<>());
        }
        for (int q : labels.candidates(terms.getFirst().selector())) {
            Pod pod = neighbourhood.instance().pods().get(q);
            if (!selects(pod)) {
                continue;
            }
            if (neighbourhood.isFree(q)) {
                free.add(q);
                continue;
            }
            int node = neighbourhood.baseNode(q);
            if (node == Pod.PENDING) {
                continue;
            }
            ClusterNode host = neighbourhood.instance().nodes().get(node);
            boolean anyKey = false;
            for (Map.Entry<String, Map<String, Integer>> domains : fixedByKey.entrySet()) {
                String domain = host.topologyValue(domains.getKey());
                if (domain != null) {
                    anyKey = true;
                    domains.getValue().merge(domain, 1, Integer::sum);
                }
            }
            fixedWithAnyKey += anyKey ? 1 : 0;
        }
    }

    /** Whether every term selects {@code pod}. */
    boolean selects(Pod pod) {
        for (PodAffinityTerm term : terms) {
            if (!term.selects(namespace, pod)) {
                return false;
            }
        }
        return true;
    }

    /** The topology keys of the terms. */
    List<String> keys() {
        return List.copyOf(fixedByKey.keySet());
    }

    /** The free pods selected. */
    List<Integer> free() {
        return free;
    }

    /** The selected fixed pods placed in {@code domain} of {@code key}. */
    int fixedIn(String key, String domain) {
        return fixedByKey.get(key).getOrDefault(domain, 0);
    }

    /** The selected fixed pods placed on a node with any of the terms' keys. */
    int fixedWithAnyKey() {
        return fixedWithAnyKey;
    }
}
