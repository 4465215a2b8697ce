package org.sched4j.api;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * The problem types on the class path, found through their {@link ProblemTypeProvider}s. Each problem package
 * declares its own type ({@code org.sched4j.jobshop.JobShopProblem.TYPE}, ...); this registry lists them by their
 * command-line names without knowing any of them.
 */
public final class ProblemTypes {

    private static final class Holder {
        private static final List<ProblemType<?, ?>> ALL = ServiceLoader.load(ProblemTypeProvider.class).stream()
                .flatMap(provider -> provider.get().problemTypes().stream())
                .sorted(Comparator.comparing(ProblemType::name))
                .toList();
    }

    private ProblemTypes() {
    }

    /** Every problem type found, sorted by name. */
    public static List<ProblemType<?, ?>> all() {
        return Holder.ALL;
    }

    /** The problem type with the given command-line name ({@code jobshop}), ignoring case, if any. */
    public static Optional<ProblemType<?, ?>> byName(String name) {
        return Holder.ALL.stream().filter(type -> type.name().equalsIgnoreCase(name)).findFirst();
    }
}
