package org.sched4j.cli.generate;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;
import org.sched4j.cli.BadInputException;
import org.sched4j.cli.ExitCodes;
import org.sched4j.instances.tardiness.OrlibWeightedTardinessFormat;
import org.sched4j.instances.tardiness.TardinessGenerator;
import org.sched4j.instances.tardiness.TardinessTextFormat;
import org.sched4j.tardiness.TardinessInstance;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code sched4j generate tardiness}: random single-machine tardiness instances by the tardiness factor TF and the
 * relative range of due dates RDD ({@link TardinessGenerator}): unweighted ones in the {@code tardiness-txt} format,
 * weighted ones ({@code --weighted}) as an OR-Library {@code orlib-wt} stream (name the file {@code wtN.txt}, N the
 * number of jobs). The same options and seed give the same file.
 */
@Command(name = "tardiness", sortOptions = false,
        description = "Generate single-machine tardiness instances: p ~ U[1,100], d ~ U[P(1-TF-RDD/2), P(1-TF+RDD/2)];"
                + " tardiness-txt format, or orlib-wt with --weighted (w ~ U[1,10]).",
        exitCodeListHeading = "%nExit codes:%n", exitCodeList = {"0:instances written", ExitCodes.LIST_BAD_INPUT})
public final class GenerateTardinessCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--jobs", required = true, paramLabel = "N", description = "The number of jobs.")
    int jobs;

    @Option(names = "--tf", paramLabel = "TF", defaultValue = "0.6",
            description = "The tardiness factor, 0 to 1; default: ${DEFAULT-VALUE}.")
    double tardinessFactor;

    @Option(names = "--rdd", paramLabel = "RDD", defaultValue = "0.6",
            description = "The relative range of due dates, 0 to 1; default: ${DEFAULT-VALUE}.")
    double relativeRange;

    @Option(names = "--weighted", description = "Draw weights U[1,10] and write an orlib-wt stream.")
    boolean weighted;

    @Option(names = "--count", paramLabel = "K", defaultValue = "1",
            description = "The number of instances in the file; default: ${DEFAULT-VALUE}.")
    int count;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "1",
            description = "The random seed of the first instance (the k-th uses seed + k - 1); default: ${DEFAULT-VALUE}.")
    long seed;

    @Mixin
    OutputFileMixin output;

    @Override
    public Integer call() {
        if (count < 1) {
            throw new BadInputException("--count must be at least 1, got " + count);
        }
        List<TardinessInstance> instances = BadInputException.rethrowing(() -> IntStream.range(0, count)
                .mapToObj(k -> TardinessGenerator.generate("tardiness-" + jobs + "-" + (seed + k), jobs,
                        tardinessFactor, relativeRange, weighted, seed + k))
                .toList());
        output.write(writer -> {
            for (TardinessInstance instance : instances) {
                if (weighted) {
                    new OrlibWeightedTardinessFormat().write(instance, writer);
                } else {
                    new TardinessTextFormat().write(instance, relativeRange, tardinessFactor, writer);
                }
            }
        }, spec.commandLine().getOut());
        return ExitCodes.OK;
    }
}
