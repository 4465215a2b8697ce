package org.sched4j.cli.solve;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.sched4j.cli.ExitCodes;
import org.sched4j.cli.SolveOptionsMixin;
import org.sched4j.cli.run.BatchEntry;
import org.sched4j.cli.run.BatchSolver;
import org.sched4j.cli.run.InstanceTask;
import org.sched4j.cli.run.ResultCsv;
import org.sched4j.cli.run.ResultRow;
import org.sched4j.cli.run.ResultSink;
import org.sched4j.instances.taillard.TaillardBenchmarks;
import org.sched4j.jobshop.JobShopProblem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code sched4j demo}: needs no files. Generates Taillard's ta01 from its seeds, solves it (with {@code auto} by
 * default) showing every improving solution, prints the result row scored against the best known makespan (1231,
 * proven optimal) and writes the Gantt chart to {@code gantt/ta01.svg}.
 */
@Command(name = "demo", sortOptions = false,
        description = "Generate Taillard's ta01 (15 jobs x 15 machines), solve it, print the result and write its "
                + "Gantt chart. No files needed.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:solved and valid", "1:no valid solution", ExitCodes.LIST_BAD_INPUT})
public final class DemoCommand implements Callable<Integer> {

    private static final String INSTANCE = "ta01";

    @Spec
    CommandSpec spec;

    @Mixin
    SolveOptionsMixin solveOptions;

    @Option(names = "--gantt", paramLabel = "DIR", defaultValue = "gantt",
            description = "Where to write the Gantt chart; default: ${DEFAULT-VALUE}.")
    Path ganttFolder;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        InstanceTask<?, ?> task = new InstanceTask<>(INSTANCE, "generated", JobShopProblem.TYPE,
                TaillardBenchmarks.instance(INSTANCE), TaillardBenchmarks.bestKnown(INSTANCE));
        err.println("sched4j demo: Taillard's " + INSTANCE + " (" + task.size()
                + "), generated from its seeds (EJOR 64, 1993); best known makespan "
                + ResultCsv.number(task.bestKnown().upperBound())
                + (task.bestKnown().isClosed() ? ", proven optimal." : "."));
        List<BatchEntry> entries = List.of(task);
        BatchSolver solver = new BatchSolver(solveOptions.solvers(), solveOptions.toSolveOptions(),
                Optional.of(ganttFolder), err);
        solver.checkSolvers(entries);
        List<ResultRow> rows;
        try (ResultSink sink = ResultSink.open(spec.commandLine().getOut(), Optional.empty())) {
            solver.run(entries, sink);
            rows = sink.rows();
        }
        if (rows.stream().anyMatch(ResultRow::succeeded)) {
            err.println("Open the chart in a browser: machines are rows, jobs colours, the critical path is outlined.");
        }
        err.flush();
        return ExitCodes.of(rows.stream().allMatch(ResultRow::succeeded));
    }
}
