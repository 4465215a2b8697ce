package org.sched4j.bench.reference;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;
import org.sched4j.api.Evaluation;
import org.sched4j.api.SolveOptions;
import org.sched4j.api.SolveResult;
import org.sched4j.api.Solver;
import org.sched4j.api.Solvers;
import org.sched4j.instances.BestKnown;
import org.sched4j.instances.BestKnownTable;
import org.sched4j.instances.maxcut.GsetFormat;
import org.sched4j.maxcut.Cut;
import org.sched4j.maxcut.MaxCutInstance;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import org.sched4j.maxcut.MaxCutProblem;

/**
 * One max-cut solver over the Gset graphs G1 to G54 (or another range), one after the other with the same time limit:
 * prints per graph the cut (checked by the evaluator), the best known cut from the folder's {@code bks.csv}, the gap in
 * percent and the wall time, then the mean gap. Made for the GPU annealer ({@code ising} uses the GPU when it can,
 * and says on standard error which engine ran); needs neither OR-Tools nor the command line's other modules. One
 * untimed solve of the first graph comes first, so that the one-off costs (finding the GPU, the first module load,
 * the JIT compiler's warm-up) do not count against a graph's limit.
 *
 * <p>Run it from the repository root, after building the benchmarks jar:
 * <pre>{@code
 * ./mvnw -q -pl jmh-bench -am package -DskipTests
 * java --enable-native-access=ALL-UNNAMED -cp jmh-bench/target/benchmarks.jar \
 *      org.sched4j.bench.reference.IsingGsetRun --time-limit 1s ../shared/instances/maxcut/gset
 * }</pre>
 * Exit codes: 0 when every cut is valid, 1 when one is not (or the solver failed), 2 for a bad command line.
 */
@Command(name = "ising-gset-run", mixinStandardHelpOptions = true,
        description = "Runs one max-cut solver over the Gset graphs and prints the gaps to the best known cuts.")
public final class IsingGsetRun implements Callable<Integer> {

    @Option(names = "--time-limit", defaultValue = "1s", converter = JobShopSideBySide.DurationArgument.class,
            description = "time limit per graph: 500ms, 1s, 2m or seconds (default: ${DEFAULT-VALUE})")
    private Duration timeLimit;

    @Option(names = "--solver", defaultValue = "ising", description = "max-cut solver (default: ${DEFAULT-VALUE})")
    private String solverId;

    @Option(names = "--threads", description = "threads (default: all processors)")
    private int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--seed", defaultValue = "0", description = "random seed (default: ${DEFAULT-VALUE})")
    private long seed;

    @Option(names = "--first", defaultValue = "1", description = "first graph number (default: ${DEFAULT-VALUE})")
    private int first;

    @Option(names = "--last", defaultValue = "54", description = "last graph number (default: ${DEFAULT-VALUE})")
    private int last;

    @Parameters(paramLabel = "FOLDER", description = "the folder of the Gset files G1, G2, ... and bks.csv")
    private Path folder;

    private final PrintStream out = System.out;

    /** Runs the graphs; see the class description. */
    public static void main(String[] arguments) {
        System.exit(new CommandLine(new IsingGsetRun()).execute(arguments));
    }

    @Override
    public Integer call() {
        Solver<MaxCutInstance, Cut> solver = Solvers.get(MaxCutProblem.TYPE, solverId);
        Map<String, BestKnown> bestKnown = BestKnownTable.read(folder.resolve(BestKnownTable.FILE_NAME));
        List<Path> files = IntStream.rangeClosed(first, last).mapToObj(k -> folder.resolve("G" + k))
                .filter(Files::isRegularFile).toList();
        if (files.isEmpty()) {
            System.err.println("no Gset files G" + first + " to G" + last + " in " + folder);
            return 2;
        }
        SolveOptions options = SolveOptions.withTimeLimit(timeLimit).seed(seed).threads(threads);
        solver.solve(read(files.getFirst()), options);
        SideBySideTable table = new SideBySideTable(List.of(solverId), MaxCutProblem.TYPE.sense(), "cut");
        out.printf(Locale.ROOT, "%s, time limit %.1f s, %d threads, seed %d, %d graphs%n%n", solverId,
                timeLimit.toMillis() / 1000.0, threads, seed, files.size());
        out.println(table.header());
        boolean allValid = true;
        for (Path file : files) {
            MaxCutInstance graph = read(file);
            SideBySideTable.Cell cell = run(solver, graph, options);
            allValid &= cell.valid();
            out.println(table.row(graph.name(), bestKnown.getOrDefault(graph.name(), BestKnown.unknown(graph.name()))
                    .upperBound(), List.of(cell)));
        }
        out.println(table.footer());
        return allValid ? 0 : 1;
    }

    private static MaxCutInstance read(Path file) {
        return new GsetFormat().read(file).getFirst().instance();
    }

    private static SideBySideTable.Cell run(Solver<MaxCutInstance, Cut> solver, MaxCutInstance graph,
                                            SolveOptions options) {
        long start = System.nanoTime();
        try {
            SolveResult<Cut> result = solver.solve(graph, options);
            double seconds = (System.nanoTime() - start) / 1e9;
            Evaluation evaluation = MaxCutProblem.TYPE.evaluate(graph, result.solution());
            System.err.println(graph.name() + ": " + result.statistics());
            return new SideBySideTable.Cell(result.status().name(), evaluation.objective(), Double.NaN,
                    evaluation.isFeasible(), seconds);
        } catch (RuntimeException e) {
            System.err.println(graph.name() + ": " + e);
            return new SideBySideTable.Cell("ERROR", Double.NaN, Double.NaN, false, (System.nanoTime() - start) / 1e9);
        }
    }
}
