package org.sched4j.podpacking;

import java.util.Objects;

/**
 * A PodDisruptionBudget ({@code policy/v1}): how many of the pods it selects a plan may disrupt (evict, or move —
 * a move is an eviction and a re-creation). {@code allowedDisruptions} is the budget's
 * {@code status.disruptionsAllowed} where the cluster reports it, else computed from {@code minAvailable} or
 * {@code maxUnavailable} over the running pods it selects, as the disruption controller does
 * ({@code pkg/controller/disruption/disruption.go}).
 *
 * @param name               the budget's {@code namespace/name}
 * @param namespace          the namespace whose pods it selects
 * @param selector           the pods it selects; null selects none
 * @param allowedDisruptions at least 0
 */
public record DisruptionBudget(String name, String namespace, LabelSelector selector, int allowedDisruptions) {

    public DisruptionBudget {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(namespace, "namespace");
        if (allowedDisruptions < 0) {
            throw new IllegalArgumentException("budget " + name + ": allowedDisruptions must be at least 0, got "
                    + allowedDisruptions);
        }
    }

    /** Whether the budget covers {@code pod}. */
    public boolean covers(Pod pod) {
        return selector != null && namespace.equals(pod.scheduling().namespace())
                && selector.matches(pod.scheduling().labels());
    }
}
