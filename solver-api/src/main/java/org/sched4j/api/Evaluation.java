package org.sched4j.api;

import java.util.List;
import java.util.Objects;

/**
 * The verdict of an {@link Evaluator} on one solution: feasible or not, every violated constraint in words, and
 * the objective recomputed from the solution alone.
 *
 * @param violations the violated constraints, in a stable order; empty when the solution is feasible
 * @param objective  the objective recomputed by the evaluator; meaningful when the solution is feasible and
 *                   computed as far as possible otherwise ({@code NaN} when it cannot be computed)
 */
public record Evaluation(List<String> violations, double objective) {

    public Evaluation {
        violations = List.copyOf(Objects.requireNonNull(violations, "violations"));
    }

    /** A feasible solution with the given objective. */
    public static Evaluation feasible(double objective) {
        return new Evaluation(List.of(), objective);
    }

    /** Returns true when no constraint is violated. */
    public boolean isFeasible() {
        return violations.isEmpty();
    }

    /** The violations joined into one message, or {@code "feasible"}. */
    public String summary() {
        if (violations.isEmpty()) {
            return "feasible";
        }
        int shown = Math.min(violations.size(), 5);
        String head = String.join("; ", violations.subList(0, shown));
        return violations.size() > shown ? head + "; and " + (violations.size() - shown) + " more" : head;
    }
}
