package org.sched4j.cli.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.sched4j.api.ProblemType;
import org.sched4j.cli.BadInputException;
import org.sched4j.instances.FormatDetectionException;
import org.sched4j.instances.InstanceFormat;
import org.sched4j.instances.InstanceFormatException;
import org.sched4j.instances.InstanceFormats;
import org.sched4j.instances.ParsedInstance;

/**
 * Turns the files and folders of a command line into batch entries: each file is read with the format named by
 * {@code --format}, or the one its name and content make certain, and every instance in it becomes an
 * {@link InstanceTask} with its best known bounds. A file that cannot be read, or whose format cannot be told, becomes
 * a {@link LoadFailure}, and the other files are still read.
 */
public final class InstanceLoader {

    private final Optional<ProblemType<?, ?>> problem;
    private final Optional<InstanceFormat<?>> format;
    private final BestKnownLookup bestKnown;
    private final Map<String, InstanceFormat<?>> configuredFormats;

    /**
     * @param problem   the {@code --problem}, if given: files of other problems fail
     * @param format    the {@code --format}, if given: every file is read with it
     * @param bestKnown where best known bounds come from
     * @throws BadInputException when {@code problem} and {@code format} disagree
     */
    public InstanceLoader(Optional<ProblemType<?, ?>> problem, Optional<InstanceFormat<?>> format,
                          BestKnownLookup bestKnown) {
        this(problem, format, bestKnown, Map.of());
    }

    /**
     * A loader that also passes {@code formatOptions} ({@code processors=4}) to every format it reads with
     * ({@link InstanceFormat#configure}), once for all files.
     *
     * @throws BadInputException when {@code problem} and {@code format} disagree, or a format rejects its options
     */
    public InstanceLoader(Optional<ProblemType<?, ?>> problem, Optional<InstanceFormat<?>> format,
                          BestKnownLookup bestKnown, Map<String, String> formatOptions) {
        if (problem.isPresent() && format.isPresent() && !format.get().problemType().equals(problem.get())) {
            throw new BadInputException("--format " + format.get().name() + " holds " + format.get().problemType()
                    + " instances, not " + problem.get());
        }
        this.problem = problem;
        this.format = format;
        this.bestKnown = bestKnown;
        this.configuredFormats = configure(formatOptions);
    }

    /** Every format by name with {@code options} applied; empty without options. */
    private static Map<String, InstanceFormat<?>> configure(Map<String, String> options) {
        Map<String, InstanceFormat<?>> formats = new HashMap<>();
        if (options.isEmpty()) {
            return formats;
        }
        for (InstanceFormat<?> instanceFormat : InstanceFormats.all()) {
            try {
                formats.put(instanceFormat.name(), instanceFormat.configure(options));
            } catch (IllegalArgumentException | UncheckedIOException | InstanceFormatException e) {
                throw new BadInputException(e.getMessage());
            }
        }
        return Map.copyOf(formats);
    }

    /**
     * The instances named on the command line: files as given; a folder that is itself an instance (the
     * {@code --format} is a folder format, or a folder format recognises it) as given; other folders replaced by every
     * regular file in them and every sub-folder a folder format recognises (nothing deeper), in natural order, leaving
     * out hidden files, {@code bks.csv}, READMEs and licences.
     *
     * @param format the {@code --format}, if given
     * @throws BadInputException when a path does not exist, or nothing at all is left to read
     */
    public static List<Path> expand(List<Path> arguments, Optional<InstanceFormat<?>> format) {
        List<Path> files = new ArrayList<>();
        for (Path argument : arguments) {
            if (Files.isDirectory(argument) && !isFolderInstance(argument, format)) {
                files.addAll(entriesOf(argument));
            } else if (Files.exists(argument)) {
                files.add(argument);
            } else {
                throw new BadInputException(argument + ": no such file or folder");
            }
        }
        if (files.isEmpty()) {
            throw new BadInputException("no instance files in " + String.join(", ",
                    arguments.stream().map(Path::toString).toList()));
        }
        return files;
    }

    private static boolean isFolderInstance(Path folder, Optional<InstanceFormat<?>> format) {
        return format.map(InstanceFormat::isFolderFormat)
                .orElseGet(() -> InstanceFormats.detectFolder(folder).isPresent());
    }

