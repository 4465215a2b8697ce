package org.sched4j.cli.generate;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.sched4j.cli.BadInputException;
import org.sched4j.cli.ExitCodes;
import org.sched4j.instances.podpacking.PaperGridGenerator;
import org.sched4j.podpacking.PodPackingInstance;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code sched4j generate podpacking-paper}: the scenario grid of Christensen, Giallorenzo &amp; Mauro 2025
 * ({@link PaperGridGenerator}), one {@code podpacking-json} file per scenario named
 * {@code paper-n16-p8-l4-u095-s007.json}. By default each scenario is written as the paper hands it to its optimiser:
 * after the default scheduler placed what it could (those pods running, the rest pending).
 */
@Command(name = "podpacking-paper", sortOptions = false,
        description = {"Generate the pod packing grid of Christensen, Giallorenzo & Mauro (2025), as podpacking-json "
                + "files: nodes 4, 8, 16, 32; 4 or 8 pods per node; 1, 2 or 4 priority levels; utilisation 0.90-1.05.",
            "Each option narrows the grid. Then: sched4j bench podpacking-paper --instances DIR."},
        exitCodeListHeading = "%nExit codes:%n", exitCodeList = {"0:scenarios written", ExitCodes.LIST_BAD_INPUT})
public final class GeneratePodPackingPaperCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--nodes", split = ",", paramLabel = "N", description = "Node counts; default: 4,8,16,32.")
    List<Integer> nodes = PaperGridGenerator.GRID_NODES;

    @Option(names = "--pods-per-node", split = ",", paramLabel = "N", description = "Pods per node; default: 4,8.")
    List<Integer> podsPerNode = PaperGridGenerator.GRID_PODS_PER_NODE;

    @Option(names = "--levels", split = ",", paramLabel = "N", description = "Priority levels; default: 1,2,4.")
    List<Integer> levels = PaperGridGenerator.GRID_PRIORITY_LEVELS;

    @Option(names = "--utilisation", split = ",", paramLabel = "U",
            description = "Target utilisations; default: 0.90,0.95,1.00,1.05.")
    List<Double> utilisations = PaperGridGenerator.GRID_UTILISATIONS;

    @Option(names = "--seeds", paramLabel = "N", defaultValue = "100",
            description = "Scenarios per grid cell, seeds 1..N; default: ${DEFAULT-VALUE} (the paper's).")
    int seeds;

    @Option(names = "--all-pending", description = "Write every pod pending instead of the state after the default "
            + "scheduler.")
    boolean allPending;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "DIR",
            description = "The folder to write (for the bench suite: DIR/podpacking/paper-grid).")
    Path output;

    @Override
    public Integer call() {
        if (seeds < 1) {
            throw new BadInputException("--seeds must be at least 1, got " + seeds);
        }
        int written = 0;
        for (int nodeCount : nodes) {
            for (int perNode : podsPerNode) {
                for (int levelCount : levels) {
                    for (double utilisation : utilisations) {
                        for (long seed = 1; seed <= seeds; seed++) {
                            PodPackingInstance scenario = scenario(nodeCount, perNode, levelCount, utilisation, seed);
                            PodPackingScenarioWriting.write(scenario, output.resolve(scenario.name() + ".json"));
                            written++;
                        }
                    }
                }
            }
        }
        spec.commandLine().getErr().println("wrote " + written + " scenarios to " + output);
        return ExitCodes.OK;
    }

    private PodPackingInstance scenario(int nodeCount, int perNode, int levelCount, double utilisation, long seed) {
        PodPackingInstance scenario = BadInputException.rethrowing(() -> PaperGridGenerator.generate(nodeCount, perNode,
                levelCount, utilisation, seed));
        return allPending ? scenario : PodPackingScenarioWriting.afterDefaultScheduler(scenario, scenario.podCount());
    }
}
