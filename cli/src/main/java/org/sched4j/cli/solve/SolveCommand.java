package org.sched4j.cli.solve;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.sched4j.api.ProblemType;
import org.sched4j.api.ProblemTypes;
import org.sched4j.api.SolveOptions;
import org.sched4j.cli.BadInputException;
import org.sched4j.cli.ExitCodes;
import org.sched4j.cli.SolveOptionsMixin;
import org.sched4j.cli.run.BatchEntry;
import org.sched4j.cli.run.BatchSolver;
import org.sched4j.cli.run.BestKnownLookup;
import org.sched4j.cli.run.InstanceLoader;
import org.sched4j.cli.run.PlanFiles;
import org.sched4j.cli.run.ResultRow;
import org.sched4j.cli.run.ResultSink;
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
 * {@code sched4j solve}: solves instance files and prints one CSV result row per instance and solver on standard
 * output; live progress and messages go to standard error.
 */
@Command(name = "solve", sortOptions = false, usageHelpAutoWidth = true,
        description = {"Solve instance files: one CSV result row per instance and solver on standard output.",
            "Columns: instance,problem,solver,status,objective,lower_bound,best_known,gap_percent,valid,time_seconds "
                    + "(then, when every instance is of one problem, that problem's own: podpacking adds "
                    + "gpu_fragmentation, soft_penalty, unallocated_gpus and violations_<kind>)",
            "objective is recomputed by the evaluator; gap_percent = 100 (objective - best_known) / best_known "
                    + "when minimising, 100 (best_known - objective) / best_known when maximising (maxcut); "
                    + "negative: a new record; valid is the evaluator's verdict. "
                    + "A file that cannot be read gives an ERROR row and a message on standard error; the batch goes on.",
            "Best known bounds: --bks FILE, else bks.csv in the file's folder or the folder above, else the bounds "
                    + "embedded in the file."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {ExitCodes.LIST_OK, ExitCodes.LIST_FAILED, ExitCodes.LIST_BAD_INPUT})
public final class SolveCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    SolveOptionsMixin solveOptions;

    @Option(names = "--problem", paramLabel = "P",
            description = "The problem: jobshop, rcpsp, tardiness, taskgraph, podpacking or maxcut; needed only when "
                    + "the format does not imply it.")
    String problem;

    @Option(names = "--format", paramLabel = "F",
            description = "The file format (see `sched4j solvers`); by default told from each file's name and content.")
    String format;

    @Option(names = "--bks", paramLabel = "FILE",
            description = "A CSV of best known bounds (columns instance and upper_bound or best_known).")
    Path bestKnownFile;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Also write the results to FILE: CSV (.csv) or JSON with solutions and violations (.json).")
    Path output;

    @Option(names = "--gantt", paramLabel = "DIR",
            description = "Write an SVG chart of each solved instance into DIR (every problem but maxcut).")
    Path ganttFolder;

    @Option(names = "--processors", paramLabel = "N",
            description = "Task graphs whose files do not say how many processors there are (stg): solve on N "
                    + "identical processors (or several counts, comma-separated: 2,4); default for stg: 2,4,8,16.")
    String processors;

    @Option(names = "--speeds", paramLabel = "LIST",
            description = "Task graphs from wfcommons: the processors' speed factors, comma-separated (1,1,2,4); a "
                    + "task runs its recorded runtime divided by the speed.")
    String speeds;

    @Option(names = "--platform", paramLabel = "FILE",
            description = "Task graphs from wfcommons: a platform JSON file ({\"processors\": [{\"name\": \"cpu\", "
                    + "\"speed\": 1}, ...], \"bandwidth\": B/s, \"latency\": s}) instead of --speeds.")
    Path platform;

    @Parameters(arity = "1..*", paramLabel = "FILE_OR_DIR",
            description = "Instance files, or folders whose files are all read (bks.csv, READMEs, hidden files left out).")
    List<Path> inputs;

    @Override
    public Integer call() {
        SolveOptions options = solveOptions.toSolveOptions();
        Optional<ProblemType<?, ?>> problemType = Optional.ofNullable(problem).map(SolveCommand::problemNamed);
        Optional<InstanceFormat<?>> instanceFormat = Optional.ofNullable(format).map(SolveCommand::formatNamed);
        Optional<Map<String, BestKnown>> table = Optional.ofNullable(bestKnownFile).map(BestKnownLookup::readExplicit);
        List<Path> files = InstanceLoader.expand(inputs, instanceFormat);
        InstanceLoader loader = new InstanceLoader(problemType, instanceFormat,
                new BestKnownLookup(table, spec.commandLine().getErr()), formatOptions());
        List<BatchEntry> entries = loader.load(files);
        BatchSolver solver = new BatchSolver(solveOptions.solvers(), options, Optional.ofNullable(ganttFolder),
                spec.commandLine().getErr());
        solver.checkSolvers(entries);
        List<ResultRow> rows;
        try (ResultSink sink = ResultSink.open(spec.commandLine().getOut(), Optional.ofNullable(output))) {
            solver.run(entries, sink);
            rows = sink.rows();
        }
        if (output != null && PlanFiles.kindOf(output).isEmpty()) {
            spec.commandLine().getErr().println("results: " + output);
        }
        return ExitCodes.of(rows.stream().allMatch(ResultRow::succeeded));
    }

    /** The options for the instance formats: {@code processors}, {@code speeds} and {@code platform} when given. */
    private Map<String, String> formatOptions() {
        Map<String, String> options = new LinkedHashMap<>();
        if (processors != null) {
            options.put("processors", processors);
        }
        if (speeds != null) {
            options.put("speeds", speeds);
        }
        if (platform != null) {
            options.put("platform", platform.toString());
        }
        return options;
    }

    /**
     * The problem type named {@code name}.
     *
     * @throws BadInputException listing the problem names when there is none
     */
    static ProblemType<?, ?> problemNamed(String name) {
        return ProblemTypes.byName(name).orElseThrow(() -> new BadInputException("--problem " + name
                + ": unknown problem; the problems are: "
                + String.join(", ", ProblemTypes.all().stream().map(ProblemType::name).toList())));
    }

    /**
     * The instance format named {@code name}.
     *
     * @throws BadInputException listing the format names when there is none
     */
    static InstanceFormat<?> formatNamed(String name) {
        return InstanceFormats.byName(name).orElseThrow(() -> new BadInputException("--format " + name
                + ": unknown format; the formats are: "
                + String.join(", ", InstanceFormats.all().stream().map(InstanceFormat::name).toList())));
    }
}
