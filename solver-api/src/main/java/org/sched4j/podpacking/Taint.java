package org.sched4j.podpacking;

import java.util.Objects;

/**
 * A node taint ({@code spec.taints[]}): pods that do not tolerate it are kept off the node as its effect says.
 *
 * @param key    the taint's key, not empty
 * @param value  its value, empty when none
 * @param effect its effect
 */
public record Taint(String key, String value, TaintEffect effect) {

    public Taint {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(effect, "effect");
        value = value == null ? "" : value;
        if (key.isEmpty()) {
            throw new IllegalArgumentException("a taint needs a key");
        }
    }

    @Override
    public String toString() {
        return key + (value.isEmpty() ? "" : "=" + value) + ":" + effect.kubernetesName();
    }
}
