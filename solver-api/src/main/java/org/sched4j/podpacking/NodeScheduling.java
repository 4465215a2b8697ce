package org.sched4j.podpacking;

import java.util.List;
import java.util.Map;

/**
 * What of a node the scheduling rules read besides its resources.
 *
 * @param labels        the node's labels ({@code kubernetes.io/hostname}, {@code topology.kubernetes.io/zone}, ...)
 * @param taints        its taints
 * @param unschedulable {@code spec.unschedulable} (cordoned): no new pod may be placed there; running pods stay
 */
public record NodeScheduling(Map<String, String> labels, List<Taint> taints, boolean unschedulable) {

    /** A node without labels or taints, schedulable. */
    public static final NodeScheduling NONE = new NodeScheduling(Map.of(), List.of(), false);

    public NodeScheduling {
        labels = Map.copyOf(labels == null ? Map.of() : labels);
        taints = List.copyOf(taints == null ? List.of() : taints);
    }
}
