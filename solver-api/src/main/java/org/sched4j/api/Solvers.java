package org.sched4j.api;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.ServiceLoader;
import java.util.stream.Collectors;

/** The registry of every solver on the class path, loaded once through {@link SolverProvider}s. */
public final class Solvers {

    private static final class Holder {
        private static final List<Solver<?, ?>> ALL = load();
    }

    private Solvers() {
    }

    private static List<Solver<?, ?>> load() {
        List<Solver<?, ?>> solvers = new ArrayList<>();
        for (SolverProvider provider : ServiceLoader.load(SolverProvider.class)) {
            solvers.addAll(provider.solvers());
        }
        solvers.sort(Comparator.comparing((Solver<?, ?> solver) -> solver.problemType().name())
                .thenComparing(Solver::id));
        return List.copyOf(solvers);
    }

    /** Every solver found, sorted by problem type and id. */
    public static List<Solver<?, ?>> all() {
        return Holder.ALL;
    }

    /** The solvers of one problem type, sorted by id. */
    @SuppressWarnings("unchecked")
    public static <P, S> List<Solver<P, S>> forProblem(ProblemType<P, S> type) {
        List<Solver<P, S>> matching = new ArrayList<>();
        for (Solver<?, ?> solver : Holder.ALL) {
            if (solver.problemType() == type) {
                matching.add((Solver<P, S>) solver);
            }
        }
        return matching;
    }

    /**
     * The solver of {@code type} with identifier {@code id}.
     *
     * @throws IllegalArgumentException naming the solvers that exist for {@code type} when there is none with that id
     */
    public static <P, S> Solver<P, S> get(ProblemType<P, S> type, String id) {
        List<Solver<P, S>> candidates = forProblem(type);
        return candidates.stream()
                .filter(solver -> solver.id().equals(id))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no solver '" + id + "' for problem " + type.name()
                        + "; available: " + candidates.stream().map(Solver::id).collect(Collectors.joining(", "))));
    }
}
