package org.sched4j.heuristics.dispatch;

import java.util.Locale;

/**
 * Job-shop dispatching rules (priority rules): which of the candidate operations to schedule next. Each rule ranks
 * the candidates; ties go to the smaller job index, so every rule but {@link #RANDOM} is deterministic.
 *
 * <p>Sources: Panwalkar &amp; Iskander, "A survey of scheduling rules", Operations Research 25(1), 1977; Sels,
 * Gheysen &amp; Vanhoucke, "A comparison of priority rules for the job shop scheduling problem under different flow
 * time- and tardiness-related objective functions", International Journal of Production Research 50(15), 2012.
 */
public enum DispatchRule {
    /** Shortest processing time first. */
    SPT,
    /** Longest processing time first. */
    LPT,
    /** Most work remaining in the job, the operation included. */
    MWKR,
    /** Most operations remaining in the job, the operation included. */
    MOPNR,
    /**
     * Smallest ratio of the flow due date (the job's processing time up to and including the operation) to the work
     * remaining (the operation included); Sels, Gheysen &amp; Vanhoucke 2012.
     */
    FDD_MWKR,
    /** First in, first out: the operation whose job predecessor ended earliest (at 0 for a first operation). */
    FIFO,
    /** A uniformly random candidate, drawn from a {@link java.util.SplittableRandom} seeded by the caller. */
    RANDOM;

    /** The rule's lower-case name as used in solver ids: {@code spt}, {@code fdd-mwkr}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Returns true for every rule but {@link #RANDOM}: the same instance always gives the same schedule. */
    public boolean isDeterministic() {
        return this != RANDOM;
    }

    /** This rule's ranking for {@code table}; {@code seed} seeds {@link #RANDOM} and is ignored by the others. */
    PriorityRule priorityRule(OperationTable table, long seed) {
        return switch (this) {
            case SPT -> new ShortestProcessingTimeRule(table);
            case LPT -> new LongestProcessingTimeRule(table);
            case MWKR -> new MostWorkRemainingRule(table);
            case MOPNR -> new MostOperationsRemainingRule(table);
            case FDD_MWKR -> new FlowDueDateOverWorkRemainingRule(table);
            case FIFO -> new FirstInFirstOutRule();
            case RANDOM -> new RandomRule(seed);
        };
    }
}
