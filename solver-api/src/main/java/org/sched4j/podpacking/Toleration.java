package org.sched4j.podpacking;

import java.util.Objects;

/**
 * A pod's toleration ({@code spec.tolerations[]}), matched against taints as {@code Toleration.ToleratesTaint} in
 * {@code k8s.io/api/core/v1/toleration.go} does: the effects must be equal unless the toleration names none; the keys
 * must be equal unless the toleration's key is empty with operator {@code Exists} (it then tolerates every taint);
 * with {@code Exists} any value matches, with {@code Equal} the values must be equal.
 *
 * @param key      the key, empty to match every key (only with {@code exists})
 * @param exists   true for operator {@code Exists}, false for {@code Equal} (the default)
 * @param value    the value for {@code Equal}, empty when none
 * @param effect   the effect tolerated, null for all effects
 */
public record Toleration(String key, boolean exists, String value, TaintEffect effect) {

    public Toleration {
        key = key == null ? "" : key;
        value = value == null ? "" : value;
        if (key.isEmpty() && !exists) {
            throw new IllegalArgumentException("a toleration with an empty key needs operator Exists");
        }
    }

    /** Tolerates every taint with {@code key} (operator {@code Exists}, any effect). */
    public static Toleration exists(String key) {
        return new Toleration(key, true, "", null);
    }

    /** Tolerates the taint {@code key=value} of {@code effect} (operator {@code Equal}). */
    public static Toleration equal(String key, String value, TaintEffect effect) {
        return new Toleration(key, false, value, effect);
    }

    /** Whether this toleration tolerates {@code taint}. */
    public boolean tolerates(Taint taint) {
        Objects.requireNonNull(taint, "taint");
        if (effect != null && effect != taint.effect()) {
            return false;
        }
        if (!key.isEmpty() && !key.equals(taint.key())) {
            return false;
        }
        return exists || value.equals(taint.value());
    }
}
