package org.sched4j.instances;

import java.util.Objects;

/**
 * An instance read from a file, with the bounds the file itself carries (Taillard's files and some multi-instance
 * formats embed them; most formats carry none).
 *
 * @param name     the instance's name: the file name without its extension, or a name the format defines for
 *                 multi-instance files ({@code ta01}, {@code wt40#1})
 * @param instance the problem instance
 * @param embedded the bounds in the file, {@link BestKnown#unknown} when it has none
 * @param <P>      the problem type
 */
public record ParsedInstance<P>(String name, P instance, BestKnown embedded) {

    public ParsedInstance {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(instance, "instance");
        Objects.requireNonNull(embedded, "embedded");
    }
}
