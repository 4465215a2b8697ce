package org.sched4j.cli.generate;

import org.sched4j.cli.ExitCodes;
import picocli.CommandLine.Command;

/**
 * {@code sched4j generate KIND}: writes generated instances. The kinds are subcommands: {@code taillard}
 * ({@link GenerateTaillardCommand}) and {@code random} ({@link GenerateRandomCommand}). Without a kind it is a usage
 * error.
 */
@Command(name = "generate",
        description = "Generate instances: Taillard's job-shop benchmarks from their seeds, or random instances "
                + "of every problem.",
        subcommands = {GenerateTaillardCommand.class, GenerateRandomCommand.class, GenerateRcpspCommand.class,
                GenerateMaxCutCommand.class, GeneratePodPackingPaperCommand.class,
                GeneratePodPackingOpenbCommand.class, GenerateTardinessCommand.class,
                GenerateHeftRandomCommand.class},
        exitCodeListHeading = "%nExit codes:%n", exitCodeList = {"0:instances written", ExitCodes.LIST_BAD_INPUT})
public final class GenerateCommand {
}
