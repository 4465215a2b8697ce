package org.sched4j.cli.run;

/**
 * One entry of a batch, in input order: an instance to solve, or a file that could not be read (which becomes an
 * {@code ERROR} row while the batch goes on).
 */
public sealed interface BatchEntry permits InstanceTask, LoadFailure {

    /** The instance's name ({@code ta01}); for an unreadable file, the file name without its extension. */
    String name();

    /** Where the entry comes from: the file as given on the command line, or {@code generated}. */
    String source();
}
