package org.sched4j.cli.generate;

import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.sched4j.cli.BadInputException;
import org.sched4j.cli.ExitCodes;
import org.sched4j.instances.maxcut.GsetFormat;
import org.sched4j.instances.maxcut.MaxCutGenerators.Weights;
import org.sched4j.instances.maxcut.MaxCutGenerators;
import org.sched4j.maxcut.MaxCutInstance;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code sched4j generate maxcut}: a random max-cut graph in the rudy / Gset format: G(n, p), a 2-D or 3-D toroidal
 * ±1 grid, or a planar-like geometric graph. The same options and seed give the same file.
 */
@Command(name = "maxcut", sortOptions = false,
        description = "Generate a random max-cut graph (G(n,p), toroidal grid or planar-like) in the rudy/Gset format.",
        exitCodeListHeading = "%nExit codes:%n", exitCodeList = {"0:graph written", ExitCodes.LIST_BAD_INPUT})
public final class GenerateMaxCutCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--graph", required = true, paramLabel = "FAMILY",
            description = "gnp (Erdos-Renyi), torus (toroidal grid, +-1 weights) or planar (planar-like, k nearest).")
    String family;

    @Option(names = "--vertices", paramLabel = "N", defaultValue = "800",
            description = "Vertices of a gnp or planar graph; default: ${DEFAULT-VALUE}.")
    int vertices;

    @Option(names = "--probability", paramLabel = "P", defaultValue = "0.06",
            description = "Edge probability of a gnp graph; default: ${DEFAULT-VALUE} (like G1).")
    double probability;

    @Option(names = "--size", paramLabel = "AxB[xC]", defaultValue = "100x100",
            description = "Sides of a torus, 2 or 3 of them; default: ${DEFAULT-VALUE}.")
    String size;

    @Option(names = "--neighbours", paramLabel = "K", defaultValue = "3",
            description = "Nearest neighbours joined in a planar graph; default: ${DEFAULT-VALUE}.")
    int neighbours;

    @Option(names = "--weights", paramLabel = "KIND", defaultValue = "unit",
            description = "unit (all 1) or signed (+1/-1) for gnp and planar graphs; default: ${DEFAULT-VALUE}.")
    String weights;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "1", description = "The random seed; default: ${DEFAULT-VALUE}.")
    long seed;

    @Option(names = "--name", paramLabel = "NAME", description = "The graph's name; default: from the family and size.")
    String name;

    @Mixin
    OutputFileMixin output;

    @Override
    public Integer call() {
        output.write(new GsetFormat(), BadInputException.rethrowing(this::generate), spec.commandLine().getOut());
        return ExitCodes.OK;
    }

    private MaxCutInstance generate() {
        return switch (family) {
            case "gnp" -> MaxCutGenerators.randomGraph(nameOr("gnp-" + vertices + "-" + seed), vertices, probability,
                    weightKind(), seed);
            case "planar" -> MaxCutGenerators.planarLike(nameOr("planar-" + vertices + "-" + seed), vertices, neighbours,
                    weightKind(), seed);
            case "torus" -> torus();
            default -> throw new BadInputException("--graph must be gnp, torus or planar, got '" + family + "'");
        };
    }

    private MaxCutInstance torus() {
        int[] sides;
        try {
            sides = Arrays.stream(size.toLowerCase(Locale.ROOT).split("x")).mapToInt(Integer::parseInt).toArray();
        } catch (NumberFormatException e) {
            throw new BadInputException("--size must be AxB or AxBxC with whole numbers, got '" + size + "'");
        }
        String graphName = nameOr("torus-" + size + "-" + seed);
        return switch (sides.length) {
            case 2 -> MaxCutGenerators.toroidalGrid(graphName, sides[0], sides[1], seed);
            case 3 -> MaxCutGenerators.toroidalGrid(graphName, sides[0], sides[1], sides[2], seed);
            default -> throw new BadInputException("--size must have 2 or 3 sides, got '" + size + "'");
        };
    }

    private Weights weightKind() {
        return switch (weights) {
            case "unit" -> Weights.UNIT;
            case "signed" -> Weights.PLUS_MINUS_ONE;
            default -> throw new BadInputException("--weights must be unit or signed, got '" + weights + "'");
        };
    }

    private String nameOr(String generated) {
        return name != null ? name : generated;
    }
}
