package org.sched4j.podpacking;

/**
 * One step of carrying out a plan on a live cluster ({@link PodPackingRollout}).
 *
 * @param kind what the step does
 * @param pod  the pod's index in the scenario
 * @param node for {@link Kind#EVICT} the node the pod leaves, for {@link Kind#BIND} the node it is bound to
 */
public record RolloutStep(Kind kind, int pod, int node) {

    /** What a step does. */
    public enum Kind {
        /** Evict the pod through the Eviction API (its budget is checked by the API server too). */
        EVICT,
        /** Bind the pod (a pending pod, or the replacement of a moved one) to the node. */
        BIND
    }
}
