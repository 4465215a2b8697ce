package org.sched4j.cpmodels.podpacking;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.sched4j.podpacking.ClusterNode;
import org.sched4j.podpacking.Pod;

/**
 * The pods a selection (an anti-affinity term of an owner's namespace, or a spread constraint's selector) picks out,
 * split into the free pods of a model and the fixed placed pods, these tallied per domain of the topology key: the
 * constants the model's inter-pod constraints add to their variable parts. O(candidate pods) to build.
 */
final class TermSelection {

    /** The fixed placed pods selected in one domain. */
    static final class Tally {
        private int count;
        private int anew;

        /** The selected fixed pods in the domain. */
        int count() {
            return count;
        }

        /** Those of them placed anew by the base plan (not on their current node). */
        int anew() {
            return anew;
        }
    }

    private final String topologyKey;
    private final List<Integer> free = new ArrayList<>();
    private final Map<String, Tally> fixedByDomain = new HashMap<>();

    /**
     * @param neighbourhood which pods are free, and where the base plan puts the others
     * @param key      the topology key whose domains tally the fixed pods
     * @param pods     the pods that may be selected, ascending (a superset)
     * @param selected which of them the selection picks out
     * @param nodeOk   which nodes count (a spread constraint's eligible nodes; every node for a term)
     */
    TermSelection(PodPackingNeighbourhood neighbourhood, String key, List<Integer> pods, Predicate<Pod> selected,
                  Predicate<ClusterNode> nodeOk) {
        this.topologyKey = key;
        for (int q : pods) {
            Pod pod = neighbourhood.instance().pods().get(q);
            if (!selected.test(pod)) {
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
            String domain = host.topologyValue(key);
            if (domain == null || !nodeOk.test(host)) {
                continue;
            }
            Tally tally = fixedByDomain.computeIfAbsent(domain, d -> new Tally());
            tally.count++;
            tally.anew += node != pod.currentNode() ? 1 : 0;
        }
    }

    /** The topology key of the domains. */
    String topologyKey() {
        return topologyKey;
    }

    /** The free pods selected. */
    List<Integer> free() {
        return free;
    }

    /** The selected fixed pods in {@code domain} (those on counted nodes); null when none. */
    Tally fixedIn(String domain) {
        return fixedByDomain.get(domain);
    }

    /** The selected fixed pods per domain. */
    Map<String, Tally> fixedByDomain() {
        return fixedByDomain;
    }
}
