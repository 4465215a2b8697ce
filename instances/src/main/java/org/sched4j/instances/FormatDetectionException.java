package org.sched4j.instances;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * The format of a file or folder cannot be told from it: no format recognises it, or several do
 * ({@link InstanceFormats#detect}). The fields say which, so that a caller can word its own advice (the command line
 * suggests {@code --format}); the message names the file and the formats in the library's own words.
 */
public final class FormatDetectionException extends IllegalArgumentException {

    private final Path file;
    private final boolean folder;
    private final List<String> recognising;
    private final List<String> candidates;

    /**
     * @param file        the file or folder whose format was sought
     * @param folder      whether {@code file} is a folder (then only folder formats were asked)
     * @param recognising the names of the formats that recognise it, in registry order: empty when none does, two or
     *                    more when it is ambiguous (never exactly one)
     * @param candidates  the names of every format that was asked, in registry order
     */
    public FormatDetectionException(Path file, boolean folder, List<String> recognising, List<String> candidates) {
        if (recognising.size() == 1) {
            throw new IllegalArgumentException("one recognising format is no detection failure: " + recognising);
        }
        super(message(file, folder, recognising, candidates));
        this.file = file;
        this.folder = folder;
        this.recognising = List.copyOf(recognising);
        this.candidates = List.copyOf(candidates);
    }

    private static String message(Path file, boolean folder, List<String> recognising, List<String> candidates) {
        Objects.requireNonNull(file, "file");
        String what = folder ? "the folder " + file : file.toString();
        if (recognising.isEmpty()) {
            return "cannot tell the format of " + what + ": no " + (folder ? "folder " : "") + "format recognises it"
                    + " (the " + (folder ? "folder " : "") + "formats are " + String.join(", ", candidates) + ")";
        }
        return "cannot tell the format of " + what + ": several formats recognise it (" + String.join(", ", recognising)
                + ")";
    }

    /** The file or folder whose format was sought. */
    public Path file() {
        return file;
    }

    /** Whether it is a folder, for which only folder formats ({@link InstanceFormat#isFolderFormat}) were asked. */
    public boolean isFolder() {
        return folder;
    }

    /** Whether several formats recognise it (rather than none). */
    public boolean isAmbiguous() {
        return !recognising.isEmpty();
    }

    /** The names of the formats that recognise it, in registry order; empty when none does. */
    public List<String> recognising() {
        return recognising;
    }

    /** The names of every format that was asked, in registry order: the formats the file may be read with. */
    public List<String> candidates() {
        return candidates;
    }
}
