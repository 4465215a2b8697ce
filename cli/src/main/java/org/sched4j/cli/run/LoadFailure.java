package org.sched4j.cli.run;

import java.util.Objects;

/**
 * A file that could not be read or whose format could not be told.
 *
 * @param name    the file name without its extension
 * @param source  the file as given on the command line
 * @param problem the problem type's name when it is known (from {@code --problem} or the format), else empty
 * @param message what went wrong, with the file and, for parse errors, {@code line:column}
 */
public record LoadFailure(String name, String source, String problem, String message) implements BatchEntry {

    public LoadFailure {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(problem, "problem");
        Objects.requireNonNull(message, "message");
    }
}
