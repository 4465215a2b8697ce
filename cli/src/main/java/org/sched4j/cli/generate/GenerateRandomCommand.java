package org.sched4j.cli.generate;

import java.util.concurrent.Callable;
import org.sched4j.cli.BadInputException;
import org.sched4j.cli.ExitCodes;
import org.sched4j.instances.jobshop.RandomJobShopGenerator;
import org.sched4j.instances.jsplib.JsplibFormat;
import org.sched4j.jobshop.JobShopInstance;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code sched4j generate random}: a random job-shop instance (each job visits every machine once, in a random order,
 * durations uniform in {@code [min, max]}), in the JSPLIB text format. The same options and seed give the same file.
 */
@Command(name = "random", sortOptions = false,
        description = "Generate a random job-shop instance (each job visits every machine once) in JSPLIB text format.",
        exitCodeListHeading = "%nExit codes:%n", exitCodeList = {"0:instance written", ExitCodes.LIST_BAD_INPUT})
public final class GenerateRandomCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--jobs", required = true, paramLabel = "N", description = "The number of jobs.")
    int jobs;

    @Option(names = "--machines", required = true, paramLabel = "M", description = "The number of machines.")
    int machines;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "1", description = "The random seed; default: ${DEFAULT-VALUE}.")
    long seed;

    @Option(names = "--min", paramLabel = "D", defaultValue = "1", description = "The shortest duration; default: ${DEFAULT-VALUE}.")
    int minDuration;

    @Option(names = "--max", paramLabel = "D", defaultValue = "99", description = "The longest duration; default: ${DEFAULT-VALUE}.")
    int maxDuration;

    @Option(names = "--name", paramLabel = "NAME",
            description = "The instance's name; default: random-<jobs>x<machines>-<seed>.")
    String name;

    @Mixin
    OutputFileMixin output;

    @Override
    public Integer call() {
        String instanceName = name != null ? name : "random-" + jobs + "x" + machines + "-" + seed;
        JobShopInstance instance = BadInputException.rethrowing(() -> RandomJobShopGenerator.generate(instanceName,
                jobs, machines, minDuration, maxDuration, seed));
        output.write(new JsplibFormat(), instance, spec.commandLine().getOut());
        return ExitCodes.OK;
    }
}
