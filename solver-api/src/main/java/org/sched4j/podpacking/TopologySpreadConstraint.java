package org.sched4j.podpacking;

import java.util.Objects;

/**
 * A topology spread constraint ({@code spec.topologySpreadConstraints[]}), as the {@code PodTopologySpread} plugin
 * reads it ({@code pkg/scheduler/framework/plugins/podtopologyspread}): the pods matching {@code selector} in the
 * pod's namespace, counted per domain of {@code topologyKey} over the nodes that pass the pod's node affinity and
 * node selector ({@code nodeAffinityPolicy: Honor}, the default) and, only with {@code nodeTaintsPolicy: Honor},
 * whose taints it tolerates; placing the pod in a domain may make that domain's count exceed the smallest count by
 * at most {@code maxSkew}. When fewer than {@code minDomains} domains are eligible, the smallest count is taken as 0.
 * {@code matchLabelKeys} are folded into the selector when the pod is read.
 *
 * @param maxSkew            at least 1
 * @param topologyKey        the node label whose values are the domains
 * @param hard               {@code whenUnsatisfiable: DoNotSchedule} (true) or {@code ScheduleAnyway} (false, soft)
 * @param selector           the pods counted; null counts none
 * @param minDomains         at least 1 (1 when absent)
 * @param honorNodeAffinity  {@code nodeAffinityPolicy: Honor} (the default) rather than {@code Ignore}
 * @param honorTaints        {@code nodeTaintsPolicy: Honor} rather than {@code Ignore} (the default)
 */
public record TopologySpreadConstraint(int maxSkew, String topologyKey, boolean hard, LabelSelector selector,
                                       int minDomains, boolean honorNodeAffinity, boolean honorTaints) {

    public TopologySpreadConstraint {
        Objects.requireNonNull(topologyKey, "topologyKey");
        if (maxSkew < 1) {
            throw new IllegalArgumentException("maxSkew must be at least 1, got " + maxSkew);
        }
        if (minDomains < 1) {
            throw new IllegalArgumentException("minDomains must be at least 1, got " + minDomains);
        }
    }

    /** A constraint with the default policies and {@code minDomains} 1. */
    public static TopologySpreadConstraint of(int maxSkew, String topologyKey, boolean hard, LabelSelector selector) {
        return new TopologySpreadConstraint(maxSkew, topologyKey, hard, selector, 1, true, false);
    }
}
