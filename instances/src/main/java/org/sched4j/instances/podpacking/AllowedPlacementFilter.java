package org.sched4j.instances.podpacking;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sched4j.podpacking.ClusterNode;
import org.sched4j.podpacking.GpuPacking;
import org.sched4j.podpacking.GpuRequest;
import org.sched4j.podpacking.Pod;
import org.sched4j.podpacking.PodAffinityTerm;
import org.sched4j.podpacking.PodPackingInstance;
import org.sched4j.podpacking.PodPlacement;
import org.sched4j.podpacking.PlacementRules;

/**
 * Keeps the placements of a proposed plan that the rules allow, pod by pod: the running pods first (as they are),
 * then the pending pods in creation order, each kept on its proposed node when, beside the pods kept before it, the
 * node takes it: {@link PlacementRules#allowedNew} (cordon, taints, node selector and affinity, GPU model), the CPU,
 * memory and pod limits, the GPU packing ({@link GpuPacking}), and required pod anti-affinity both ways. A pod whose
 * placement fails stays pending. Pod affinity and topology spread are not checked: once placed, the pods run, and the
 * evaluator holds running pods that stay to neither (kube-scheduler does not evict for them either).
 *
 * <p>It makes any scheduler's plan a valid running state of a generated cluster; for a plan of a scheduler that
 * already follows these rules it keeps everything. O(pods · (anti-affinity domain size + GPU packing)).
 */
final class AllowedPlacementFilter {

    private final PodPackingInstance instance;
    private final long[] cpu;
    private final long[] memory;
    private final int[] count;
    private final List<List<GpuRequest>> gpus = new ArrayList<>();
    private final Set<String> antiAffinityKeys = new LinkedHashSet<>();
    /** Per anti-affinity topology key, per domain, the kept pods there. */
    private final Map<String, Map<String, List<Integer>>> keptInDomain = new HashMap<>();

    private AllowedPlacementFilter(PodPackingInstance instance) {
        this.instance = instance;
        int nodes = instance.nodeCount();
        cpu = new long[nodes];
        memory = new long[nodes];
        count = new int[nodes];
        for (int n = 0; n < nodes; n++) {
            gpus.add(new ArrayList<>());
        }
        for (Pod pod : instance.pods()) {
            pod.scheduling().requiredAntiAffinity().forEach(term -> antiAffinityKeys.add(term.topologyKey()));
        }
        antiAffinityKeys.forEach(key -> keptInDomain.put(key, new HashMap<>()));
    }

    /** The node of each pod: running pods' current nodes, pending pods' proposed nodes where allowed, else -1. */
    static int[] keep(PodPackingInstance instance, PodPlacement proposal) {
        AllowedPlacementFilter filter = new AllowedPlacementFilter(instance);
        int[] kept = new int[instance.podCount()];
        for (int p = 0; p < instance.podCount(); p++) {
            Pod pod = instance.pods().get(p);
            kept[p] = pod.currentNode();
            if (pod.isRunning()) {
                filter.add(p, pod.currentNode());
            }
        }
        for (int p = 0; p < instance.podCount(); p++) {
            int node = proposal.nodeOf(p);
            if (!instance.pods().get(p).isRunning() && node != Pod.PENDING && filter.allows(p, node)) {
                filter.add(p, node);
                kept[p] = node;
            }
        }
        return kept;
    }

    private boolean allows(int p, int n) {
        Pod pod = instance.pods().get(p);
        ClusterNode node = instance.nodes().get(n);
        if (!PlacementRules.allowedNew(pod, node) || count[n] + 1 > node.podLimit()
                || cpu[n] + pod.cpuMillis() > node.cpuMillis() || memory[n] + pod.memoryBytes() > node.memoryBytes()) {
            return false;
        }
        if (pod.gpu().any()) {
            List<GpuRequest> requests = new ArrayList<>(gpus.get(n));
            requests.add(pod.gpu());
            if (GpuPacking.freeMilli(node.gpus(), requests) == null) {
                return false;
            }
        }
        return !antiAffinityConflict(p, node);
    }

    /** Whether a kept pod in a domain of {@code node} and pod {@code p} exclude each other by anti-affinity. */
    private boolean antiAffinityConflict(int p, ClusterNode node) {
        Pod pod = instance.pods().get(p);
        for (String key : antiAffinityKeys) {
            String domain = node.topologyValue(key);
            if (domain == null) {
                continue;
            }
            for (int other : keptInDomain.get(key).getOrDefault(domain, List.of())) {
                Pod otherPod = instance.pods().get(other);
                if (selects(pod, key, otherPod) || selects(otherPod, key, pod)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean selects(Pod owner, String key, Pod other) {
        for (PodAffinityTerm term : owner.scheduling().requiredAntiAffinity()) {
            if (term.topologyKey().equals(key) && term.selects(owner.scheduling().namespace(), other)) {
                return true;
            }
        }
        return false;
    }

    private void add(int p, int n) {
        Pod pod = instance.pods().get(p);
        ClusterNode node = instance.nodes().get(n);
        cpu[n] += pod.cpuMillis();
        memory[n] += pod.memoryBytes();
        count[n]++;
        if (pod.gpu().any()) {
            gpus.get(n).add(pod.gpu());
        }
        for (String key : antiAffinityKeys) {
            String domain = node.topologyValue(key);
            if (domain != null) {
                keptInDomain.get(key).computeIfAbsent(domain, d -> new ArrayList<>()).add(p);
            }
        }
    }
}
