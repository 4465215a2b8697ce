package org.sched4j.api;

import java.util.List;

/**
 * Supplies the solvers of one module to {@link Solvers}, through {@link java.util.ServiceLoader}: a module lists its
 * provider in {@code META-INF/services/org.sched4j.api.SolverProvider}. Adding a solver never edits a switch
 * statement elsewhere.
 */
public interface SolverProvider {

    /** The solvers this module offers, each ready to use. */
    List<Solver<?, ?>> solvers();

    /**
     * Pays this module's one-off costs (loading a native library, creating a GPU context) so that no solve pays them
     * inside its time limit. Called by {@link Solvers#warmUp()}; idempotent; the default does nothing.
     */
    default void warmUp() {
    }
}
