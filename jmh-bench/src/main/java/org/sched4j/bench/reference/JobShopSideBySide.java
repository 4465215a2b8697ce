package org.sched4j.bench.reference;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sched4j.api.Evaluation;
import org.sched4j.api.SolveOptions;
import org.sched4j.api.SolveResult;
import org.sched4j.api.Solver;
import org.sched4j.api.Solvers;
import org.sched4j.cpmodels.OrToolsNativeLibrary;
import org.sched4j.cpmodels.jobshop.CpSatJobShopSolver;
import org.sched4j.jobshop.JobShopInstance;
import org.sched4j.jobshop.JobShopSchedule;
import org.sched4j.portfolio.jobshop.JobShopPortfolioSolver;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine;
import org.sched4j.jobshop.JobShopProblem;

/**
 * A side-by-side run of the job-shop CP-SAT solvers, in one process: for each instance, the textbook model
 * ({@link TextbookJobShopModel}), then sched4j's {@code cpsat}, then {@code auto}, one after the other with the same
 * time limit, threads and seed. Every result is checked by the evaluator. Prints one row per instance (best known,
 * then per solver the makespan, the gap to the best known in percent and the wall time in seconds), the mean gaps,
 * and the ratio of {@code auto}'s mean gap to the textbook model's; writes the result rows as CSV with
 * {@code --csv}.
 *
 * <p>Run it from the repository root, after building the benchmarks jar:
 * <pre>{@code
 * ./mvnw -q -pl jmh-bench package -DskipTests
 * java --enable-native-access=ALL-UNNAMED --sun-misc-unsafe-memory-access=allow \
 *      -cp jmh-bench/target/benchmarks.jar org.sched4j.bench.reference.JobShopSideBySide \
 *      --time-limit 30s --threads 2 --csv side-by-side.csv ta21-ta30 ta41-ta50
 * }</pre>
 * Instances are Taillard names or ranges (generated in memory), JSPLIB files, or names of JSPLIB instances of the
 * benchmark data (see {@link BenchmarkInstance#resolveAll}). Exit codes: 0 when every result is valid, 1 when one is
 * not (or a solver failed), 2 for a bad command line.
 */
@Command(name = "jobshop-side-by-side", mixinStandardHelpOptions = true,
        description = "Runs the textbook CP-SAT model, cpsat and auto side by side on job-shop instances.")
public final class JobShopSideBySide implements Callable<Integer> {

    /** The CSV header, the same as the command line's result rows. */
    static final String CSV_HEADER =
            "instance,problem,solver,status,objective,lower_bound,best_known,gap_percent,valid,time_seconds";

    private static final Pattern DURATION = Pattern.compile("(\\d+(?:\\.\\d+)?)(ms|s|m)?");

    @Option(names = "--time-limit", defaultValue = "30s", converter = DurationArgument.class,
            description = "time limit per solver and instance: 500ms, 30s, 2m or seconds (default: ${DEFAULT-VALUE})")
    private Duration timeLimit;

    @Option(names = "--threads", defaultValue = "2", description = "threads per solver (default: ${DEFAULT-VALUE})")
    private int threads;

    @Option(names = "--seed", defaultValue = "0", description = "random seed (default: ${DEFAULT-VALUE})")
    private long seed;

    @Option(names = "--csv", description = "write the result rows to this CSV file")
    private Path csv;

    @Option(names = "--bks", description = "best-known table for JSPLIB files (instance, upper_bound|best_known)")
    private Path bks;

    @Parameters(arity = "1..*", paramLabel = "INSTANCE",
            description = "Taillard names or ranges (ta41, ta41-ta50), JSPLIB files or JSPLIB instance names")
    private List<String> instanceArguments;

    private final PrintStream out = System.out;

    /** Runs the command line {@code arguments} and exits with its exit code. */
    public static void main(String[] arguments) {
        System.exit(new CommandLine(new JobShopSideBySide()).execute(arguments));
    }

