package org.sched4j.cli;

import java.nio.file.Path;
import java.util.Optional;
import org.sched4j.instances.BenchmarkData;
import picocli.CommandLine.Option;

/** The {@code --instances DIR} option of the commands that read the public benchmark instances in place. */
public final class InstancesFolderMixin {

    @Option(names = "--instances", paramLabel = "DIR",
            description = "The folder of benchmark instances (holding jobshop/, rcpsp/, podpacking/, ...); default: "
                    + "$" + BenchmarkData.ENVIRONMENT_VARIABLE + ", else ../shared/instances.")
    Path folder;

    /**
     * The benchmark instances folder ({@link BenchmarkData#locate}).
     *
     * @throws BadInputException naming every place looked at, and how to name the folder, when none holds the data
     */
    public Path locate() {
        Optional<Path> explicit = Optional.ofNullable(folder);
        try {
            return BenchmarkData.locate(explicit);
        } catch (IllegalStateException e) {
            throw new BadInputException("benchmark instances not found; looked at: " + String.join(", ",
                    BenchmarkData.searchPath(explicit).stream().map(Path::toString).toList())
                    + ". Pass --instances DIR or set " + BenchmarkData.ENVIRONMENT_VARIABLE
                    + " to the folder that holds jobshop/.");
        }
    }
}
