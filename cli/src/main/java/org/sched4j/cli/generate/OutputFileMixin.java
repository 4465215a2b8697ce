package org.sched4j.cli.generate;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.sched4j.cli.BadInputException;
import org.sched4j.instances.InstanceFormat;
import picocli.CommandLine.Option;

/**
 * The {@code -o/--output FILE} option of the generate commands that write one file, and the writing itself: to the
 * file, creating its folder, or without the option to standard output.
 */
final class OutputFileMixin {

    /** Text that can be written to a writer. */
    @FunctionalInterface
    interface Content {

        /** Writes the text to {@code writer}. */
        void writeTo(Writer writer) throws IOException;
    }

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "The file to write; default: standard output.")
    Path file;

    /** Whether the output goes to standard output ({@code -o} not given). */
    boolean isStandardOutput() {
        return file == null;
    }

    /** Writes {@code instance} in {@code format} to the file, or to {@code out} without {@code -o}. */
    <P> void write(InstanceFormat<P> format, P instance, PrintWriter out) {
        write(format, instance, file, out);
    }

    /** Writes {@code content} to the file, or to {@code out} without {@code -o}. */
    void write(Content content, PrintWriter out) {
        write(content, file, out);
    }

    /** Writes {@code instance} in {@code format} to {@code file}, creating its folder, or to {@code out} when null. */
    static <P> void write(InstanceFormat<P> format, P instance, Path file, PrintWriter out) {
        write(writer -> format.write(instance, writer), file, out);
    }

    /**
     * Writes {@code content} to {@code file}, creating its folder, or to {@code out} (then flushed) when {@code file}
     * is null.
     *
     * @throws BadInputException when the file cannot be written
     */
    static void write(Content content, Path file, PrintWriter out) {
        try {
            if (file == null) {
                content.writeTo(out);
                out.flush();
                return;
            }
            Path folder = file.toAbsolutePath().getParent();
            if (folder != null) {
                Files.createDirectories(folder);
            }
            try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                content.writeTo(writer);
            }
        } catch (IOException e) {
            throw new BadInputException(file + ": cannot write it: " + e.getMessage());
        }
    }
}
