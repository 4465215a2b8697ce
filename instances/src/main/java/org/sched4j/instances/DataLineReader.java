package org.sched4j.instances;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads a text instance file as a sequence of {@link DataLine}s, skipping blank lines and comment lines (lines whose
 * first non-blank character is {@code #}). Accepts {@code \n}, {@code \r\n} and {@code \r} line ends and any
 * whitespace between tokens. Not thread-safe.
 */
public final class DataLineReader {

    private final String source;
    private final List<String> lines;
    private final boolean endsWithLineBreak;
    private int nextIndex;
    private boolean sawData;

    private DataLineReader(String source, String text) {
        this.source = Objects.requireNonNull(source, "source");
        this.lines = text.lines().toList();
        this.endsWithLineBreak = text.endsWith("\n") || text.endsWith("\r");
    }

    /** A reader of {@code text}, named {@code source} in error messages. */
    public static DataLineReader of(String text, String source) {
        return new DataLineReader(source, Objects.requireNonNull(text, "text"));
    }

    /**
     * A reader of everything {@code reader} holds (read at once; instance files are small).
     *
     * @throws UncheckedIOException when {@code reader} fails
     */
    public static DataLineReader read(Reader reader, String source) {
        StringWriter text = new StringWriter();
        try {
            reader.transferTo(text);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + source + ": " + e.getMessage(), e);
        }
        return of(text.toString(), source);
    }

    /** The source name used in error messages. */
    public String source() {
        return source;
    }

    /** The next data line, or empty at the end of the input. */
    public Optional<DataLine> next() {
        while (nextIndex < lines.size()) {
            String text = lines.get(nextIndex);
            nextIndex++;
            String content = text.strip();
            if (!content.isEmpty() && !content.startsWith("#")) {
                sawData = true;
                return Optional.of(DataLine.of(source, nextIndex, text));
            }
        }
        return Optional.empty();
    }

    /**
     * The next data line, which must exist.
     *
     * @param expected what the line should hold, for the message ({@code "the line of job 3 of 6"})
     * @throws InstanceFormatException at the end of the input (see {@link #endOfInput})
     */
    public DataLine require(String expected) {
        return next().orElseThrow(() -> endOfInput(expected));
    }

    /**
     * The error for input that ends too early. Its position is the end of the file; for input without any data line
     * it is line 0, column 0 (the whole file is at fault).
     *
     * @param expected what was expected instead of the end
     */
    public InstanceFormatException endOfInput(String expected) {
        if (!sawData) {
            String found = lines.isEmpty() ? "an empty file" : "no data (only blank or comment lines)";
            return new InstanceFormatException(source, 0, 0, "expected " + expected + ", found " + found);
        }
        int line = endsWithLineBreak ? lines.size() + 1 : lines.size();
        int column = endsWithLineBreak ? 1 : lines.getLast().length() + 1;
        return new InstanceFormatException(source, line, column,
                "expected " + expected + ", found the end of the file (the file is truncated)");
    }
}
