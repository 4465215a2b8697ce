package org.sched4j.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Arrays;
import java.util.List;
import picocli.CommandLine;

/**
 * One in-process run of the {@code sched4j} command line, with what it wrote to standard output and error.
 *
 * @param exitCode the exit code
 * @param out      standard output
 * @param err      standard error
 */
public record CommandRun(int exitCode, String out, String err) {

    /** Runs {@code sched4j args...} in this JVM and captures its output. */
    public static CommandRun of(String... args) {
        CommandLine commandLine = Sched4jCommand.newCommandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        int exitCode = commandLine.execute(args);
        return new CommandRun(exitCode, out.toString(), err.toString());
    }

    /** The lines of standard output. */
    public List<String> outLines() {
        return Arrays.asList(out.split("\\R"));
    }

    /** The CSV row of standard output that starts with {@code instance,}, split into its cells. */
    public List<String> row(String instance) {
        return outLines().stream().filter(line -> line.startsWith(instance + ",")).findFirst()
                .map(line -> Arrays.asList(line.split(",", -1)))
                .orElseThrow(() -> new AssertionError("no row for " + instance + " in:\n" + out + "\nstderr:\n" + err));
    }

    @Override
    public String toString() {
        return "exit " + exitCode + "\n--- stdout\n" + out + "--- stderr\n" + err;
    }
}
