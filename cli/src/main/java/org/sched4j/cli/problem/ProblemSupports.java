package org.sched4j.cli.problem;

import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;
import org.sched4j.api.ProblemType;

/** The {@link ProblemSupport}s on the class path, found once with {@link ServiceLoader}. */
public final class ProblemSupports {

    private static final List<ProblemSupport> ALL = ServiceLoader.load(ProblemSupport.class).stream()
            .map(ServiceLoader.Provider::get).toList();

    private ProblemSupports() {
    }

    /** Every problem support, in the order of the service files. */
    public static List<ProblemSupport> all() {
        return ALL;
    }

    /** The support of {@code type}, if the command line has one. */
    public static Optional<ProblemSupport> of(ProblemType<?, ?> type) {
        return ALL.stream().filter(support -> support.type().equals(type)).findFirst();
    }
}
