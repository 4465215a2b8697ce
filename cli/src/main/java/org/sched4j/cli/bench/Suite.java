package org.sched4j.cli.bench;

import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.sched4j.api.ProblemType;
import org.sched4j.cli.run.BatchEntry;
import org.sched4j.cli.run.InstanceTask;

/**
 * A named benchmark suite, described as data: which files of the instances folder it takes, how to read them, where
 * their best known bounds are, and how its summary groups them. Adding a suite (RCPSP j30, tardiness wt40, ...) is
 * returning one more {@code Suite} from its problem's {@link org.sched4j.cli.problem.ProblemSupport#suites}, never a new
 * branch elsewhere.
 *
 * @param name        the command-line name ({@code jobshop-ta})
 * @param description one line for people
 * @param problem     the problem type of its instances
 * @param format      the name of the instance format its files are in ({@code jsplib})
 * @param folder      the folder of its files, relative to the instances folder ({@code jobshop/jsplib})
 * @param files       the file names (without extension) it takes, matched whole ({@code ta\d+})
 * @param bestKnown   the table of best known bounds, relative to the instances folder ({@code jobshop/bks.csv})
 * @param groupTitle  what the summary's groups are called ({@code size}, {@code family})
 * @param groupOf     the group of an entry in the summary ({@code 15x15}, {@code la})
 */
public record Suite(String name, String description, ProblemType<?, ?> problem, String format, String folder,
                    Pattern files, String bestKnown, String groupTitle, Function<BatchEntry, String> groupOf) {

    public Suite {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(problem, "problem");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(folder, "folder");
        Objects.requireNonNull(files, "files");
        Objects.requireNonNull(bestKnown, "bestKnown");
        Objects.requireNonNull(groupTitle, "groupTitle");
        Objects.requireNonNull(groupOf, "groupOf");
    }

    /**
     * The size class of an entry, as its problem's {@link org.sched4j.cli.problem.ProblemSupport#sizeClass} names it
     * ({@code 15x15}); {@code unreadable} for a file that could not be read. A {@code groupOf} for suites summarised by
     * size.
     */
    public static String sizeClassOf(BatchEntry entry) {
        if (entry instanceof InstanceTask<?, ?> task) {
            return task.sizeClass();
        }
        return "unreadable";
    }

    /** Whether the file with this name (without extension) belongs to the suite. */
    public boolean takes(String baseName) {
        return files.matcher(baseName).matches();
    }
}
