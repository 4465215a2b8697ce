package org.sched4j.cli.generate;

import java.io.StringWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.sched4j.cli.BadInputException;
import org.sched4j.cli.ExitCodes;
import org.sched4j.cli.run.ResultCsv;
import org.sched4j.heuristics.taskgraph.HeftScheduler;
import org.sched4j.instances.taskgraph.RandomTaskGraphGenerator;
import org.sched4j.instances.taskgraph.RandomTaskGraphSuite;
import org.sched4j.instances.taskgraph.TaskGraphJsonFormat;
import org.sched4j.taskgraph.TaskGraphInstance;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code sched4j generate heft-random}: a random task graph of the HEFT paper's generator
 * ({@link RandomTaskGraphGenerator}) in sched4j's task-graph JSON, or with {@code --suite DIR} the 300 graphs of the
 * {@code taskgraph-random} benchmark ({@link RandomTaskGraphSuite}) in {@code DIR/dag/random/} with a {@code bks.csv}
 * of HEFT's makespans. The same options and seed give the same file.
 */
@Command(name = "heft-random", sortOptions = false,
        description = {"Generate a random task graph (Topcuoglu, Hariri & Wu 2002 generator) as task-graph JSON, or "
                + "with --suite DIR the 300 graphs of the taskgraph-random benchmark under DIR/dag/random."},
        exitCodeListHeading = "%nExit codes:%n", exitCodeList = {"0:instances written", ExitCodes.LIST_BAD_INPUT})
public final class GenerateHeftRandomCommand implements Callable<Integer> {

    private static final TaskGraphJsonFormat JSON = new TaskGraphJsonFormat();

    @Spec
    CommandSpec spec;

    @Option(names = {"-v", "--tasks"}, paramLabel = "V", defaultValue = "50", description = "Tasks; default: ${DEFAULT-VALUE}.")
    int tasks;

    @Option(names = "--ccr", paramLabel = "X", defaultValue = "1", description = "Communication to computation ratio; default: ${DEFAULT-VALUE}.")
    double ccr;

    @Option(names = "--alpha", paramLabel = "X", defaultValue = "1", description = "Shape (below 1 long, above 1 wide); default: ${DEFAULT-VALUE}.")
    double alpha;

    @Option(names = "--out-degree", paramLabel = "N", defaultValue = "3", description = "Successors per task; default: ${DEFAULT-VALUE}.")
    int outDegree;

    @Option(names = "--beta", paramLabel = "X", defaultValue = "0.5", description = "Processor heterogeneity, 0 to 2; default: ${DEFAULT-VALUE}.")
    double beta;

    @Option(names = "--processors", paramLabel = "Q", defaultValue = "4", description = "Processors; default: ${DEFAULT-VALUE}.")
    int processors;

    @Option(names = "--mean-cost", paramLabel = "W", defaultValue = "20", description = "Mean computation cost; default: ${DEFAULT-VALUE}.")
    double meanCost;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "1", description = "The random seed; default: ${DEFAULT-VALUE}.")
    long seed;

    @Mixin
    OutputFileMixin output;

    @Option(names = "--suite", paramLabel = "DIR",
            description = "Write the 300 graphs of the taskgraph-random suite to DIR/dag/random instead (then: "
                    + "sched4j bench taskgraph-random --instances DIR).")
    Path suite;

    @Override
    public Integer call() {
        if (suite != null) {
            writeSuite(suite.resolve("dag").resolve("random"));
            return ExitCodes.OK;
        }
        TaskGraphInstance instance = BadInputException.rethrowing(() -> RandomTaskGraphGenerator.generate(
                "heft-random-v" + tasks + "-s" + seed,
                new RandomTaskGraphGenerator.Parameters(tasks, ccr, alpha, outDegree, beta, processors, meanCost),
                seed));
        output.write(writer -> {
            StringWriter json = new StringWriter(); // the JSON writer closes its target
            JSON.write(instance, json);
            writer.write(output.isStandardOutput() ? json + System.lineSeparator() : json.toString());
        }, spec.commandLine().getOut());
        return ExitCodes.OK;
    }

    private void writeSuite(Path folder) {
        StringBuilder table = new StringBuilder("instance,upper_bound\n");
        for (TaskGraphInstance instance : RandomTaskGraphSuite.instances()) {
            OutputFileMixin.write(JSON, instance, folder.resolve(instance.name() + ".json"), null);
            double heft = new HeftScheduler().schedule(instance).makespan(instance);
            table.append(instance.name()).append(',').append(ResultCsv.number(heft)).append('\n');
        }
        OutputFileMixin.write(writer -> writer.write(table.toString()), folder.resolve("bks.csv"), null);
        spec.commandLine().getErr().println("wrote 300 graphs and bks.csv (HEFT makespans) to " + folder);
    }
}
