package org.sched4j.cli.generate;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.sched4j.cli.BadInputException;
import org.sched4j.cli.ExitCodes;
import org.sched4j.cli.InstancesFolderMixin;
import org.sched4j.instances.InstanceFormatException;
import org.sched4j.instances.podpacking.AlibabaOpenbSampler;
import org.sched4j.podpacking.PodPackingInstance;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code sched4j generate podpacking-openb}: a scenario sampled from the Alibaba openb 2023 trace
 * ({@link AlibabaOpenbSampler}), as a running cluster that new pods arrive at: the default scheduler has placed the
 * first {@code --running-share} of the pods (in creation order), the rest are pending.
 */
@Command(name = "podpacking-openb", sortOptions = false,
        description = "Sample a pod packing scenario of any size from the Alibaba openb 2023 node and pod lists, as "
                + "podpacking-json: a running cluster (placed by the default scheduler) with newly arrived pods.",
        exitCodeListHeading = "%nExit codes:%n", exitCodeList = {"0:scenario written", ExitCodes.LIST_BAD_INPUT})
public final class GeneratePodPackingOpenbCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--nodes", required = true, paramLabel = "N", description = "The number of nodes.")
    int nodes;

    @Option(names = "--pods", required = true, paramLabel = "N", description = "The number of pods.")
    int pods;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "1", description = "The random seed; default: ${DEFAULT-VALUE}.")
    long seed;

    @Option(names = "--running-share", paramLabel = "R", defaultValue = "0.9",
            description = "The share of pods (the earliest created) placed by the default scheduler before the rest "
                    + "arrive; default: ${DEFAULT-VALUE}.")
    double runningShare;

    @Mixin
    InstancesFolderMixin instances;

    @Mixin
    OutputFileMixin output;

    @Override
    public Integer call() {
        if (!(runningShare >= 0 && runningShare <= 1)) {
            throw new BadInputException("--running-share must be in [0, 1], got " + runningShare);
        }
        Path trace = instances.locate().resolve("podpacking").resolve("alibaba-openb-2023");
        PodPackingInstance scenario;
        try {
            scenario = AlibabaOpenbSampler.sample(trace, nodes, pods, seed);
        } catch (IllegalArgumentException | InstanceFormatException e) {
            throw new BadInputException(e.getMessage());
        }
        int arrived = (int) Math.round(runningShare * scenario.podCount());
        output.write(PodPackingScenarioWriting.FORMAT, PodPackingScenarioWriting.afterDefaultScheduler(scenario,
                arrived), spec.commandLine().getOut());
        return ExitCodes.OK;
    }
}
