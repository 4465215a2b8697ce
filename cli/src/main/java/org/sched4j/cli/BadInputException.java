package org.sched4j.cli;

import java.util.function.Supplier;

/**
 * A command line or input that cannot be acted on (an unknown solver, a missing folder, no instance files): the
 * command prints the message, without a stack trace, and exits with {@link ExitCodes#BAD_INPUT}.
 */
public class BadInputException extends RuntimeException {

    /** @param message what is wrong and, where it helps, what to do instead */
    public BadInputException(String message) {
        super(message);
    }

    /**
     * The value {@code computation} returns, rethrowing the {@link IllegalArgumentException} by which it rejects its
     * arguments (a generator's size or range checks) as a {@code BadInputException} with the same message.
     */
    public static <T> T rethrowing(Supplier<T> computation) {
        try {
            return computation.get();
        } catch (IllegalArgumentException e) {
            throw new BadInputException(e.getMessage());
        }
    }
}
