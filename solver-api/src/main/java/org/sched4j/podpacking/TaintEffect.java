package org.sched4j.podpacking;

import java.util.Arrays;
import java.util.Optional;

/**
 * The effect of a node taint ({@code k8s.io/api/core/v1} {@code TaintEffect}): what happens to a pod that does not
 * tolerate it.
 */
public enum TaintEffect {
    /** New pods that do not tolerate the taint are not scheduled onto the node; running pods stay. */
    NO_SCHEDULE("NoSchedule"),
    /** The scheduler tries not to place a pod that does not tolerate it there: a soft rule. */
    PREFER_NO_SCHEDULE("PreferNoSchedule"),
    /** Like {@link #NO_SCHEDULE}, and running pods that do not tolerate it are evicted. */
    NO_EXECUTE("NoExecute");

    private final String kubernetesName;

    TaintEffect(String kubernetesName) {
        this.kubernetesName = kubernetesName;
    }

    /** The effect as Kubernetes spells it ({@code NoSchedule}, ...). */
    public String kubernetesName() {
        return kubernetesName;
    }

    /** The effect named {@code name} as Kubernetes spells it, or empty when there is none. */
    public static Optional<TaintEffect> fromKubernetes(String name) {
        return Arrays.stream(values()).filter(effect -> effect.kubernetesName.equals(name)).findFirst();
    }

    /** Whether the effect keeps new pods off the node (NoSchedule and NoExecute). */
    public boolean isHard() {
        return this != PREFER_NO_SCHEDULE;
    }
}
