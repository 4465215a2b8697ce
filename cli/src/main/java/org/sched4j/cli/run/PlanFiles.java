package org.sched4j.cli.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * The files of {@code --output plan.yaml} (or {@code .yml}, {@code .sh}): the plan of a single result goes to the
 * file itself; with several instances or solvers, each result's plan goes beside it as
 * {@code plan-<instance>-<solver>.yaml}.
 *
 * @param file the {@code --output} file
 * @param kind {@code yaml} or {@code sh}
 */
public record PlanFiles(Path file, String kind) {

    /** The plan kind of {@code file} by its extension ({@code yaml} for .yaml and .yml, {@code sh}), if it has one. */
    public static Optional<String> kindOf(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".yaml") || name.endsWith(".yml")) {
            return Optional.of("yaml");
        }
        return name.endsWith(".sh") ? Optional.of("sh") : Optional.empty();
    }

    /**
     * Writes the plan of {@code instance} by {@code solver}, creating the folder.
     *
     * @param single whether this is the only result of the run (then the file itself is written)
     * @return the file written
     * @throws UncheckedIOException when it cannot be written
     */
    public Path write(String instance, String solver, boolean single, String plan) {
        Path target = file;
        if (!single) {
            String name = file.getFileName().toString();
            int dot = name.lastIndexOf('.');
            target = file.resolveSibling(name.substring(0, dot) + "-" + instance + "-" + solver + name.substring(dot));
        }
        try {
            Path folder = target.toAbsolutePath().getParent();
            if (folder != null) {
                Files.createDirectories(folder);
            }
            Files.writeString(target, plan, StandardCharsets.UTF_8);
            if (kind.equals("sh")) {
                target.toFile().setExecutable(true);
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the plan " + target + ": " + e.getMessage(), e);
        }
    }
}
