package org.sched4j.api;

/**
 * Checks a solution against its problem and recomputes its objective, independently of every solver.
 *
 * <p>Evaluators are pure and cheap (linear or n log n in the size of the solution); they are run on every result.
 *
 * @param <P> the problem (instance) type
 * @param <S> the solution type
 */
@FunctionalInterface
public interface Evaluator<P, S> {

    /**
     * Evaluates {@code solution} for {@code problem}.
     *
     * @return the violations (empty when feasible) and the recomputed objective; never {@code null}
     * @throws NullPointerException if either argument is {@code null}
     */
    Evaluation evaluate(P problem, S solution);
}
