package org.sched4j.cli.generate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.sched4j.cli.BadInputException;
import org.sched4j.cli.ExitCodes;
import org.sched4j.cli.run.ResultCsv;
import org.sched4j.instances.BestKnown;
import org.sched4j.instances.jsplib.JsplibFormat;
import org.sched4j.instances.taillard.TaillardBenchmarks;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code sched4j generate taillard}: regenerates Taillard's job-shop instances ta01–ta80 from their seeds (Taillard,
 * EJOR 64, 1993) in the JSPLIB text format: one instance to standard output or a file, or all 80 into a folder
 * together with a {@code bks.csv} of their best known bounds (so that {@code sched4j solve DIR} reports gaps).
 */
@Command(name = "taillard", sortOptions = false,
        description = "Regenerate Taillard's job-shop instances (ta01..ta80) from their seeds, in JSPLIB text format.",
        exitCodeListHeading = "%nExit codes:%n", exitCodeList = {"0:instances written", ExitCodes.LIST_BAD_INPUT})
public final class GenerateTaillardCommand implements Callable<Integer> {

    private static final JsplibFormat JSPLIB = new JsplibFormat();

    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "NAME", description = "The instance, ta01 to ta80.")
    String name;

    @Option(names = "--all", description = "All 80 instances, as NAME.txt, and a bks.csv of their bounds (needs -o DIR).")
    boolean all;

    @Option(names = {"-o", "--output"}, paramLabel = "PATH",
            description = "The file to write (one instance; default: standard output), or the folder (--all).")
    Path output;

    @Override
    public Integer call() {
        if (all == (name != null)) {
            throw new BadInputException("name one instance (ta01 to ta80) or give --all, not " + (all ? "both" : "neither"));
        }
        if (!all) {
            OutputFileMixin.write(JSPLIB, BadInputException.rethrowing(() -> TaillardBenchmarks.instance(name)), output,
                    spec.commandLine().getOut());
            return ExitCodes.OK;
        }
        if (output == null) {
            throw new BadInputException("--all writes 80 files: give the folder with -o DIR");
        }
        List<String> bounds = new ArrayList<>(List.of("instance,lower_bound,upper_bound"));
        for (String name : TaillardBenchmarks.names()) {
            OutputFileMixin.write(JSPLIB, TaillardBenchmarks.instance(name), output.resolve(name + ".txt"), null);
            BestKnown known = TaillardBenchmarks.bestKnown(name);
            bounds.add(name + "," + ResultCsv.number(known.lowerBound()) + "," + ResultCsv.number(known.upperBound()));
        }
        try {
            Files.write(output.resolve("bks.csv"), bounds, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new BadInputException(output.resolve("bks.csv") + ": cannot write it: " + e.getMessage());
        }
        spec.commandLine().getErr().println("wrote " + TaillardBenchmarks.names().size()
                + " instances and bks.csv to " + output);
        return ExitCodes.OK;
    }
}
