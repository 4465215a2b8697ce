package org.sched4j.instances.taskgraph;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.sched4j.taskgraph.DataEdge;
import org.sched4j.taskgraph.TaskGraphInstance;

/**
 * The random task graphs of Topcuoglu, Hariri &amp; Wu (IEEE TPDS 13(3), 2002, section 5.2). Tasks are laid out in
 * about {@code sqrt(v) / alpha} levels of mean width {@code alpha * sqrt(v)}; each task sends data to
 * {@code outDegree} tasks of later levels (mostly the next one), and every task below the first level has a
 * predecessor. Each task's mean cost {@code w_i} is drawn from {@code U[1, 2 w_DAG]}, its cost on processor {@code j}
 * from {@code U[w_i (1 - beta/2), w_i (1 + beta/2)]}, and each edge's communication cost from
 * {@code U[0, 2 CCR w_DAG]}, so that the mean communication over the mean computation is {@code CCR}. Costs are
 * rounded to integers (at least 1 for computation). The processors are linked with bandwidth 1 and no latency.
 * The same parameters and seed give the same graph.
 */
public final class RandomTaskGraphGenerator {

    private RandomTaskGraphGenerator() {
    }

    /**
     * The parameters of one graph.
     *
     * @param tasks         v, at least 1
     * @param ccr           communication-to-computation ratio, at least 0
     * @param shape         alpha, positive: below 1 long thin graphs, above 1 short wide ones
     * @param outDegree     the number of successors of each task above the last level, at least 1
     * @param heterogeneity beta, from 0 (identical processors) to 2 (costs from 0 to twice the mean)
     * @param processors    q, at least 1
     * @param meanCost      w_DAG, the mean computation cost, at least 1
     */
    public record Parameters(int tasks, double ccr, double shape, int outDegree, double heterogeneity,
                             int processors, double meanCost) {

        public Parameters {
            if (tasks < 1 || processors < 1 || outDegree < 1 || !(meanCost >= 1)) {
                throw new IllegalArgumentException("tasks, processors and out-degree must be at least 1 and the mean "
                        + "cost at least 1, got " + tasks + ", " + processors + ", " + outDegree + ", " + meanCost);
            }
            if (!(ccr >= 0) || !(shape > 0) || !(heterogeneity >= 0 && heterogeneity <= 2)) {
                throw new IllegalArgumentException("CCR must be at least 0, alpha positive and beta from 0 to 2, got "
                        + ccr + ", " + shape + ", " + heterogeneity);
            }
        }
    }

    /** A graph named {@code name} with {@code parameters}, drawn with {@code seed}. */
    public static TaskGraphInstance generate(String name, Parameters parameters, long seed) {
        Random random = new Random(seed);
        List<List<Integer>> levels = levels(parameters, random);
        double[][] costs = costs(parameters, random);
        List<DataEdge> edges = edges(levels, parameters, random);
        return TaskGraphInstance.of(name, costs, edges);
    }

    private static List<List<Integer>> levels(Parameters parameters, Random random) {
        double root = Math.sqrt(parameters.tasks());
        int maxWidth = Math.max(1, (int) Math.round(2 * parameters.shape() * root) - 1);
        List<List<Integer>> levels = new ArrayList<>();
        int next = 0;
        while (next < parameters.tasks()) {
            int width = Math.min(1 + random.nextInt(maxWidth), parameters.tasks() - next);
            List<Integer> level = new ArrayList<>();
            for (int k = 0; k < width; k++) {
                level.add(next++);
            }
            levels.add(level);
        }
        return levels;
    }

    private static double[][] costs(Parameters parameters, Random random) {
        double[][] costs = new double[parameters.tasks()][parameters.processors()];
        double beta = parameters.heterogeneity();
        for (int task = 0; task < parameters.tasks(); task++) {
            double mean = 1 + random.nextDouble() * (2 * parameters.meanCost() - 1);
            for (int p = 0; p < parameters.processors(); p++) {
                double cost = mean * (1 - beta / 2 + random.nextDouble() * beta);
                costs[task][p] = Math.max(1, Math.round(cost));
            }
        }
        return costs;
    }

    private static List<DataEdge> edges(List<List<Integer>> levels, Parameters parameters, Random random) {
        double maxCommunication = 2 * parameters.ccr() * parameters.meanCost();
        Set<Long> pairs = new LinkedHashSet<>();
        for (int level = 0; level + 1 < levels.size(); level++) {
            List<Integer> below = new ArrayList<>();
            for (int later = level + 1; later < levels.size(); later++) {
                below.addAll(levels.get(later));
            }
            int nextWidth = levels.get(level + 1).size();
            for (int task : levels.get(level)) {
                int degree = Math.min(parameters.outDegree(), below.size());
                for (int k = 0; k < degree; k++) {
                    boolean nextLevel = random.nextDouble() < 0.75;
                    int target = nextLevel ? below.get(random.nextInt(nextWidth)) : below.get(random.nextInt(below.size()));
                    pairs.add(pair(task, target));
                }
            }
            for (int task : levels.get(level + 1)) {
                List<Integer> above = levels.get(level);
                if (pairs.stream().noneMatch(p -> (int) (long) p == task)) {
                    pairs.add(pair(above.get(random.nextInt(above.size())), task));
                }
            }
        }
        List<DataEdge> edges = new ArrayList<>();
        for (long pair : pairs) {
            double communication = Math.round(random.nextDouble() * maxCommunication);
            edges.add(new DataEdge((int) (pair >>> 32), (int) pair, communication));
        }
        return edges;
    }

    private static long pair(int source, int target) {
        return ((long) source << 32) | target;
    }
}