    @Override
    public Integer call() throws IOException {
        List<BenchmarkInstance> instances;
        try {
            instances = BenchmarkInstance.resolveAll(instanceArguments, Optional.ofNullable(bks));
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            return 2;
        }
        List<Solver<JobShopInstance, JobShopSchedule>> solvers = List.of(new TextbookJobShopModel(),
                Solvers.get(JobShopProblem.TYPE, CpSatJobShopSolver.ID),
                Solvers.get(JobShopProblem.TYPE, JobShopPortfolioSolver.ID));
        SolveOptions options = new SolveOptions(timeLimit, seed, threads, false, Map.of());
        OrToolsNativeLibrary.ensureLoaded();
        SideBySideTable table = new SideBySideTable(solvers.stream().map(Solver::id).toList(),
                JobShopProblem.TYPE.sense(), "makespan");
        out.printf(Locale.ROOT, "time limit %.1f s, %d threads, seed %d, %d instances%n%n",
                timeLimit.toMillis() / 1000.0, threads, seed, instances.size());
        out.println(table.header());
        List<String> csvRows = new ArrayList<>();
        boolean allValid = true;
        for (BenchmarkInstance instance : instances) {
            List<SideBySideTable.Cell> cells = new ArrayList<>();
            for (Solver<JobShopInstance, JobShopSchedule> solver : solvers) {
                SideBySideTable.Cell cell = run(solver, instance, options);
                allValid &= cell.valid();
                cells.add(cell);
                csvRows.add(csvRow(instance, solver.id(), cell));
            }
            out.println(table.row(instance.name(), instance.bestKnown(), cells));
        }
        out.println(table.footer());
        if (csv != null) {
            writeCsv(csvRows);
        }
        return allValid ? 0 : 1;
    }

    private static SideBySideTable.Cell run(Solver<JobShopInstance, JobShopSchedule> solver,
                                            BenchmarkInstance instance, SolveOptions options) {
        long start = System.nanoTime();
        try {
            SolveResult<JobShopSchedule> result = solver.solve(instance.instance(), options);
            double seconds = (System.nanoTime() - start) / 1e9;
            if (!result.hasSolution()) {
                return new SideBySideTable.Cell(result.status().name(), Double.NaN, result.bound(), false, seconds);
            }
            Evaluation evaluation = JobShopProblem.TYPE.evaluate(instance.instance(), result.solution());
            if (!evaluation.isFeasible()) {
                System.err.println(instance.name() + " " + solver.id() + ": invalid schedule: " + evaluation.summary());
            }
            return new SideBySideTable.Cell(result.status().name(), evaluation.objective(), result.bound(),
                    evaluation.isFeasible(), seconds);
        } catch (RuntimeException e) {
            System.err.println(instance.name() + " " + solver.id() + ": " + e);
            return new SideBySideTable.Cell("ERROR", Double.NaN, Double.NaN, false,
                    (System.nanoTime() - start) / 1e9);
        }
    }

    private static String csvRow(BenchmarkInstance instance, String solverId, SideBySideTable.Cell cell) {
        return String.join(",", instance.name(), JobShopProblem.TYPE.name(), solverId, cell.status(),
                number(cell.objective()), number(cell.bound()), number(instance.bestKnown()),
                number(cell.gapPercent(instance.bestKnown(), JobShopProblem.TYPE.sense())), Boolean.toString(cell.valid()),
                String.format(Locale.ROOT, "%.3f", cell.seconds()));
    }

    private static String number(double value) {
        if (Double.isNaN(value)) {
            return "";
        }
        return value == Math.rint(value) ? Long.toString((long) value) : String.format(Locale.ROOT, "%.4f", value);
    }

    private void writeCsv(List<String> rows) throws IOException {
        try (Writer writer = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            writer.write(CSV_HEADER + "\n");
            for (String row : rows) {
                writer.write(row + "\n");
            }
        }
        out.println("wrote " + csv);
    }

    /** Reads {@code 500ms}, {@code 30s}, {@code 2m} or a plain number of seconds. */
    static final class DurationArgument implements CommandLine.ITypeConverter<Duration> {
        @Override
        public Duration convert(String value) {
            Matcher matcher = DURATION.matcher(value.strip().toLowerCase(Locale.ROOT));
            if (!matcher.matches()) {
                throw new CommandLine.TypeConversionException("expected a time limit such as 500ms, 30s, 2m or 30, got '"
                        + value + "'");
            }
            double amount = Double.parseDouble(matcher.group(1));
            String unit = matcher.group(2) == null ? "s" : matcher.group(2);
            double millis = switch (unit) {
                case "ms" -> amount;
                case "m" -> amount * 60_000;
                default -> amount * 1_000;
            };
            if (millis < 1) {
                throw new CommandLine.TypeConversionException("a time limit must be at least 1 ms, got '" + value + "'");
            }
            return Duration.ofMillis(Math.round(millis));
        }
    }
}
