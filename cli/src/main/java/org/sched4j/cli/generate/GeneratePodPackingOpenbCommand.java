package org.sched4j.cli.generate;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.sched4j.cli.BadInputException;
import org.sched4j.cli.ExitCodes;
import org.sched4j.cli.InstancesFolderMixin;
import org.sched4j.instances.InstanceFormatException;
import org.sched4j.instances.podpacking.AlibabaOpenbSampler;
import org.sched4j.instances.podpacking.GeneratedCluster;
import org.sched4j.instances.podpacking.OpenbClusterGenerator;
import org.sched4j.instances.podpacking.OpenbTrace;
import org.sched4j.podpacking.PodPackingInstance;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code sched4j generate podpacking-openb}: a GPU cluster drawn from the Alibaba openb 2023 trace
 * ({@link OpenbClusterGenerator}: zones, GPU taints, a control plane, deployments with anti-affinity, spread and
 * disruption budgets), written as a {@code kubectl-json} folder; {@code --suite} writes the clusters of the
 * {@code podpacking-openb} bench suite; {@code --plain} gives the CPU-and-memory scenario of
 * {@link AlibabaOpenbSampler} in {@code podpacking-json}. Either way a running cluster that new pods arrive at: the
 * default scheduler has placed the first {@code --running-share} of the pods (in creation order), the rest are
 * pending.
 */
@Command(name = "podpacking-openb", sortOptions = false,
        description = {"Generate a GPU cluster of 100 to 1,500 nodes from the Alibaba openb 2023 node and pod lists, "
                + "as a kubectl-json folder (nodes.json, pods.json, pdb.json): 3 zones, GPU nodes tainted "
                + "nvidia.com/gpu=present:NoSchedule, a tainted control plane with static pods, deployments of 2-8 "
                + "replicas with hostname anti-affinity, zone spread, disruption budgets and GPU model selectors, "
                + "requesting --gpu-demand times the cluster's GPUs.",
            "--suite writes the clusters of the podpacking-openb bench suite; --plain the CPU-and-memory scenario "
                + "of the first version (podpacking-json)."},
        exitCodeListHeading = "%nExit codes:%n", exitCodeList = {"0:scenario written", ExitCodes.LIST_BAD_INPUT})
public final class GeneratePodPackingOpenbCommand implements Callable<Integer> {

    private static final double PLAIN_RUNNING_SHARE = 0.9;

    @Spec
    CommandSpec spec;

    @Option(names = "--nodes", paramLabel = "N", description = "The number of nodes (100 to 1,500; with --plain any).")
    Integer nodes;

    @Option(names = "--seed", paramLabel = "N", description = "The random seed; default: 1.")
    Long seed;

    @Option(names = "--gpu-demand", paramLabel = "D", description = "The GPUs the deployments request, as a "
            + "ratio of the cluster's GPUs, in (0, 4]; default: " + OpenbClusterGenerator.DEFAULT_GPU_DEMAND + ".")
    Double gpuDemand;

    @Option(names = "--running-share", paramLabel = "R",
            description = "The share of pods (the earliest created) placed by the default scheduler before the rest "
                    + "arrive; default: 0 (every pod pending, as the FGD experiments), with --plain 0.9.")
    Double runningShare;

    @Option(names = "--suite", description = "Write the podpacking-openb bench suite into the folder -o: nodes "
            + "100, 500, 1000, 1500, seeds 1-3, one kubectl-json folder each (then: sched4j bench podpacking-openb "
            + "--instances ROOT, with -o ROOT/podpacking/openb-clusters).")
    boolean suite;

    @Option(names = "--plain", description = "The CPU-and-memory scenario (no GPUs, labels or rules) of --nodes N "
            + "nodes and --pods P pods, as podpacking-json.")
    boolean plain;

    @Option(names = "--pods", paramLabel = "N", description = "With --plain: the number of pods.")
    Integer pods;

    @Option(names = "--format", paramLabel = "F", description = "kubectl-json (a folder; the default) or "
            + "podpacking-json (one file; the default with --plain, which it alone can hold).")
    String format;

    @Option(names = {"-o", "--output"}, paramLabel = "PATH",
            description = "The folder (kubectl-json) or file (podpacking-json) to write; podpacking-json goes to "
                    + "standard output without it.")
    Path output;

    @Mixin
    InstancesFolderMixin instances;

