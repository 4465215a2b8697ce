package org.sched4j.instances;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds the folder of public benchmark instances (the {@code instances} folder with {@code jobshop/},
 * {@code rcpsp/}, ...), which sched4j reads in place and never copies.
 *
 * <p>Looks, in order ({@link #searchPath}), at: the folder given explicitly, and then there only; the environment
 * variable {@code SCHED4J_INSTANCES}; {@code ../shared/instances} beside the project root
 * ({@code SCHED4J_PROJECT_ROOT}, set by the build and the launcher) and beside the working folder and each of its
 * parents.
 */
public final class BenchmarkData {

    /** The environment variable that names the instances folder. */
    public static final String ENVIRONMENT_VARIABLE = "SCHED4J_INSTANCES";

    private BenchmarkData() {
    }

    /**
     * The instances folder.
     *
     * @param explicit the folder the user named, if any; it is used as given, or an error if it does not exist
     * @throws IllegalStateException naming every place looked at when none holds the data
     */
    public static Path locate(Optional<Path> explicit) {
        List<Path> candidates = searchPath(explicit);
        for (Path candidate : candidates) {
            if (Files.isDirectory(candidate)) {
                return candidate.toAbsolutePath().normalize();
            }
            if (explicit.isPresent() && candidate.equals(explicit.get())) {
                break;
            }
        }
        throw new IllegalStateException("benchmark instances not found; looked at: " + String.join(", ",
                candidates.stream().map(Path::toString).toList())
                + "; name the folder that holds jobshop/ explicitly or set " + ENVIRONMENT_VARIABLE + " to it");
    }

    /** The instances folder, if it can be found (see {@link #locate}). */
    public static Optional<Path> find() {
        try {
            return Optional.of(locate(Optional.empty()));
        } catch (IllegalStateException e) {
            return Optional.empty();
        }
    }

    /**
     * The folders {@link #locate} looks at, in order: {@code explicit} alone when given, else the environment variable's
     * folder and every {@code shared/instances} beside the project root and the working folder's ancestors.
     */
    public static List<Path> searchPath(Optional<Path> explicit) {
        List<Path> candidates = new ArrayList<>();
        if (explicit.isPresent()) {
            candidates.add(explicit.get());
            return candidates;
        }
        String fromEnvironment = System.getenv(ENVIRONMENT_VARIABLE);
        if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            candidates.add(Path.of(fromEnvironment));
        }
        String projectRoot = System.getenv("SCHED4J_PROJECT_ROOT");
        if (projectRoot != null && !projectRoot.isBlank()) {
            candidates.add(Path.of(projectRoot).toAbsolutePath().normalize().resolveSibling("shared").resolve("instances"));
        }
        for (Path folder = Path.of("").toAbsolutePath(); folder != null; folder = folder.getParent()) {
            Path sibling = folder.resolveSibling("shared").resolve("instances");
            if (!candidates.contains(sibling)) {
                candidates.add(sibling);
            }
        }
        return candidates;
    }
}
