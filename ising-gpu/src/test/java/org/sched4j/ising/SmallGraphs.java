package org.sched4j.ising;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.sched4j.maxcut.Cut;
import org.sched4j.maxcut.MaxCutEvaluator;
import org.sched4j.maxcut.MaxCutInstance;

/** Small random graphs and their maximum cuts by enumeration, for the annealers' tests. */
public final class SmallGraphs {

    private SmallGraphs() {
    }

    /** A G(n, p) graph with weights drawn from {@code -2 .. 5}, reproducible from {@code seed}. */
    public static MaxCutInstance random(int n, double p, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<int[]> edges = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                if (random.nextDouble() < p) {
                    edges.add(new int[] {i, j, random.nextInt(-2, 6)});
                }
            }
        }
        return MaxCutInstance.of("random-" + n + "-" + seed, n, edges.stream().mapToInt(e -> e[0]).toArray(),
                edges.stream().mapToInt(e -> e[1]).toArray(), edges.stream().mapToInt(e -> e[2]).toArray());
    }

    /** The maximum cut weight of {@code graph} by enumerating the 2^(n-1) cuts (n at most 22). */
    public static long maximumCut(MaxCutInstance graph) {
        int n = graph.vertexCount();
        if (n > 22) {
            throw new IllegalArgumentException("too many vertices to enumerate: " + n);
        }
        long best = Long.MIN_VALUE;
        boolean[] sides = new boolean[n];
        for (int mask = 0; mask < 1 << (n - 1); mask++) {
            for (int v = 0; v < n - 1; v++) {
                sides[v] = (mask >> v & 1) == 1;
            }
            best = Math.max(best, MaxCutEvaluator.cutWeight(graph, Cut.of(sides)));
        }
        return best;
    }
}
