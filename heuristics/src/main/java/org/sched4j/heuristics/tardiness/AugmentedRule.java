package org.sched4j.heuristics.tardiness;

import java.util.Objects;
import org.sched4j.api.SolveOptions;
import org.sched4j.tardiness.TardinessInstance;

/**
 * A rule "augmented" as in Çetinkaya et al. 2025: the jobs are appended in the base rule's order, and after each
 * append every earlier job is tried at the end of the partial sequence; the move that lowers the partial sequence's
 * total weighted tardiness most is applied (none when none improves). Since the rules' next choices depend only on
 * the set of jobs already sequenced and their completion time, which these moves leave unchanged, improving after the
 * base rule finishes is the same as improving after each of its appends. O(n³).
 */
public final class AugmentedRule implements SequencingRule {

    private final SequencingRule base;

    /** The augmented variant of {@code base}. */
    public AugmentedRule(SequencingRule base) {
        this.base = Objects.requireNonNull(base, "base");
    }

    @Override
    public String id() {
        return base.id() + "-augmented";
    }

    @Override
    public String description() {
        return base.description() + ", augmented: after each append the best improving move of a job to the end";
    }

    @Override
    public int[] sequence(TardinessInstance instance, SolveOptions options) {
        int[] order = base.sequence(instance, options);
        int[] partial = new int[order.length];
        for (int length = 1; length <= order.length; length++) {
            partial[length - 1] = order[length - 1];
            improveOnce(instance, partial, length);
        }
        return partial;
    }

    private static void improveOnce(TardinessInstance instance, int[] partial, int length) {
        long best = cost(instance, partial, length, -1);
        int bestMoved = -1;
        for (int moved = 0; moved < length - 1; moved++) {
            long cost = cost(instance, partial, length, moved);
            if (cost < best) {
                best = cost;
                bestMoved = moved;
            }
        }
        if (bestMoved >= 0) {
            int job = partial[bestMoved];
            System.arraycopy(partial, bestMoved + 1, partial, bestMoved, length - 1 - bestMoved);
            partial[length - 1] = job;
        }
    }

    /** The total weighted tardiness of the first {@code length} jobs with the one at {@code moved} (or none) last. */
    private static long cost(TardinessInstance instance, int[] partial, int length, int moved) {
        long time = 0;
        long total = 0;
        for (int position = 0; position <= length; position++) {
            int index = position < length ? position : moved;
            if (index < 0 || (position < length && position == moved)) {
                continue;
            }
            var job = instance.job(partial[index]);
            time = Math.max(time, job.releaseDate()) + job.processingTime();
            total += (long) job.weight() * Math.max(0, time - job.dueDate());
        }
        return total;
    }
}
