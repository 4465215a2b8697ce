package org.sched4j.heuristics.tardiness;

import org.sched4j.api.SolveOptions;
import org.sched4j.tardiness.TardinessInstance;

/**
 * A rule that sequences the jobs of a single-machine tardiness instance in one pass, without search. Rules are
 * stateless and thread-safe.
 */
public interface SequencingRule {

    /** The stable, lower-case solver id ({@code edd}, {@code mddc}). */
    String id();

    /** One line for people: the rule and its source. */
    String description();

    /**
     * The rule's sequence.
     *
     * @param options the caller's options; rules with parameters read them from {@link SolveOptions#parameters()}
     * @return the job numbers (from 0) in processing order, a permutation of the jobs
     */
    int[] sequence(TardinessInstance instance, SolveOptions options);
}
