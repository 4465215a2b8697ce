package org.sched4j.rcpsp;

import java.util.Objects;

/**
 * A renewable resource (a crew, a machine pool, a network link): at most {@code capacity} units are in use at any
 * time, less during its {@link Downtime}s.
 *
 * @param name     a name for people ({@code R1}, {@code network})
 * @param capacity the number of units, at least 0
 */
public record Resource(String name, int capacity) {

    public Resource {
        Objects.requireNonNull(name, "name");
        if (capacity < 0) {
            throw new IllegalArgumentException("capacity of resource " + name + " must be at least 0, got "
                    + capacity);
        }
    }
}
