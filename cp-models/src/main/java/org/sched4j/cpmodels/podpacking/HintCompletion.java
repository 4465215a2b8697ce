package org.sched4j.cpmodels.podpacking;

import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.IntVar;
import com.google.ortools.sat.LinearArgument;
import com.google.ortools.sat.LinearExpr;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The values of a model's auxiliary variables (domain literals, counts, minima, GPU devices, ...) that a plan
 * implies, so that the solution hint is complete: CP-SAT then starts from the hinted plan at once instead of having to
 * complete it by search. Each auxiliary variable is defined when it is created, in terms of variables created before
 * it; {@link #hint} evaluates the definitions in that order.
 */
final class HintCompletion {

    /** The hinted values so far, by variable. */
    static final class Values {
        private final Map<Integer, Long> byIndex = new HashMap<>();

        /** The value of {@code expression} (its variables' values, 0 for a variable without one). */
        long of(LinearArgument expression) {
            LinearExpr linear = expression.build();
            long value = linear.getOffset();
            for (int i = 0; i < linear.numElements(); i++) {
                value += linear.getCoefficient(i) * byIndex.getOrDefault(linear.getVariableIndex(i), 0L);
            }
            return value;
        }

        /** Sets the value of {@code variable}. */
        void set(IntVar variable, long value) {
            byIndex.put(variable.getIndex(), value);
        }

        /** Whether {@code variable} has a value. */
        boolean has(IntVar variable) {
            return byIndex.containsKey(variable.getIndex());
        }
    }

    private final List<Consumer<Values>> definitions = new ArrayList<>();
    private final List<IntVar> variables = new ArrayList<>();

    /** Defines {@code variable} as equal to {@code expression}. */
    void equal(IntVar variable, LinearArgument expression) {
        variables.add(variable);
        definitions.add(values -> values.set(variable, values.of(expression)));
    }

    /** Defines {@code variables} by {@code definition}, which sets them from the values so far. */
    void define(List<? extends IntVar> defined, Consumer<Values> definition) {
        variables.addAll(defined);
        definitions.add(definition);
    }

    /**
     * Replaces the hint of {@code model}: {@code primary} sets the placement variables, then every definition runs in
     * order; a variable left without a value is not hinted.
     */
    void hint(CpModel model, Consumer<Values> primary, List<? extends IntVar> primaryVariables) {
        Values values = new Values();
        primary.accept(values);
        for (Consumer<Values> definition : definitions) {
            definition.accept(values);
        }
        model.clearHints();
        for (IntVar variable : primaryVariables) {
            model.addHint(variable, values.of(variable));
        }
        for (IntVar variable : variables) {
            if (values.has(variable)) {
                model.addHint(variable, values.of(variable));
            }
        }
    }
}