    private static List<Path> entriesOf(Path folder) {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.filter(entry -> Files.isRegularFile(entry)
                            || Files.isDirectory(entry) && InstanceFormats.detectFolder(entry).isPresent())
                    .filter(entry -> isInstanceFileName(entry.getFileName().toString()))
                    .sorted((a, b) -> NaturalOrder.INSTANCE.compare(a.getFileName().toString(),
                            b.getFileName().toString()))
                    .toList();
        } catch (IOException e) {
            throw new BadInputException(folder + ": cannot list it: " + e.getMessage());
        }
    }

    private static boolean isInstanceFileName(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return !lower.startsWith(".") && !lower.equals("bks.csv") && !lower.startsWith("readme")
                && !lower.startsWith("license") && !lower.startsWith("licence");
    }

    /** Reads every file, in order; never throws for a bad file. */
    public List<BatchEntry> load(List<Path> files) {
        List<BatchEntry> entries = new ArrayList<>();
        for (Path file : files) {
            entries.addAll(load(file));
        }
        return entries;
    }

    /** The instances of one file, or one {@link LoadFailure}. */
    public List<BatchEntry> load(Path file) {
        String name = InstanceFormat.baseName(file.getFileName().toString());
        InstanceFormat<?> fileFormat;
        try {
            InstanceFormat<?> detected = formatOf(file);
            fileFormat = configuredFormats.getOrDefault(detected.name(), detected);
        } catch (FormatDetectionException e) {
            return List.of(unknownFormat(name, file, formatAdvice(e)));
        } catch (ProblemMismatch e) {
            return List.of(unknownFormat(name, file, e.getMessage()));
        } catch (UncheckedIOException e) {
            return List.of(unknownFormat(name, file, file + ": cannot read it: " + causeOf(e)));
        }
        try {
            return read(fileFormat, file);
        } catch (InstanceFormatException e) {
            String message = e.source().equals(file.getFileName().toString())
                    ? file + ":" + e.line() + ":" + e.column() + ": " + e.problem() : e.getMessage();
            return List.of(failure(name, file, fileFormat, message));
        } catch (UncheckedIOException e) {
            return List.of(failure(name, file, fileFormat, file + ": cannot read it: " + causeOf(e)));
        } catch (IllegalArgumentException e) {
            return List.of(failure(name, file, fileFormat, file + ": " + e.getMessage()));
        }
    }

    private <P> List<BatchEntry> read(InstanceFormat<P> fileFormat, Path file) {
        List<BatchEntry> entries = new ArrayList<>();
        for (ParsedInstance<P> parsed : fileFormat.read(file)) {
            entries.add(new InstanceTask<>(parsed.name(), file.toString(), fileFormat.problemType(), parsed.instance(),
                    bestKnown.forInstance(parsed, file)));
        }
        return entries;
    }

    private static LoadFailure failure(String name, Path file, InstanceFormat<?> format, String message) {
        return new LoadFailure(name, file.toString(), format.problemType().name(), message);
    }

    private LoadFailure unknownFormat(String name, Path file, String message) {
        return new LoadFailure(name, file.toString(), problem.map(ProblemType::name).orElse(""), message);
    }

    private static String causeOf(UncheckedIOException e) {
        return e.getCause().getMessage() == null ? e.getCause().toString() : e.getCause().getMessage();
    }

    /**
     * The command line's words for a file whose format cannot be told: what the library found, and the formats to
     * pass with {@code --format}: those that recognise it, else those that could have (of {@code --problem} when given).
     */
    private String formatAdvice(FormatDetectionException e) {
        String what = e.isFolder() ? "the folder " + e.file() : e.file().toString();
        if (e.isAmbiguous()) {
            return what + " looks like several formats (" + String.join(", ", e.recognising())
                    + "); pass --format with one of: " + String.join(", ", e.recognising());
        }
        return "cannot tell the format of " + what + "; pass --format with one of: "
                + String.join(", ", ofTheProblem(e.candidates()));
    }

    /** The names among {@code formatNames} of formats of {@code --problem}; all of them without it, or if none is. */
    private List<String> ofTheProblem(List<String> formatNames) {
        if (problem.isEmpty()) {
            return formatNames;
        }
        List<String> problemFormats = InstanceFormats.forProblem(problem.get()).stream().map(InstanceFormat::name)
                .toList();
        List<String> kept = formatNames.stream().filter(problemFormats::contains).toList();
        return kept.isEmpty() ? formatNames : kept;
    }

    private InstanceFormat<?> formatOf(Path file) {
        if (format.isPresent()) {
            return format.get();
        }
        if (problem.isEmpty()) {
            return InstanceFormats.detect(file);
        }
        List<InstanceFormat<?>> candidates = InstanceFormats.forProblem(problem.get());
        Optional<InstanceFormat<?>> onlyCandidate = candidates.size() == 1
                ? Optional.of(candidates.getFirst()) : Optional.empty();
        InstanceFormat<?> detected;
        try {
            detected = InstanceFormats.detect(file);
        } catch (FormatDetectionException e) {
            return onlyCandidate.orElseThrow(() -> e);
        }
        if (detected.problemType().equals(problem.get())) {
            return detected;
        }
        return onlyCandidate.orElseThrow(() -> new ProblemMismatch(file + " looks like " + detected.name()
                + " (" + detected.problemType() + "), not " + problem.get() + "; pass --format with one of: "
                + String.join(", ", candidates.stream().map(InstanceFormat::name).toList())));
    }

    /** A file whose detected format holds another problem than {@code --problem}; the message is the CLI's. */
    private static final class ProblemMismatch extends RuntimeException {
        ProblemMismatch(String message) {
            super(message);
        }
    }
}
