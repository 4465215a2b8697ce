package org.sched4j.api;

import java.util.Objects;

/**
 * Names a class of problems and binds its instance type, its solution type, its objective sense and its evaluator.
 * Each problem package declares its type (e.g. {@code JobShopProblem.TYPE}); {@link ProblemTypes} lists them.
 *
 * @param <P> the problem (instance) type, an immutable record
 * @param <S> the solution type, immutable
 */
public final class ProblemType<P, S> {

    private final String name;
    private final String description;
    private final Class<P> problemClass;
    private final Class<S> solutionClass;
    private final ObjectiveSense sense;
    private final String objectiveName;
    private final Evaluator<P, S> evaluator;

    /**
     * @param name          the command-line name, lower case ({@code jobshop})
     * @param description   one line for people ({@code "job shop (JSSP), minimise the makespan"})
     * @param objectiveName the name of the objective ({@code makespan})
     */
    public ProblemType(String name, String description, Class<P> problemClass, Class<S> solutionClass,
                       ObjectiveSense sense, String objectiveName, Evaluator<P, S> evaluator) {
        this.name = Objects.requireNonNull(name, "name");
        this.description = Objects.requireNonNull(description, "description");
        this.problemClass = Objects.requireNonNull(problemClass, "problemClass");
        this.solutionClass = Objects.requireNonNull(solutionClass, "solutionClass");
        this.sense = Objects.requireNonNull(sense, "sense");
        this.objectiveName = Objects.requireNonNull(objectiveName, "objectiveName");
        this.evaluator = Objects.requireNonNull(evaluator, "evaluator");
    }

    /** The command-line name, lower case, e.g. {@code jobshop}. */
    public String name() {
        return name;
    }

    /** One line for people. */
    public String description() {
        return description;
    }

    public Class<P> problemClass() {
        return problemClass;
    }

    public Class<S> solutionClass() {
        return solutionClass;
    }

    /** Whether the objective is minimised or maximised. */
    public ObjectiveSense sense() {
        return sense;
    }

    /** The objective's name, e.g. {@code makespan}. */
    public String objectiveName() {
        return objectiveName;
    }

    /** The independent evaluator of this problem type. */
    public Evaluator<P, S> evaluator() {
        return evaluator;
    }

    /** Evaluates {@code solution} with this type's evaluator. */
    public Evaluation evaluate(P problem, S solution) {
        return evaluator.evaluate(Objects.requireNonNull(problem, "problem"), Objects.requireNonNull(solution, "solution"));
    }

    /** Casts {@code problem} to this type's problem class, with a clear message when it is not one. */
    public P castProblem(Object problem) {
        if (!problemClass.isInstance(problem)) {
            throw new IllegalArgumentException("problem type " + name + " expects a " + problemClass.getSimpleName()
                    + " but got " + (problem == null ? "null" : problem.getClass().getSimpleName()));
        }
        return problemClass.cast(problem);
    }

    @Override
    public String toString() {
        return name;
    }
}
