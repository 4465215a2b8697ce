package org.sched4j.cli;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.sched4j.api.SolveOptions;
import picocli.CommandLine.Option;

/**
 * The options every solving command shares: the solver, its time limit, threads, seed, engine log and engine
 * parameters.
 */
public final class SolveOptionsMixin {

    @Option(names = "--solver", paramLabel = "ID", defaultValue = "auto", split = ",",
            description = "The solver (see `sched4j solvers`); repeat it, or separate ids with commas, to run several "
                    + "side by side; default: ${DEFAULT-VALUE}.")
    List<String> solvers;

    @Option(names = "--time-limit", paramLabel = "DURATION", defaultValue = "10s", converter = DurationConverter.class,
            description = "Time limit per instance and solver: 10s, 500ms, 2m, or plain seconds; default: ${DEFAULT-VALUE}.")
    Duration timeLimit;

    @Option(names = "--threads", paramLabel = "N",
            description = "Threads a solver may use; default: every available processor.")
    Integer threads;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "0",
            description = "Random seed; default: ${DEFAULT-VALUE}.")
    long seed;

    @Option(names = "--log", description = "Let the engine print its own search log to standard error.")
    boolean log;

    @Option(names = "--param", paramLabel = "KEY=VALUE",
            description = "An engine parameter, repeatable: e.g. tabu.max-iterations=200000 (stops the tabu search "
                    + "after that many iterations, which makes --threads 1 runs reproducible) or "
                    + "cpsat.linearization-level=2.")
    Map<String, String> parameters = new LinkedHashMap<>();

    /** The solver ids given with {@code --solver}, in order, without repeats; {@code auto} when none is given. */
    public List<String> solvers() {
        return List.copyOf(new LinkedHashSet<>(solvers));
    }

    /**
     * The options as the solver API takes them.
     *
     * @throws BadInputException when {@code --threads} is less than 1
     */
    public SolveOptions toSolveOptions() {
        int threadCount = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (threadCount < 1) {
            throw new BadInputException("--threads must be at least 1, got " + threadCount);
        }
        return new SolveOptions(timeLimit, seed, threadCount, log, parameters);
    }
}
