package org.sched4j.cli.run;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sched4j.cli.BadInputException;
import org.sched4j.instances.BestKnown;
import org.sched4j.instances.BestKnownTable;
import org.sched4j.instances.InstanceFormatException;
import org.sched4j.instances.ParsedInstance;

/**
 * Finds the best known bounds of an instance, from the first source that lists its name: the table given with
 * {@code --bks}; a {@code bks.csv} in the instance file's folder; a {@code bks.csv} in the folder above it (so that
 * {@code jobshop/bks.csv} scores {@code jobshop/jsplib/*.txt}); the bounds embedded in the file itself.
 *
 * <p>Tables beside files are read once each. A table that cannot be read is reported once on standard error and
 * ignored.
 */
public final class BestKnownLookup {

    private final Optional<Map<String, BestKnown>> explicitTable;
    private final PrintWriter err;
    private final Map<Path, Map<String, BestKnown>> tablesByFile = new HashMap<>();

    /**
     * @param explicitTable the {@code --bks} table, if given
     * @param err           where unreadable tables are reported
     */
    public BestKnownLookup(Optional<Map<String, BestKnown>> explicitTable, PrintWriter err) {
        this.explicitTable = explicitTable;
        this.err = err;
    }

    /**
     * Reads the {@code --bks} table.
     *
     * @throws BadInputException when it cannot be read, with the position of the defect
     */
    public static Map<String, BestKnown> readExplicit(Path csv) {
        try {
            return BestKnownTable.read(csv);
        } catch (InstanceFormatException | UncheckedIOException e) {
            throw new BadInputException("--bks " + csv + ": " + e.getMessage());
        }
    }

    /** The bounds of {@code parsed}, read from {@code file}; {@link BestKnown#unknown} when no source lists it. */
    public BestKnown forInstance(ParsedInstance<?> parsed, Path file) {
        String name = parsed.name();
        if (explicitTable.isPresent() && explicitTable.get().containsKey(name)) {
            return explicitTable.get().get(name);
        }
        Path folder = file.toAbsolutePath().normalize().getParent();
        for (Path candidate : folder == null ? List.<Path>of() : List.of(file.toAbsolutePath().normalize(), folder)) {
            Optional<Path> table = BestKnownTable.beside(candidate);
            if (table.isPresent()) {
                BestKnown bounds = table(table.get()).get(name);
                if (bounds != null) {
                    return bounds;
                }
            }
        }
        return parsed.embedded();
    }

    private Map<String, BestKnown> table(Path csv) {
        return tablesByFile.computeIfAbsent(csv, path -> {
            try {
                return BestKnownTable.read(path);
            } catch (InstanceFormatException | UncheckedIOException e) {
                err.println("warning: ignoring the best known bounds in " + path + ": " + e.getMessage());
                err.flush();
                return Map.of();
            }
        });
    }
}
