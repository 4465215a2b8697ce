package org.sched4j.api;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.ServiceLoader;
import java.util.stream.Collectors;

/** The registry of every solver on the class path, loaded once through {@link SolverProvider}s. */
public final class Solvers {

    private static final class Holder {
        private static final List<SolverProvider> PROVIDERS =
                ServiceLoader.load(SolverProvider.class).stream().map(ServiceLoader.Provider::get).toList();
        private static final List<Solver<?, ?>> ALL = load();
    }

    private Solvers() {
    }

    private static List<Solver<?, ?>> load() {
        List<Solver<?, ?>> solvers = new ArrayList<>();
        for (SolverProvider provider : Holder.PROVIDERS) {
            solvers.addAll(provider.solvers());
        }
        solvers.sort(Comparator.comparing((Solver<?, ?> solver) -> solver.problemType().name())
                .thenComparing(Solver::id));
        return List.copyOf(solvers);
    }

    /**
     * Pays every module's one-off costs now (OR-Tools' native library, the GPU context where there is one), so that the
     * first solve in this JVM does not spend part of its time limit on them. Call it once at start-up; the command line
     * and the benchmark harnesses do. Idempotent; returns the time it took.
     */
    public static Duration warmUp() {
        long start = System.nanoTime();
        Holder.PROVIDERS.forEach(SolverProvider::warmUp);
        return Duration.ofNanos(System.nanoTime() - start);
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
