package org.sched4j.heuristics.tardiness;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.sched4j.api.Deadline;
import org.sched4j.api.ProblemType;
import org.sched4j.api.SolutionListener;
import org.sched4j.api.SolveOptions;
import org.sched4j.api.SolveResult;
import org.sched4j.api.SolveStatus;
import org.sched4j.api.Solver;
import org.sched4j.tardiness.JobSequence;
import org.sched4j.tardiness.TardinessEvaluator;
import org.sched4j.tardiness.TardinessInstance;
import org.sched4j.tardiness.TardinessProblem;

/**
 * Runs one or several sequencing rules and returns the best sequence (the first rule wins ties). The result is
 * FEASIBLE, or OPTIMAL with bound 0 when no job is tardy. The time limit is not consulted: a rule takes O(n²)
 * (O(n³) augmented), far less than any limit for the sizes of the benchmarks. The listener hears of each improving
 * sequence.
 */
public final class SequencingRuleSolver implements Solver<TardinessInstance, JobSequence> {

    private final String id;
    private final String description;
    private final List<SequencingRule> rules;

    private SequencingRuleSolver(String id, String description, List<SequencingRule> rules) {
        this.id = id;
        this.description = description;
        this.rules = List.copyOf(rules);
    }

    /** The solver of one rule, with the rule's id. */
    public static SequencingRuleSolver of(SequencingRule rule) {
        Objects.requireNonNull(rule, "rule");
        return new SequencingRuleSolver(rule.id(), rule.description(), List.of(rule));
    }

    /** {@code best-rule}: the best of every plain and augmented rule. */
    public static SequencingRuleSolver bestRule() {
        return new SequencingRuleSolver("best-rule", "the best of every sequencing rule, plain and augmented",
                SequencingRules.all());
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public ProblemType<TardinessInstance, JobSequence> problemType() {
        return TardinessProblem.TYPE;
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public SolveResult<JobSequence> solve(TardinessInstance problem, SolveOptions options,
                                          SolutionListener<JobSequence> listener) {
        long startNanos = System.nanoTime();
        Deadline deadline = Deadline.of(options);
        int[] best = null;
        long bestCost = Long.MAX_VALUE;
        Duration timeToBest = Duration.ZERO;
        for (SequencingRule rule : rules) {
            if (best != null && deadline.isReached()) {
                break;
            }
            int[] order = rule.sequence(problem, options);
            long cost = TardinessEvaluator.totalWeightedTardiness(problem, order);
            if (cost < bestCost) {
                best = order;
                bestCost = cost;
                timeToBest = Duration.ofNanos(System.nanoTime() - startNanos);
                listener.onImprovingSolution(JobSequence.of(order), cost, 0, timeToBest);
            }
        }
        return SolveResult.builder(TardinessProblem.TYPE, problem, id)
                .status(bestCost == 0 ? SolveStatus.OPTIMAL : SolveStatus.FEASIBLE)
                .solution(JobSequence.of(best), bestCost)
                .bound(0)
                .timeToBest(timeToBest)
                .statistic("rules", rules.size())
                .build(Duration.ofNanos(System.nanoTime() - startNanos));
    }
}
