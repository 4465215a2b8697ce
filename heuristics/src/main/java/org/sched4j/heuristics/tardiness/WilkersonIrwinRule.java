package org.sched4j.heuristics.tardiness;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.sched4j.api.SolveOptions;
import org.sched4j.tardiness.TardinessInstance;

/**
 * The Wilkerson–Irwin heuristic for 1||ΣT (Wilkerson &amp; Irwin 1971, as described by Baker 1974): jobs are taken in
 * EDD order (ties by shorter processing time) and compared pairwise, the earlier-due job α before the later β at time t when
 * {@code p_α ≤ p_β} or {@code t + max(p_α, p_β) ≤ max(d_α, d_β)}; otherwise β goes first, and the backtracking step
 * takes scheduled jobs back as long as the last scheduled job should not precede β by the same test. O(n²) in the
 * worst case. Weights are ignored.
 */
public final class WilkersonIrwinRule implements SequencingRule {

    @Override
    public String id() {
        return "wilkerson-irwin";
    }

    @Override
    public String description() {
        return "pairwise EDD/SPT interchange with backtracking (Wilkerson & Irwin 1971)";
    }

    @Override
    public int[] sequence(TardinessInstance instance, SolveOptions options) {
        int[] p = instance.processingTimes();
        int[] d = instance.dueDates();
        Deque<Integer> unscheduled = new ArrayDeque<>();
        for (int job : SortingRule.dueDateThenProcessingTime(instance)) {
            unscheduled.addLast(job);
        }
        List<Integer> scheduled = new ArrayList<>();
        long time = 0;
        int alpha = unscheduled.removeFirst();
        while (!unscheduled.isEmpty()) {
            int beta = unscheduled.removeFirst();
            if (precedes(alpha, beta, time, p, d)) {
                scheduled.add(alpha);
                time += p[alpha];
                alpha = beta;
                continue;
            }
            while (!scheduled.isEmpty()
                    && !precedes(scheduled.getLast(), beta, time - p[scheduled.getLast()], p, d)) {
                int taken = scheduled.removeLast();
                time -= p[taken];
                unscheduled.addFirst(alpha);
                alpha = taken;
            }
            scheduled.add(beta);
            time += p[beta];
        }
        scheduled.add(alpha);
        return scheduled.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Whether {@code first}, the earlier-due job, should precede {@code second} when the pair starts at {@code time}. */
    private static boolean precedes(int first, int second, long time, int[] p, int[] d) {
        return p[first] <= p[second] || time + Math.max(p[first], p[second]) <= Math.max(d[first], d[second]);
    }
}
