package org.sched4j.instances.taskgraph;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sched4j.taskgraph.TaskGraphInstance;

/**
 * The fixed-seed suite of 300 random task graphs of the {@code taskgraph-random} benchmark, drawn with
 * {@link RandomTaskGraphGenerator}: every combination of CCR 0.1, 0.5, 1, 5, 10; beta 0.1, 0.25, 0.5, 1; alpha 0.5,
 * 1, 2; and v = 20, 40, 60, 80, 100 tasks; with out-degree 1 to 5 and 2, 4 or 8 processors in turn, mean cost 20,
 * and graph {@code i} drawn with seed {@code 1000 + i}. Names read {@code r007-ccr0.1-b0.25-a1-v60-q4}.
 */
public final class RandomTaskGraphSuite {

    /** The communication-to-computation ratios of the suite. */
    public static final List<Double> CCRS = List.of(0.1, 0.5, 1.0, 5.0, 10.0);

    private static final List<Double> BETAS = List.of(0.1, 0.25, 0.5, 1.0);
    private static final List<Double> ALPHAS = List.of(0.5, 1.0, 2.0);
    private static final List<Integer> SIZES = List.of(20, 40, 60, 80, 100);
    private static final List<Integer> PROCESSORS = List.of(2, 4, 8);
    private static final double MEAN_COST = 20;
    private static final long FIRST_SEED = 1000;

    private RandomTaskGraphSuite() {
    }

    /** The 300 graphs, in a stable order. */
    public static List<TaskGraphInstance> instances() {
        List<TaskGraphInstance> instances = new ArrayList<>();
        for (double ccr : CCRS) {
            for (double beta : BETAS) {
                for (double alpha : ALPHAS) {
                    for (int tasks : SIZES) {
                        int index = instances.size();
                        int processors = PROCESSORS.get(index % PROCESSORS.size());
                        var parameters = new RandomTaskGraphGenerator.Parameters(tasks, ccr, alpha, 1 + index % 5,
                                beta, processors, MEAN_COST);
                        String name = String.format(Locale.ROOT, "r%03d-ccr%s-b%s-a%s-v%d-q%d", index, plain(ccr),
                                plain(beta), plain(alpha), tasks, processors);
                        instances.add(RandomTaskGraphGenerator.generate(name, parameters, FIRST_SEED + index));
                    }
                }
            }
        }
        return instances;
    }

    /** The CCR in a suite instance's name ({@code 0.1} for {@code r007-ccr0.1-...}), or empty when there is none. */
    public static String ccrOf(String name) {
        int start = name.indexOf("-ccr");
        if (start < 0) {
            return "";
        }
        int end = name.indexOf('-', start + 4);
        return name.substring(start + 4, end < 0 ? name.length() : end);
    }

    private static String plain(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }
}
