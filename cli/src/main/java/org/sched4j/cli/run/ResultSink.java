package org.sched4j.cli.run;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.sched4j.cli.BadInputException;

/**
 * Where result rows go: CSV on standard output (when asked), and a results file chosen by its extension, CSV
 * ({@code .csv}, written row by row) or JSON ({@code .json}, written when the batch ends); or, for a {@code .yaml},
 * {@code .yml} or {@code .sh} file, the plans to apply ({@link PlanFiles}). Keeps every row for the caller's summary
 * and exit code.
 */
public final class ResultSink implements AutoCloseable {

    private final Optional<ResultCsv> stdoutCsv;
    private final Optional<Path> jsonFile;
    private final Writer csvFileWriter;
    private final Optional<ResultCsv> fileCsv;
    private final List<ResultRow> rows = new ArrayList<>();
    private Optional<PlanFiles> plans = Optional.empty();

    private ResultSink(Optional<ResultCsv> stdoutCsv, Optional<Path> jsonFile, Writer csvFileWriter) {
        this.stdoutCsv = stdoutCsv;
        this.jsonFile = jsonFile;
        this.csvFileWriter = csvFileWriter;
        this.fileCsv = Optional.ofNullable(csvFileWriter).map(ResultCsv::new);
    }

    /**
     * Opens the outputs. The results file's folder is created; a CSV file is created at once, so that a file that
     * cannot be written stops the command before any solving.
     *
     * @param out          standard output, or {@code null} for no rows there
     * @param resultsFile  the {@code --output} file, if any
     * @throws BadInputException when the file's extension is neither {@code .csv} nor {@code .json}, or it cannot
     *                           be created
     */
    public static ResultSink open(PrintWriter out, Optional<Path> resultsFile) {
        if (resultsFile.isEmpty()) {
            return new ResultSink(stdoutCsv(out), Optional.empty(), null);
        }
        Path file = resultsFile.get();
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        boolean json = name.endsWith(".json");
        Optional<String> planKind = PlanFiles.kindOf(file);
        if (planKind.isPresent()) {
            ResultSink sink = new ResultSink(stdoutCsv(out), Optional.empty(), null);
            sink.plans = Optional.of(new PlanFiles(file, planKind.get()));
            return sink;
        }
        if (!json && !name.endsWith(".csv")) {
            throw new BadInputException("--output " + file + ": the results file must end in .csv or .json (results), "
                    + "or .yaml, .yml or .sh (a plan to apply, for pod packing)");
        }
        try {
            Path folder = file.toAbsolutePath().getParent();
            if (folder != null) {
                Files.createDirectories(folder);
            }
            if (json) {
                Files.writeString(file, "[]\n", StandardCharsets.UTF_8);
                return new ResultSink(stdoutCsv(out), Optional.of(file), null);
            }
            Writer csvFile = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
            return new ResultSink(stdoutCsv(out), Optional.empty(), csvFile);
        } catch (IOException e) {
            throw new BadInputException("--output " + file + ": cannot write it: " + e.getMessage());
        }
    }

    private static Optional<ResultCsv> stdoutCsv(PrintWriter out) {
        return Optional.ofNullable(out).map(ResultCsv::new);
    }

    /** Records one row and writes it to the CSV outputs. */
    public void accept(ResultRow row) {
        rows.add(row);
        stdoutCsv.ifPresent(csv -> csv.write(row));
        fileCsv.ifPresent(csv -> csv.write(row));
    }

    /** Where plans to apply go, when {@code --output} named a {@code .yaml}, {@code .yml} or {@code .sh} file. */
    public Optional<PlanFiles> plans() {
        return plans;
    }

    /** Every row so far, in order. */
    public List<ResultRow> rows() {
        return List.copyOf(rows);
    }

    /** Writes the JSON file, if one was asked for, and closes the CSV file. */
    @Override
    public void close() {
        jsonFile.ifPresent(file -> new ResultJson().write(file, rows));
        if (csvFileWriter != null) {
            try {
                csvFileWriter.close();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write results: " + e.getMessage(), e);
            }
        }
    }
}
