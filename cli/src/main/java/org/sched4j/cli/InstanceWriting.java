package org.sched4j.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.sched4j.instances.jsplib.JsplibFormat;
import org.sched4j.jobshop.JobShopInstance;

/** Writes generated job-shop instances in the JSPLIB text format, to standard output or to a file. */
final class InstanceWriting {

    private static final JsplibFormat JSPLIB = new JsplibFormat();

    private InstanceWriting() {
    }

    /** Writes {@code instance} to {@code file}, creating its folder, or to {@code out} when {@code file} is null. */
    static void write(JobShopInstance instance, Path file, PrintWriter out) {
        if (file == null) {
            writeTo(instance, out);
            out.flush();
            return;
        }
        try {
            Path folder = file.toAbsolutePath().getParent();
            if (folder != null) {
                Files.createDirectories(folder);
            }
            try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                writeTo(instance, writer);
            }
        } catch (IOException e) {
            throw new BadInputException(file + ": cannot write it: " + e.getMessage());
        }
    }

    private static void writeTo(JobShopInstance instance, Writer writer) {
        try {
            JSPLIB.write(instance, writer);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
