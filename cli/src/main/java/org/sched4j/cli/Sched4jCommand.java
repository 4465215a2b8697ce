package org.sched4j.cli;

import java.io.PrintWriter;
import org.sched4j.cli.bench.BenchCommand;
import org.sched4j.cli.generate.GenerateCommand;
import org.sched4j.cli.info.SolversCommand;
import org.sched4j.cli.solve.DemoCommand;
import org.sched4j.cli.solve.SolveCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine;

/**
 * The {@code sched4j} command: solve instance files, run benchmark suites, generate instances, list what is
 * available, or run the demo. Each subcommand is one class; this class only assembles them and maps failures to the
 * documented exit codes ({@link ExitCodes}). Subcommands inherit {@code --help} and {@code --version}.
 */
@Command(name = "sched4j", scope = ScopeType.INHERIT, mixinStandardHelpOptions = true,
        versionProvider = Sched4jCommand.Version.class,
        description = "Combinatorial scheduling solvers, every result checked by an independent evaluator and "
                + "scored against the best known bounds.",
        subcommands = {SolveCommand.class, BenchCommand.class, GenerateCommand.class, SolversCommand.class,
                DemoCommand.class, CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {ExitCodes.LIST_OK, ExitCodes.LIST_FAILED, ExitCodes.LIST_BAD_INPUT})
public final class Sched4jCommand {

    /** Runs the command line and exits with its exit code. */
    public static void main(String[] args) {
        System.exit(newCommandLine().execute(args));
    }

    /**
     * A ready command line: bad input ({@link BadInputException}) prints its message and exits with
     * {@link ExitCodes#BAD_INPUT}; a usage error prints the error and a hint (the list of commands, for a command
     * that has subcommands) and exits with {@link ExitCodes#BAD_INPUT}; any other exception prints its stack trace and exits with {@link ExitCodes#FAILED}.
     * Tests redirect its output with {@link CommandLine#setOut} and {@link CommandLine#setErr}.
     */
    public static CommandLine newCommandLine() {
        CommandLine commandLine = new CommandLine(new Sched4jCommand());
        commandLine.setExecutionExceptionHandler((exception, failed, parseResult) -> {
            PrintWriter err = failed.getErr();
            if (exception instanceof BadInputException) {
                err.println("sched4j " + failed.getCommandName() + ": " + exception.getMessage());
                err.flush();
                return ExitCodes.BAD_INPUT;
            }
            err.println("sched4j " + failed.getCommandName() + ": internal error: " + exception);
            exception.printStackTrace(err);
            err.flush();
            return ExitCodes.FAILED;
        });
        commandLine.setParameterExceptionHandler((exception, args) -> {
            CommandLine failed = exception.getCommandLine();
            PrintWriter err = failed.getErr();
            err.println(failed.getCommandSpec().qualifiedName() + ": " + exception.getMessage());
            CommandLine.UnmatchedArgumentException.printSuggestions(exception, err);
            if (failed.getSubcommands().isEmpty()) {
                err.println("Run '" + failed.getCommandSpec().qualifiedName() + " --help' for the options.");
            } else {
                failed.usage(err);
            }
            err.flush();
            return ExitCodes.BAD_INPUT;
        });
        return commandLine;
    }

    /** The version from the jar's manifest, or "development build" when run from classes. */
    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = Sched4jCommand.class.getPackage().getImplementationVersion();
            return new String[] {"sched4j " + (version == null ? "(development build)" : version)};
        }
    }
}
