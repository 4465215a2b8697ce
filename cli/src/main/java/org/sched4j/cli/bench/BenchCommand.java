package org.sched4j.cli.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.sched4j.api.SolveOptions;
import org.sched4j.cli.BadInputException;
import org.sched4j.cli.ExitCodes;
import org.sched4j.cli.InstancesFolderMixin;
import org.sched4j.cli.SolveOptionsMixin;
import org.sched4j.cli.run.BatchEntry;
import org.sched4j.cli.run.BatchSolver;
import org.sched4j.cli.run.BestKnownLookup;
import org.sched4j.cli.run.InstanceLoader;
import org.sched4j.cli.run.NaturalOrder;
import org.sched4j.cli.run.ResultRow;
import org.sched4j.cli.run.ResultSink;
import org.sched4j.cli.run.SolveOutcome;
import org.sched4j.instances.BestKnown;
import org.sched4j.instances.InstanceFormat;
import org.sched4j.instances.InstanceFormats;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code sched4j bench SUITE}: solves a named suite of public benchmark instances with one or more solvers, prints a
 * summary table by group (size class or family) and writes every result row to a CSV file. The instances are read in
 * place from {@code --instances DIR}, {@code $SCHED4J_INSTANCES} or {@code ../shared/instances}.
 */
@Command(name = "bench", sortOptions = false, usageHelpAutoWidth = true,
        description = {"Solve a benchmark suite, print a summary per size class or family (mean and max gap to the "
                + "best known, instances solved to optimality, failures, mean time) and write the result rows as CSV.",
            "Suites: listed by `sched4j solvers` (jobshop-ta: ta01-ta80 by size; jobshop-classic: ft, la, abz, orb, swv, yn).",
            "The instances are found at --instances DIR, else $SCHED4J_INSTANCES, else ../shared/instances."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {ExitCodes.LIST_OK, ExitCodes.LIST_FAILED,
            "2:bad command line, or the benchmark instances are not found (the message says where it looked)"})
public final class BenchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SUITE", description = "jobshop-ta or jobshop-classic.")
    String suiteName;

    @Mixin
    SolveOptionsMixin solveOptions;

    @Mixin
    InstancesFolderMixin instances;

    @Option(names = "--only", paramLabel = "NAMES",
            description = "Only these instances: names, globs or regular expressions, comma-separated (ta41,ta42 or 'la0*').")
    String only;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "The CSV (or .json) results file; default: results/bench-SUITE.csv.")
    Path output;

    @Option(names = "--gantt", paramLabel = "DIR", description = "Write an SVG Gantt chart of each solved instance into DIR.")
    Path ganttFolder;

    @Override
    public Integer call() {
        Suite suite = Suites.byName(suiteName).orElseThrow(() -> new BadInputException("unknown suite '" + suiteName
                + "'; the suites are: " + String.join(", ", Suites.all().stream().map(Suite::name).toList())));
        SolveOptions options = solveOptions.toSolveOptions();
        Path root = instances.locate();
        InstanceSelection selection = InstanceSelection.parse(only);
        List<Path> files = suiteFiles(suite, root);
        BestKnownLookup bestKnown = new BestKnownLookup(Optional.of(bestKnownTable(suite, root)),
                spec.commandLine().getErr());
        List<BatchEntry> entries = new InstanceLoader(Optional.of(suite.problem()), Optional.of(format(suite)),
                bestKnown).load(files).stream().filter(entry -> selection.test(entry.name())).toList();
        if (entries.isEmpty()) {
            throw new BadInputException("no instance of suite " + suite.name() + " matches --only " + selection);
        }
        BatchSolver solver = new BatchSolver(solveOptions.solvers(), options, Optional.ofNullable(ganttFolder),
                spec.commandLine().getErr());
        solver.checkSolvers(entries);
        Path resultsFile = output != null ? output : Path.of("results", "bench-" + suite.name() + ".csv");
        PrintWriter out = spec.commandLine().getOut();
        out.println(suite.name() + ": " + suite.description() + "; " + entries.size() + " instances from "
                + root.resolve(suite.folder()));
        out.println("solvers " + String.join(", ", solveOptions.solvers()) + "; " + solver.limits());
        out.flush();
        List<SolveOutcome> outcomes;
        try (ResultSink sink = ResultSink.open(null, Optional.of(resultsFile))) {
            outcomes = solver.run(entries, sink);
        }
        out.println();
        out.print(new BenchReport(suite, solveOptions.solvers(), outcomes).render());
        out.println();
        out.println("results: " + resultsFile);
        out.flush();
        return ExitCodes.of(outcomes.stream().map(SolveOutcome::row).allMatch(ResultRow::succeeded));
    }

    private static List<Path> suiteFiles(Suite suite, Path root) {
        Path folder = root.resolve(suite.folder());
        if (!Files.isDirectory(folder)) {
            throw new BadInputException("suite " + suite.name() + " reads " + suite.folder() + " in the instances "
                    + "folder, but " + folder + " does not exist");
        }
        try (Stream<Path> listing = Files.list(folder)) {
            boolean folders = format(suite).isFolderFormat();
            List<Path> files = listing.filter(file -> Files.isRegularFile(file) || folders && Files.isDirectory(file))
                    .filter(file -> suite.takes(InstanceFormat.baseName(file.getFileName().toString())))
                    .sorted((a, b) -> NaturalOrder.INSTANCE.compare(a.getFileName().toString(),
                            b.getFileName().toString()))
                    .toList();
            if (files.isEmpty()) {
                throw new BadInputException("suite " + suite.name() + ": no instance files in " + folder);
            }
            return files;
        } catch (IOException e) {
            throw new BadInputException(folder + ": cannot list it: " + e.getMessage());
        }
    }

    private static Map<String, BestKnown> bestKnownTable(Suite suite, Path root) {
        Path table = root.resolve(suite.bestKnown());
        if (!Files.isRegularFile(table)) {
            return Map.of();
        }
        return BestKnownLookup.readExplicit(table);
    }

    private static InstanceFormat<?> format(Suite suite) {
        return InstanceFormats.byName(suite.format()).orElseThrow(() -> new IllegalStateException("suite "
                + suite.name() + " names the unknown format " + suite.format()));
    }
}
