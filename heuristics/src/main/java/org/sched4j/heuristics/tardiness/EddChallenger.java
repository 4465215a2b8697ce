package org.sched4j.heuristics.tardiness;

import java.util.Comparator;
import java.util.stream.IntStream;
import org.sched4j.api.SolveOptions;
import org.sched4j.tardiness.TardinessInstance;

/**
 * EDD Challenger (Çetinkaya et al. 2025), as the paper's code defines it: start from the jobs sorted by processing
 * time, ties by due date; for i = 1..n−1, walk j from i down while the job at j has an earlier due date than the job
 * at j−1: swap them when the job at j−1 is early (its due date exceeds the total processing time of the jobs at
 * positions 0..j−1), and move j one step down either way. O(n²). Weights and release dates are ignored.
 */
public final class EddChallenger implements SequencingRule {

    @Override
    public String id() {
        return "eddc";
    }

    @Override
    public String description() {
        return "EDD Challenger, an LLM-discovered insertion of SPT into EDD (Cetinkaya et al. 2025)";
    }

    @Override
    public int[] sequence(TardinessInstance instance, SolveOptions options) {
        int[] p = instance.processingTimes();
        int[] d = instance.dueDates();
        int[] order = IntStream.range(0, p.length).boxed()
                .sorted(Comparator.<Integer>comparingInt(job -> p[job]).thenComparingInt(job -> d[job]))
                .mapToInt(Integer::intValue).toArray();
        for (int i = 1; i < order.length; i++) {
            long before = 0;
            for (int k = 0; k < i; k++) {
                before += p[order[k]];
            }
            for (int j = i; j > 0 && d[order[j]] < d[order[j - 1]]; j--) {
                int previous = order[j - 1];
                if (d[previous] > before) {
                    order[j - 1] = order[j];
                    order[j] = previous;
                }
                before -= p[previous];
            }
        }
        return order;
    }
}
