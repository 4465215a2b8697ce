package org.sched4j.cli;

/**
 * A command line or input that cannot be acted on (an unknown solver, a missing folder, no instance files): the
 * command prints the message, without a stack trace, and exits with {@link ExitCodes#BAD_INPUT}.
 */
public class BadInputException extends RuntimeException {

    /** @param message what is wrong and, where it helps, what to do instead */
    public BadInputException(String message) {
        super(message);
    }
}
