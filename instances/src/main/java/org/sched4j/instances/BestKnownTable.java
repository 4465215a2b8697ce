package org.sched4j.instances;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads tables of best known bounds ({@code bks.csv}): a CSV file with a header row naming at least the columns
 * {@code instance} and either {@code upper_bound} or {@code best_known} (the best known objective); an optional
 * {@code lower_bound}; any other columns are ignored. Empty cells, and cells missing at the end of a short row, are
 * unknown bounds ({@code NaN}).
 *
 * <p>Defects are {@link InstanceFormatException}s whose line is the file's line (from 1) and whose column is the
 * CSV column, the position of the field in its row (from 1), or 0 for the whole row.
 */
public final class BestKnownTable {

    /** The file name looked for beside instance files. */
    public static final String FILE_NAME = "bks.csv";

    private static final String INSTANCE = "instance";
    private static final String LOWER_BOUND = "lower_bound";
    private static final List<String> UPPER_BOUND_COLUMNS = List.of("upper_bound", "best_known");

    private BestKnownTable() {
    }

    /**
     * Reads {@code csv} (UTF-8, a leading byte-order mark allowed).
     *
     * @return the bounds by instance name, in file order, unmodifiable
     * @throws InstanceFormatException when a column is missing, a bound is not a number, a name is empty or repeated
     * @throws UncheckedIOException    when the file cannot be read
     */
    public static Map<String, BestKnown> read(Path csv) {
        try (Reader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            return read(reader, csv.getFileName().toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + csv + ": " + e.getMessage(), e);
        }
    }

    /**
     * Reads a table from {@code reader}; {@code sourceName} names it in error messages.
     *
     * @see #read(Path)
     */
    public static Map<String, BestKnown> read(Reader reader, String sourceName) {
        String text = readAll(reader, sourceName);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            throw new InstanceFormatException(sourceName, 0, 0, "expected a header row with the columns instance "
                    + "and upper_bound (or best_known), found an empty file");
        }
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
                .setIgnoreEmptyLines(true).get();
        try (CSVParser parser = CSVParser.parse(text, format)) {
            Columns columns = Columns.of(parser.getHeaderNames(), sourceName);
            LineIndex lines = new LineIndex(text);
            Map<String, BestKnown> table = new LinkedHashMap<>();
            Map<String, Integer> firstLine = new LinkedHashMap<>();
            for (CSVRecord record : parser) {
                int line = lines.lineAt(record.getCharacterPosition());
                BestKnown bounds = columns.bounds(record, sourceName, line);
                Integer earlier = firstLine.putIfAbsent(bounds.instance(), line);
                if (earlier != null) {
                    throw new InstanceFormatException(sourceName, line, columns.instance + 1, "expected each instance "
                            + "once, found " + bounds.instance() + " again (first on line " + earlier + ")");
                }
                table.put(bounds.instance(), bounds);
            }
            return Collections.unmodifiableMap(table);
        } catch (IllegalArgumentException e) {
            throw new InstanceFormatException(sourceName, 1, 0, "expected a header row of named columns, found: "
                    + e.getMessage());
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw new InstanceFormatException(sourceName, 0, 0, "expected well-formed CSV, found: " + e.getMessage());
        }
    }

    /**
     * The {@value #FILE_NAME} in the folder of {@code instanceFile}, if there is one.
     *
     * @param instanceFile an instance file (it need not exist)
     */
    public static Optional<Path> beside(Path instanceFile) {
        Path folder = instanceFile.toAbsolutePath().normalize().getParent();
        if (folder == null) {
            return Optional.empty();
        }
        Path table = folder.resolve(FILE_NAME);
        return Files.isRegularFile(table) ? Optional.of(table) : Optional.empty();
    }

    private static String readAll(Reader reader, String sourceName) {
        StringWriter text = new StringWriter();
        try {
            reader.transferTo(text);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + sourceName + ": " + e.getMessage(), e);
        }
        return text.toString();
    }

    /** The positions (from 0) of the columns read. */
    private record Columns(int instance, int upperBound, String upperBoundName, int lowerBound) {

        static Columns of(List<String> header, String source) {
            int instance = header.indexOf(INSTANCE);
            if (instance < 0) {
                throw new InstanceFormatException(source, 1, 0, "expected a column '" + INSTANCE
                        + "' in the header, found the columns " + header);
            }
            for (String name : UPPER_BOUND_COLUMNS) {
                int upperBound = header.indexOf(name);
                if (upperBound >= 0) {
                    return new Columns(instance, upperBound, name, header.indexOf(LOWER_BOUND));
                }
            }
            throw new InstanceFormatException(source, 1, 0, "expected a column 'upper_bound' or 'best_known' "
                    + "in the header, found the columns " + header);
        }

        BestKnown bounds(CSVRecord record, String source, int line) {
            String name = record.size() > instance ? record.get(instance) : "";
            if (name.isEmpty()) {
                throw new InstanceFormatException(source, line, instance + 1,
                        "expected an instance name in column '" + INSTANCE + "', found an empty cell");
            }
            double upper = number(record, upperBound, upperBoundName, source, line);
            double lower = lowerBound < 0 ? Double.NaN : number(record, lowerBound, LOWER_BOUND, source, line);
            return new BestKnown(name, lower, upper);
        }

        private static double number(CSVRecord record, int column, String columnName, String source, int line) {
            String cell = record.size() > column ? record.get(column) : "";
            if (cell.isEmpty()) {
                return Double.NaN;
            }
            try {
                return Double.parseDouble(cell);
            } catch (NumberFormatException e) {
                throw new InstanceFormatException(source, line, column + 1,
                        "expected a number or an empty cell in column '" + columnName + "', found '" + cell + "'");
            }
        }
    }

    /** Maps character positions to line numbers (from 1). */
    private static final class LineIndex {

        private final List<Integer> lineStarts = new ArrayList<>();

        LineIndex(String text) {
            lineStarts.add(0);
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                boolean crlf = c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n';
                if (c == '\n' || (c == '\r' && !crlf)) {
                    lineStarts.add(i + 1);
                }
            }
        }

        int lineAt(long position) {
            int index = Collections.binarySearch(lineStarts, (int) position);
            return index >= 0 ? index + 1 : -index - 1;
        }
    }
}
