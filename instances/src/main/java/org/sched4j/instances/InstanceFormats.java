package org.sched4j.instances;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.stream.Stream;
import org.sched4j.api.ProblemType;

/**
 * The instance file formats sched4j reads, by name, by problem, and detected from a file's name and first lines. The
 * formats are found with {@link ServiceLoader}: a format is registered by a line in
 * {@code META-INF/services/org.sched4j.instances.InstanceFormat}, in the order {@link #all} lists them.
 */
public final class InstanceFormats {

    /** How much of a file {@link #detect} reads: 8 KiB. */
    public static final int HEAD_BYTES = 8192;

    private static final List<InstanceFormat<?>> ALL = ServiceLoader.load(InstanceFormat.class).stream()
            .<InstanceFormat<?>>map(ServiceLoader.Provider::get).toList();

    private InstanceFormats() {
    }

    /** Every format, in a stable order. */
    public static List<InstanceFormat<?>> all() {
        return ALL;
    }

    /** The format with the command-line name {@code name} (case ignored), if any. */
    public static Optional<InstanceFormat<?>> byName(String name) {
        return ALL.stream().filter(format -> format.name().equalsIgnoreCase(name)).findFirst();
    }

    /** The formats of instances of {@code type}, in the order of {@link #all}. */
    public static List<InstanceFormat<?>> forProblem(ProblemType<?, ?> type) {
        Objects.requireNonNull(type, "type");
        return ALL.stream().filter(format -> format.problemType().equals(type)).toList();
    }

    /**
     * The format of {@code file}: the single format that {@linkplain InstanceFormat#recognizes recognises} its name
     * and its first {@value #HEAD_BYTES} bytes; for a folder, the single folder format that
     * {@linkplain InstanceFormat#recognizesFolder recognises} it.
     *
     * @throws FormatDetectionException naming the file, and the formats that recognise it or could have, when no
     *                                  format, or more than one, recognises it
     * @throws UncheckedIOException     when the file cannot be read
     */
    public static InstanceFormat<?> detect(Path file) {
        if (Files.isDirectory(file)) {
            return single(file, true, recognisingFolder(file), ALL.stream().filter(InstanceFormat::isFolderFormat));
        }
        String fileName = Objects.requireNonNull(file.getFileName(), "file has no name").toString();
        String head = head(file);
        List<InstanceFormat<?>> matches = ALL.stream().filter(format -> format.recognizes(fileName, head)).toList();
        return single(file, false, matches, ALL.stream());
    }

    /**
     * The folder format of {@code folder}: the single format that {@linkplain InstanceFormat#recognizesFolder
     * recognises} it; empty when none does (an ordinary folder of instance files) or several do.
     */
    public static Optional<InstanceFormat<?>> detectFolder(Path folder) {
        List<InstanceFormat<?>> matches = recognisingFolder(folder);
        return matches.size() == 1 ? Optional.of(matches.getFirst()) : Optional.empty();
    }

    private static List<InstanceFormat<?>> recognisingFolder(Path folder) {
        return ALL.stream().filter(InstanceFormat::isFolderFormat).filter(format -> format.recognizesFolder(folder))
                .toList();
    }

    private static InstanceFormat<?> single(Path file, boolean folder, List<InstanceFormat<?>> matches,
                                           Stream<InstanceFormat<?>> asked) {
        if (matches.size() == 1) {
            return matches.getFirst();
        }
        throw new FormatDetectionException(file, folder, names(matches.stream()), names(asked));
    }

    private static List<String> names(Stream<InstanceFormat<?>> formats) {
        return formats.map(InstanceFormat::name).toList();
    }

    private static String head(Path file) {
        try (InputStream input = Files.newInputStream(file)) {
            return new String(input.readNBytes(HEAD_BYTES), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}
