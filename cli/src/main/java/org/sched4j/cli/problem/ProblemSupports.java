package org.sched4j.cli.problem;

import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;
import org.sched4j.api.ProblemType;

/** The {@link ProblemSupport}s on the class path, found once with {@link ServiceLoader}. */
public final class ProblemSupports {

    private static final List<ProblemSupport<?, ?>> ALL = ServiceLoader.load(ProblemSupport.class).stream()
            .<ProblemSupport<?, ?>>map(ServiceLoader.Provider::get).toList();

    private ProblemSupports() {
    }

    /** Every problem support, in the order of the service files. */
    public static List<ProblemSupport<?, ?>> all() {
        return ALL;
    }

    /** The support of {@code type}, typed by it, if the command line has one. */
    public static <P, S> Optional<ProblemSupport<P, S>> of(ProblemType<P, S> type) {
        return ALL.stream().filter(support -> support.type().equals(type)).findFirst()
                .map(support -> typed(support, type));
    }

    /**
     * {@code support} with the type parameters of {@code type}. Sound because a support's {@link ProblemSupport#type}
     * binds its parameters and the caller checked that it equals {@code type}; the one unchecked conversion of the
     * command line, so that no caller casts an instance or a solution.
     */
    @SuppressWarnings("unchecked")
    private static <P, S> ProblemSupport<P, S> typed(ProblemSupport<?, ?> support, ProblemType<P, S> type) {
        return (ProblemSupport<P, S>) support;
    }
}
