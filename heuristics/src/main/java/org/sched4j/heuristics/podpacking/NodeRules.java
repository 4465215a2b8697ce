package org.sched4j.heuristics.podpacking;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sched4j.podpacking.ClusterNode;
import org.sched4j.podpacking.NodeAffinity;
import org.sched4j.podpacking.PlacementRules;
import org.sched4j.podpacking.Pod;
import org.sched4j.podpacking.PodPackingInstance;
import org.sched4j.podpacking.TaintEffect;

/**
 * What the node alone decides for a pod, computed once per distinct set of node rules (tolerations, node selector,
 * node affinity, accepted GPU models) and node, as the filter and score plugins that read only the node:
 * <ul>
 *   <li>filters {@code NodeUnschedulable} ({@code pkg/scheduler/framework/plugins/nodeunschedulable}),
 *       {@code TaintToleration} ({@code plugins/tainttoleration}, NoSchedule and NoExecute), {@code NodeAffinity}
 *       ({@code plugins/nodeaffinity}: {@code nodeSelector} and the required terms) and the GPU model:
 *       {@link PlacementRules#allowedNew};</li>
 *   <li>the {@code TaintToleration} score's raw value: the node's PreferNoSchedule taints the pod does not
 *       tolerate;</li>
 *   <li>the {@code NodeAffinity} score's raw value: the weights of the preferred terms the node matches.</li>
 * </ul>
 */
final class NodeRules {

    private record RuleClass(List<?> tolerations, Map<String, String> nodeSelector, NodeAffinity nodeAffinity,
                             Object gpuModels) {
    }

    private final PodPackingInstance instance;
    private final int[] classOfPod;
    private final Map<RuleClass, Integer> classIds = new HashMap<>();
    private final List<boolean[]> allowed = new ArrayList<>();
    private final List<int[]> preferNoSchedule = new ArrayList<>();
    private final List<int[]> preferredAffinity = new ArrayList<>();
    private final boolean anyPreferNoSchedule;

    NodeRules(PodPackingInstance instance) {
        this.instance = instance;
        classOfPod = new int[instance.podCount()];
        for (int p = 0; p < instance.podCount(); p++) {
            Pod pod = instance.pods().get(p);
            RuleClass rules = new RuleClass(pod.scheduling().tolerations(), pod.scheduling().nodeSelector(),
                    pod.scheduling().nodeAffinity(), pod.gpu().any() ? pod.gpu().models() : null);
            int pending = p;
            classOfPod[p] = classIds.computeIfAbsent(rules, key -> computeClass(instance.pods().get(pending)));
        }
        anyPreferNoSchedule = instance.nodes().stream().flatMap(node -> node.scheduling().taints().stream())
                .anyMatch(taint -> taint.effect() == TaintEffect.PREFER_NO_SCHEDULE);
    }

    /** Whether some node has a PreferNoSchedule taint (else the {@code TaintToleration} score is 100 everywhere). */
    boolean anyPreferNoSchedule() {
        return anyPreferNoSchedule;
    }

    private int computeClass(Pod pod) {
        int nodes = instance.nodeCount();
        boolean[] allowedOn = new boolean[nodes];
        int[] untolerated = new int[nodes];
        int[] preferred = new int[nodes];
        for (int n = 0; n < nodes; n++) {
            ClusterNode node = instance.nodes().get(n);
            allowedOn[n] = PlacementRules.allowedNew(pod, node);
            untolerated[n] = PlacementRules.untoleratedPreferNoSchedule(pod, node);
            for (NodeAffinity.Preferred term : pod.scheduling().nodeAffinity().preferred()) {
                if (term.term().matches(node)) {
                    preferred[n] += term.weight();
                }
            }
        }
        allowed.add(allowedOn);
        preferNoSchedule.add(untolerated);
        preferredAffinity.add(preferred);
        return allowed.size() - 1;
    }

    /** Whether pod {@code pod} may be placed anew on {@code node} as far as the node alone decides. */
    boolean allowedNew(int pod, int node) {
        return allowed.get(classOfPod[pod])[node];
    }

    /** The node's PreferNoSchedule taints the pod does not tolerate. */
    int untoleratedPreferNoSchedule(int pod, int node) {
        return preferNoSchedule.get(classOfPod[pod])[node];
    }

    /** The weights of the pod's preferred node affinity terms the node matches. */
    int preferredAffinityWeight(int pod, int node) {
        return preferredAffinity.get(classOfPod[pod])[node];
    }
}
