package org.sched4j.cli.run;

import java.io.Console;
import java.io.PrintWriter;

/**
 * Shows how far a batch has got, on standard error, keeping standard output for result rows. In a terminal it is a
 * progress bar; elsewhere (CI logs, redirected output) one line per finished solve, which reads well in a log.
 */
public interface BatchProgress extends AutoCloseable {

    /** A solve is starting; {@code label} names it ({@code ta01 / mwkr}). */
    void starting(String label);

    /** A solve has finished with {@code row}. Called before the row is printed on standard output. */
    void finished(ResultRow row);

    /** Prints {@code message} on standard error without breaking the display. */
    void note(String message);

    /** Ends the display. */
    @Override
    void close();

    /**
     * The progress display for {@code total} solves: a progress bar when the process runs in a terminal, else one
     * line per finished solve on {@code err}.
     */
    static BatchProgress forBatch(int total, PrintWriter err) {
        return runsInTerminal() ? new TerminalProgressBar(total) : new ProgressLogLines(total, err);
    }

    /** A display that shows nothing but notes, for a single solve (which has its live lines instead). */
    static BatchProgress notesOnly(PrintWriter err) {
        return new BatchProgress() {
            @Override
            public void starting(String label) {
            }

            @Override
            public void finished(ResultRow row) {
            }

            @Override
            public void note(String message) {
                err.println(message);
                err.flush();
            }

            @Override
            public void close() {
            }
        };
    }

    /** Whether standard input and output are a terminal (then standard error is too, in practice). */
    static boolean runsInTerminal() {
        Console console = System.console();
        return console != null && console.isTerminal();
    }
}