    @Override
    public Integer call() {
        double share = runningShare != null ? runningShare : plain ? PLAIN_RUNNING_SHARE : 0;
        if (!(share >= 0 && share <= 1)) {
            throw new BadInputException("--running-share must be in [0, 1], got " + share);
        }
        String chosenFormat = format != null ? format : plain ? "podpacking-json" : "kubectl-json";
        if (!chosenFormat.equals("kubectl-json") && !chosenFormat.equals("podpacking-json")) {
            throw new BadInputException("--format must be kubectl-json or podpacking-json, got " + chosenFormat);
        }
        if (!plain && pods != null) {
            throw new BadInputException("--pods is for --plain; a cluster draws deployments until they request "
                    + "--gpu-demand times its GPUs");
        }
        Path trace = instances.locate().resolve("podpacking").resolve("alibaba-openb-2023");
        if (plain) {
            return writePlain(trace, share, chosenFormat);
        }
        if (suite) {
            return writeSuite(trace);
        }
        if (nodes == null) {
            throw new BadInputException("give --nodes N (100 to 1,500), or --suite");
        }
        OpenbClusterGenerator.Settings settings = BadInputException.rethrowing(() -> new OpenbClusterGenerator.Settings(
                nodes, seed == null ? 1 : seed, gpuDemand == null ? OpenbClusterGenerator.DEFAULT_GPU_DEMAND
                : gpuDemand));
        GeneratedCluster cluster = PodPackingScenarioWriting.afterDefaultScheduler(
                OpenbClusterGenerator.generate(read(trace), settings), share);
        if (chosenFormat.equals("podpacking-json")) {
            OutputFileMixin.write(PodPackingScenarioWriting.FORMAT, cluster.instance(), output,
                    spec.commandLine().getOut());
            return ExitCodes.OK;
        }
        PodPackingScenarioWriting.writeKubectl(cluster, requireFolder());
        report(cluster.instance(), output);
        return ExitCodes.OK;
    }

    private int writePlain(Path trace, double share, String chosenFormat) {
        if (suite || gpuDemand != null) {
            throw new BadInputException("--plain takes neither --suite nor --gpu-demand");
        }
        if (nodes == null || pods == null) {
            throw new BadInputException("--plain needs --nodes N and --pods P");
        }
        PodPackingInstance scenario;
        try {
            scenario = AlibabaOpenbSampler.sample(trace, nodes, pods, seed == null ? 1 : seed);
        } catch (IllegalArgumentException | InstanceFormatException e) {
            throw new BadInputException(e.getMessage());
        }
        int arrived = (int) Math.round(share * scenario.podCount());
        PodPackingInstance running = PodPackingScenarioWriting.afterDefaultScheduler(scenario, arrived);
        if (chosenFormat.equals("kubectl-json")) {
            PodPackingScenarioWriting.writeKubectl(running, requireFolder());
            return ExitCodes.OK;
        }
        OutputFileMixin.write(PodPackingScenarioWriting.FORMAT, running, output, spec.commandLine().getOut());
        return ExitCodes.OK;
    }

    private int writeSuite(Path trace) {
        if (nodes != null || seed != null || gpuDemand != null || runningShare != null
                || format != null && !format.equals("kubectl-json")) {
            throw new BadInputException("--suite writes the suite's own clusters (nodes 100, 500, 1000, 1500; seeds "
                    + "1-3; kubectl-json); it takes no --nodes, --seed, --gpu-demand, --running-share or --format");
        }
        Path folder = requireFolder();
        OpenbTrace rows = read(trace);
        int written = 0;
        for (int nodeCount : OpenbClusterGenerator.SUITE_NODES) {
            for (long suiteSeed = 1; suiteSeed <= OpenbClusterGenerator.SUITE_SEEDS; suiteSeed++) {
                GeneratedCluster cluster = OpenbClusterGenerator.generate(rows,
                        OpenbClusterGenerator.Settings.of(nodeCount, suiteSeed));
                PodPackingScenarioWriting.writeKubectl(cluster, folder.resolve(cluster.instance().name()));
                written++;
            }
        }
        spec.commandLine().getErr().println("wrote " + written + " clusters to " + folder);
        return ExitCodes.OK;
    }

    private static OpenbTrace read(Path trace) {
        try {
            return OpenbTrace.read(trace);
        } catch (InstanceFormatException e) {
            throw new BadInputException(e.getMessage());
        }
    }

    private Path requireFolder() {
        if (output == null) {
            throw new BadInputException("kubectl-json writes a folder: give -o DIR");
        }
        return output;
    }

    private void report(PodPackingInstance scenario, Path folder) {
        long gpus = scenario.nodes().stream().mapToLong(node -> node.gpus()).sum();
        double requested = scenario.pods().stream().mapToLong(pod -> pod.gpu().totalMilli()).sum() / 1000.0;
        spec.commandLine().getErr().printf("wrote %s to %s: %d nodes (%d GPUs), %d pods (%d pending, %.1f GPUs "
                + "requested), %d disruption budgets%n", scenario.name(), folder, scenario.nodeCount(), gpus,
                scenario.podCount(), scenario.pendingCount(), requested, scenario.budgets().size());
    }
}
