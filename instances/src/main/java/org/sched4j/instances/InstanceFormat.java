package org.sched4j.instances;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sched4j.api.ProblemType;

/**
 * A file format of benchmark instances: a reader, and where the format allows, a writer.
 *
 * @param <P> the problem type of the instances
 */
public interface InstanceFormat<P> {

    /** The command-line name, lower case ({@code jsplib}, {@code taillard}). */
    String name();

    /** The problem type the format describes. */
    ProblemType<P, ?> problemType();

    /** One line for people: what the format is and where it comes from. */
    String description();

    /**
     * Whether this format is certainly the format of a file, judged from its name and its first lines. Used by
     * {@link InstanceFormats#detect} when no format is named; a file that several formats recognise, or none, must be
     * read with a named format.
     *
     * @param fileName the file's name (without folders)
     * @param head     the file's first few kilobytes, decoded as UTF-8
     */
    boolean recognizes(String fileName, String head);

    /**
     * Reads every instance in {@code reader}.
     *
     * @param sourceName the file name used in error messages and to name single instances (the file name without
     *                   its extension names the instance)
     * @throws InstanceFormatException when the input is malformed, with the position and what was expected
     */
    List<ParsedInstance<P>> read(Reader reader, String sourceName);

    /**
     * Whether an instance of this format is a folder of files rather than one file (a {@code kubectl} dump holding
     * {@code nodes.json} and {@code pods.json}; the two CSV files of a task graph). A folder format overrides
     * {@link #read(Path)} to read the folder and {@link #recognizesFolder} to know one.
     */
    default boolean isFolderFormat() {
        return false;
    }

    /**
     * Whether {@code folder} is certainly an instance of this folder format (judged from the names of the files in it).
     * Always false for a format of single files.
     */
    default boolean recognizesFolder(Path folder) {
        return false;
    }

    /** Reads every instance in {@code file} (UTF-8); a folder format reads the folder. */
    default List<ParsedInstance<P>> read(Path file) {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(reader, file.getFileName().toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * This format with options from the command line applied ({@code processors=4} for formats whose files do not
     * say how many processors there are). By default the options are ignored and the format itself is returned.
     *
     * @param options option names to values; unknown names are ignored
     * @throws IllegalArgumentException when an option this format knows has a bad value
     */
    default InstanceFormat<P> configure(Map<String, String> options) {
        return this;
    }

    /** Whether {@link #write} is supported. */
    default boolean canWrite() {
        return false;
    }

    /**
     * Writes {@code instance} in this format.
     *
     * @throws UnsupportedOperationException when the format cannot be written
     */
    default void write(P instance, Writer writer) throws IOException {
        throw new UnsupportedOperationException("the " + name() + " format cannot be written");
    }

    /** The instance's name from a file name: the name without its last extension. */
    static String baseName(String fileName) {
        String name = Path.of(fileName).getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    /**
     * A file name's last extension, lower case, without the dot ({@code txt}); empty when the name has none (a leading
     * dot, as in {@code .profile}, starts no extension).
     */
    static String extension(String fileName) {
        String name = Path.of(fileName).getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(dot + 1).toLowerCase(Locale.ROOT) : "";
    }
}
