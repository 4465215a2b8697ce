package org.sched4j.bench.reference;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sched4j.instances.BenchmarkData;
import org.sched4j.instances.BestKnown;
import org.sched4j.instances.BestKnownTable;
import org.sched4j.instances.InstanceFormat;
import org.sched4j.instances.jsplib.JsplibFormat;
import org.sched4j.instances.taillard.TaillardBenchmarks;
import org.sched4j.jobshop.JobShopInstance;

/**
 * A job-shop instance to benchmark, with its best known makespan.
 *
 * @param name      the instance's name
 * @param instance  the instance
 * @param bestKnown the best known makespan, {@code NaN} when unknown
 */
public record BenchmarkInstance(String name, JobShopInstance instance, double bestKnown) {

    private static final Pattern TAILLARD_RANGE = Pattern.compile("(ta\\d\\d)(?:-|\\.\\.)(ta\\d\\d)");

    public BenchmarkInstance {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(instance, "instance");
    }

    /**
     * The instances named on a command line, in order. An argument is one of:
     * <ul>
     *   <li>a Taillard name {@code ta01} .. {@code ta80}, generated in memory with its published best known makespan;</li>
     *   <li>a range of Taillard names, {@code ta41-ta50} or {@code ta41..ta50};</li>
     *   <li>a JSPLIB file; its best known makespan comes from {@code bks}, else from a {@code bks.csv} in its folder or
     *       the folder above;</li>
     *   <li>the name of a JSPLIB instance of the benchmark data ({@code ft10}, {@code la21}), found through
     *       {@link BenchmarkData}.</li>
     * </ul>
     *
     * @param bks a best-known table (columns {@code instance} and {@code upper_bound} or {@code best_known}), if any
     * @throws IllegalArgumentException when an argument names nothing that can be read, saying why
     */
    public static List<BenchmarkInstance> resolveAll(List<String> arguments, Optional<Path> bks) {
        List<BenchmarkInstance> instances = new ArrayList<>();
        for (String argument : arguments) {
            Matcher range = TAILLARD_RANGE.matcher(argument);
            if (range.matches()) {
                for (String name : taillardRange(range.group(1), range.group(2))) {
                    instances.add(taillard(name));
                }
            } else if (TaillardBenchmarks.names().contains(argument)) {
                instances.add(taillard(argument));
            } else {
                instances.add(jsplib(fileOf(argument), bks));
            }
        }
        return instances;
    }

    private static List<String> taillardRange(String first, String last) {
        List<String> names = TaillardBenchmarks.names();
        int from = names.indexOf(first);
        int to = names.indexOf(last);
        if (from < 0 || to < 0 || from > to) {
            throw new IllegalArgumentException("expected a range of Taillard names such as ta41-ta50 within "
                    + "ta01-ta80, got " + first + "-" + last);
        }
        return names.subList(from, to + 1);
    }

    private static BenchmarkInstance taillard(String name) {
        return new BenchmarkInstance(name, TaillardBenchmarks.instance(name),
                TaillardBenchmarks.bestKnown(name).upperBound());
    }

    private static Path fileOf(String argument) {
        Path file = Path.of(argument);
        if (Files.isRegularFile(file)) {
            return file;
        }
        Path data = BenchmarkData.find().orElseThrow(() -> new IllegalArgumentException("'" + argument
                + "' is neither a file nor a Taillard name, and the benchmark data to look it up in is not found; set "
                + BenchmarkData.ENVIRONMENT_VARIABLE));
        Path named = data.resolve("jobshop").resolve("jsplib").resolve(argument + ".txt");
        if (!Files.isRegularFile(named)) {
            throw new IllegalArgumentException("'" + argument + "' is neither a file, a Taillard name nor an "
                    + "instance in " + named.getParent());
        }
        return named;
    }

    private static BenchmarkInstance jsplib(Path file, Optional<Path> bks) {
        JobShopInstance instance = new JsplibFormat().read(file).getFirst().instance();
        String name = InstanceFormat.baseName(file.getFileName().toString());
        Optional<Path> table = bks.or(() -> BestKnownTable.beside(file))
                .or(() -> Optional.ofNullable(file.toAbsolutePath().getParent())
                        .flatMap(BestKnownTable::beside));
        double bestKnown = table.map(BestKnownTable::read)
                .map((Map<String, BestKnown> known) -> known.getOrDefault(name, BestKnown.unknown(name)))
                .map(BestKnown::upperBound)
                .orElse(Double.NaN);
        return new BenchmarkInstance(name, instance.withName(name), bestKnown);
    }
}
