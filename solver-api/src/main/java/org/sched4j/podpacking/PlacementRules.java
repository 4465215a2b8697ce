package org.sched4j.podpacking;

import java.util.Map;

/**
 * The rules between one pod and one node, as the kube-scheduler filter plugins define them (every solver and the
 * evaluator read them from here):
 * <ul>
 *   <li>{@code NodeUnschedulable} ({@code pkg/scheduler/framework/plugins/nodeunschedulable}): no new pod on a
 *       cordoned node ({@code spec.unschedulable}) unless it tolerates the taint
 *       {@code node.kubernetes.io/unschedulable:NoSchedule};</li>
 *   <li>{@code TaintToleration} ({@code plugins/tainttoleration}, {@code v1helper.FindMatchingUntoleratedTaint}):
 *       no new pod on a node with a {@code NoSchedule} or {@code NoExecute} taint it does not tolerate; a running pod
 *       may stay despite an untolerated {@code NoSchedule} taint, not despite a {@code NoExecute} one (the taint
 *       manager would evict it); untolerated {@code PreferNoSchedule} taints are a soft penalty;</li>
 *   <li>{@code NodeAffinity} ({@code plugins/nodeaffinity}, {@code component-helpers/scheduling/corev1}): a new pod
 *       only on nodes that have every {@code nodeSelector} label and match a term of its required node affinity
 *       (both are {@code IgnoredDuringExecution}: a running pod may stay);</li>
 *   <li>the GPU request: enough devices of an accepted model (the packing of shares is
 *       {@link GpuPacking}'s).</li>
 * </ul>
 */
public final class PlacementRules {

    /** The taint a cordoned node carries ({@code v1.TaintNodeUnschedulable}). */
    public static final Taint UNSCHEDULABLE_TAINT = new Taint("node.kubernetes.io/unschedulable", "",
            TaintEffect.NO_SCHEDULE);

    private PlacementRules() {
    }

    /**
     * Why {@code pod} may not be on {@code node} whatever else runs there, or null when it may. {@code staying}: the
     * pod runs there now and stays (then only NoExecute taints and the GPU model count).
     */
    public static String staticViolation(Pod pod, ClusterNode node, boolean staying) {
        if (pod.gpu().any() && !pod.gpu().acceptsModel(node.gpuModel())) {
            return "gpu-model: pod " + pod.name() + " accepts GPU models " + pod.gpu().models() + ", node "
                    + node.name() + " has " + (node.gpuModel().isEmpty() ? "none" : node.gpuModel());
        }
        for (Taint taint : node.scheduling().taints()) {
            boolean applies = taint.effect() == TaintEffect.NO_EXECUTE
                    || !staying && taint.effect() == TaintEffect.NO_SCHEDULE;
            if (applies && !tolerates(pod, taint)) {
                return "taint: pod " + pod.name() + " does not tolerate taint " + taint + " of node " + node.name();
            }
        }
        if (staying) {
            return null;
        }
        if (node.scheduling().unschedulable() && !tolerates(pod, UNSCHEDULABLE_TAINT)) {
            return "unschedulable: pod " + pod.name() + " is placed on cordoned node " + node.name();
        }
        if (!nodeSelectorMatches(pod, node)) {
            return "node-selector: node " + node.name() + " lacks the labels " + pod.scheduling().nodeSelector()
                    + " of pod " + pod.name();
        }
        if (!pod.scheduling().nodeAffinity().requiredMatches(node)) {
            return "node-affinity: node " + node.name() + " matches no required node affinity term of pod "
                    + pod.name();
        }
        return null;
    }

    /** Whether {@code pod} may be on {@code node} as far as the node alone decides (see {@link #staticViolation}). */
    public static boolean allowed(Pod pod, ClusterNode node, boolean staying) {
        return staticViolation(pod, node, staying) == null;
    }

    /** Whether {@code pod} may be placed anew on {@code node} as far as the node alone decides. */
    public static boolean allowedNew(Pod pod, ClusterNode node) {
        return allowed(pod, node, false);
    }

    /** Whether one of the pod's tolerations tolerates {@code taint}. */
    public static boolean tolerates(Pod pod, Taint taint) {
        for (Toleration toleration : pod.scheduling().tolerations()) {
            if (toleration.tolerates(taint)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code node} has every label of the pod's {@code nodeSelector}. */
    public static boolean nodeSelectorMatches(Pod pod, ClusterNode node) {
        for (Map.Entry<String, String> wanted : pod.scheduling().nodeSelector().entrySet()) {
            if (!wanted.getValue().equals(node.scheduling().labels().get(wanted.getKey()))) {
                return false;
            }
        }
        return true;
    }

    /** Whether the node passes the pod's node selector and required node affinity. */
    public static boolean nodeAffinityMatches(Pod pod, ClusterNode node) {
        return nodeSelectorMatches(pod, node) && pod.scheduling().nodeAffinity().requiredMatches(node);
    }

    /** Whether the pod tolerates every NoSchedule and NoExecute taint of the node. */
    public static boolean toleratesHardTaints(Pod pod, ClusterNode node) {
        for (Taint taint : node.scheduling().taints()) {
            if (taint.effect().isHard() && !tolerates(pod, taint)) {
                return false;
            }
        }
        return true;
    }

    /** The node's PreferNoSchedule taints the pod does not tolerate. */
    public static int untoleratedPreferNoSchedule(Pod pod, ClusterNode node) {
        int count = 0;
        for (Taint taint : node.scheduling().taints()) {
            if (taint.effect() == TaintEffect.PREFER_NO_SCHEDULE && !tolerates(pod, taint)) {
                count++;
            }
        }
        return count;
    }
}
