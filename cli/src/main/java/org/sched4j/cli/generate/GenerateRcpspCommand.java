package org.sched4j.cli.generate;

import java.util.concurrent.Callable;
import org.sched4j.cli.BadInputException;
import org.sched4j.cli.ExitCodes;
import org.sched4j.instances.rcpsp.DataCentreMigrationGenerator;
import org.sched4j.instances.rcpsp.RConstraintBenchGenerator;
import org.sched4j.instances.rcpsp.RcpspJsonFormat;
import org.sched4j.rcpsp.RcpspInstance;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code sched4j generate rcpsp}: a random RCPSP instance with extensions, R-ConstraintBench style
 * ({@link RConstraintBenchGenerator}) or as a data-centre migration ({@code --flavour migration},
 * {@link DataCentreMigrationGenerator}), in the {@code rcpsp-json} format. The same options and seed give the same file.
 */
@Command(name = "rcpsp", sortOptions = false,
        description = "Generate an RCPSP instance with downtimes, time windows and disjunctive pairs (rcpsp-json).",
        exitCodeListHeading = "%nExit codes:%n", exitCodeList = {"0:instance written", ExitCodes.LIST_BAD_INPUT})
public final class GenerateRcpspCommand implements Callable<Integer> {

    /** The two kinds of instance. */
    enum Flavour { random, migration }

    @Spec
    CommandSpec spec;

    @Option(names = "--flavour", paramLabel = "KIND", defaultValue = "random",
            description = "random (R-ConstraintBench style) or migration (data-centre migration); "
                    + "default: ${DEFAULT-VALUE}.")
    Flavour flavour;

    @Option(names = "--activities", paramLabel = "N", defaultValue = "30",
            description = "random: activities; default: ${DEFAULT-VALUE}.")
    int activities;

    @Option(names = "--resources", paramLabel = "N", defaultValue = "4",
            description = "random: resources; default: ${DEFAULT-VALUE}.")
    int resources;

    @Option(names = "--precedences", paramLabel = "N", defaultValue = "45",
            description = "random: non-redundant precedences; default: ${DEFAULT-VALUE}.")
    int precedences;

    @Option(names = "--max-duration", paramLabel = "D", defaultValue = "10",
            description = "random: longest duration; default: ${DEFAULT-VALUE}.")
    int maxDuration;

    @Option(names = "--capacity", paramLabel = "C", defaultValue = "10",
            description = "random: capacity of each resource; default: ${DEFAULT-VALUE}.")
    int capacity;

    @Option(names = "--downtimes", paramLabel = "N", defaultValue = "0",
            description = "random: downtimes (layer 1); default: ${DEFAULT-VALUE}.")
    int downtimes;

    @Option(names = "--windows", paramLabel = "N", defaultValue = "0",
            description = "random: time windows (layer 2); default: ${DEFAULT-VALUE}.")
    int windows;

    @Option(names = "--disjunctive", paramLabel = "N", defaultValue = "0",
            description = "random: disjunctive pairs (layer 3); default: ${DEFAULT-VALUE}.")
    int disjunctive;

    @Option(names = "--servers", paramLabel = "N", defaultValue = "20",
            description = "migration: servers; default: ${DEFAULT-VALUE}.")
    int servers;

    @Option(names = "--crews", paramLabel = "N", defaultValue = "3",
            description = "migration: crews; default: ${DEFAULT-VALUE}.")
    int crews;

    @Option(names = "--days", paramLabel = "N", defaultValue = "5",
            description = "migration: days planned; default: ${DEFAULT-VALUE}.")
    int days;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "1",
            description = "The random seed; default: ${DEFAULT-VALUE}.")
    long seed;

    @Option(names = "--name", paramLabel = "NAME",
            description = "The instance's name; default: from the flavour and seed.")
    String name;

    @Mixin
    OutputFileMixin output;

    @Override
    public Integer call() {
        RcpspInstance instance = BadInputException.rethrowing(() -> flavour == Flavour.migration
                ? DataCentreMigrationGenerator.generate(name != null ? name : "migration-" + servers + "-" + seed,
                        servers, crews, days, seed)
                : RConstraintBenchGenerator.generate(new RConstraintBenchGenerator.Settings(
                        name != null ? name : "rcb-" + activities + "-" + seed, activities, resources,
                        precedences, maxDuration, capacity, downtimes, windows, disjunctive, seed)));
        output.write(new RcpspJsonFormat(), instance, spec.commandLine().getOut());
        return ExitCodes.OK;
    }
}
