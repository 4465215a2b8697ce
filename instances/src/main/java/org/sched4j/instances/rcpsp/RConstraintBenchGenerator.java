package org.sched4j.instances.rcpsp;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;
import org.jgrapht.Graph;
import org.jgrapht.alg.TransitiveReduction;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleDirectedGraph;
import org.sched4j.rcpsp.Activity;
import org.sched4j.rcpsp.DisjunctivePair;
import org.sched4j.rcpsp.Downtime;
import org.sched4j.rcpsp.Precedence;
import org.sched4j.rcpsp.RcpspCriticalPath;
import org.sched4j.rcpsp.RcpspInstance;
import org.sched4j.rcpsp.Resource;
import org.sched4j.rcpsp.TimeWindow;

/**
 * Random RCPSP instances in the spirit of R-ConstraintBench (Jain et al., "R-ConstraintBench: evaluating LLMs on
 * NP-complete scheduling", 2025): a random DAG with a given number of non-redundant precedences (the edges of its
 * transitive reduction), random durations and demands, then constraint layers switched on one by one: resource
 * downtimes, activity time windows, disjunctive pairs. Later layers may make an instance infeasible, as in the
 * benchmark; solvers must then say so. The same settings give the same instance.
 */
public final class RConstraintBenchGenerator {

    /**
     * What to generate.
     *
     * @param name             the instance's name
     * @param activities       the number of activities, at least 1
     * @param resources        the number of resources, at least 1
     * @param precedences      the number of non-redundant precedences wanted (fewer when the DAG cannot hold more)
     * @param maxDuration      durations are uniform in {@code [1, maxDuration]}
     * @param capacity         the capacity of every resource, at least 1
     * @param downtimes        the number of downtimes (layer 1; 0 for none)
     * @param windows          the number of activities with a time window (layer 2; 0 for none)
     * @param disjunctivePairs the number of disjunctive pairs (layer 3; 0 for none)
     * @param seed             the random seed
     */
    public record Settings(String name, int activities, int resources, int precedences, int maxDuration,
                           int capacity, int downtimes, int windows, int disjunctivePairs, long seed) {

        public Settings {
            if (activities < 1 || resources < 1 || maxDuration < 1 || capacity < 1) {
                throw new IllegalArgumentException("activities, resources, maxDuration and capacity must be at "
                        + "least 1, got " + activities + ", " + resources + ", " + maxDuration + ", " + capacity);
            }
            if (precedences < 0 || downtimes < 0 || windows < 0 || disjunctivePairs < 0) {
                throw new IllegalArgumentException("precedences, downtimes, windows and disjunctive pairs must be at "
                        + "least 0");
            }
            if (windows > activities) {
                throw new IllegalArgumentException("at most " + activities + " windows, got " + windows);
            }
        }
    }

    private RConstraintBenchGenerator() {
    }

    /** The instance of {@code settings}. */
    public static RcpspInstance generate(Settings settings) {
        Random random = new Random(settings.seed());
        List<Activity> activities = new ArrayList<>();
        for (int i = 0; i < settings.activities(); i++) {
            List<Integer> demands = new ArrayList<>();
            for (int r = 0; r < settings.resources(); r++) {
                demands.add(random.nextDouble() < 0.6 ? 1 + random.nextInt(Math.max(1,
                        (settings.capacity() * 2 + 2) / 3)) : 0);
            }
            activities.add(new Activity("a" + i, 1 + random.nextInt(settings.maxDuration()), demands));
        }
        List<Resource> resources = new ArrayList<>();
        for (int r = 0; r < settings.resources(); r++) {
            resources.add(new Resource("R" + (r + 1), settings.capacity()));
        }
        RcpspInstance base = RcpspInstance.of(settings.name(), resources, activities,
                randomDag(settings.activities(), settings.precedences(), random));
        long horizon = RcpspCriticalPath.length(base) + base.totalDuration() / settings.resources();
        return base.withExtensions(downtimes(settings, horizon, random), windows(settings, base, random),
                disjunctivePairs(settings, base, random));
    }

    /** Random arcs i -> j (i < j) until the transitive reduction has {@code wanted} arcs or no more fit. */
    static List<Precedence> randomDag(int activityCount, int wanted, Random random) {
        Graph<Integer, DefaultEdge> graph = new SimpleDirectedGraph<>(DefaultEdge.class);
        for (int i = 0; i < activityCount; i++) {
            graph.addVertex(i);
        }
        SplittableRandom draws = new SplittableRandom(random.nextLong());
        int attempts = 0;
        while (graph.edgeSet().size() < wanted && attempts < 50 * (wanted + 1) && activityCount > 1) {
            attempts++;
            int a = draws.nextInt(activityCount);
            int b = draws.nextInt(activityCount);
            if (a == b) {
                continue;
            }
            graph.addEdge(Math.min(a, b), Math.max(a, b));
            TransitiveReduction.INSTANCE.reduce(graph);
        }
        return graph.edgeSet().stream().map(edge -> Precedence.of(graph.getEdgeSource(edge),
                graph.getEdgeTarget(edge))).sorted(Comparator.comparingInt(Precedence::predecessor)
                .thenComparingInt(Precedence::successor)).toList();
    }

    private static List<Downtime> downtimes(Settings settings, long horizon, Random random) {
        List<Downtime> downtimes = new ArrayList<>();
        for (int k = 0; k < settings.downtimes(); k++) {
            int start = random.nextInt((int) Math.max(1, horizon / 2));
            int length = 1 + random.nextInt(2 * settings.maxDuration());
            downtimes.add(new Downtime(random.nextInt(settings.resources()), start, start + length,
                    1 + random.nextInt(settings.capacity())));
        }
        return downtimes;
    }

    private static List<TimeWindow> windows(Settings settings, RcpspInstance base, Random random) {
        int[] earliest = RcpspCriticalPath.earliestStarts(base);
        long slack = Math.max(1, RcpspCriticalPath.length(base));
        List<Integer> chosen = new ArrayList<>();
        for (int i = 0; i < settings.activities(); i++) {
            chosen.add(i);
        }
        Collections.shuffle(chosen, random);
        List<TimeWindow> windows = new ArrayList<>();
        for (int activity : chosen.subList(0, settings.windows())) {
            int release = earliest[activity] + random.nextInt(settings.maxDuration() + 1);
            int deadline = (int) (release + base.duration(activity) + random.nextLong(slack) + slack / 2);
            windows.add(new TimeWindow(activity, release, deadline));
        }
        return windows;
    }

    private static List<DisjunctivePair> disjunctivePairs(Settings settings, RcpspInstance base, Random random) {
        BitSet[] followers = RcpspCriticalPath.transitiveSuccessors(base);
        List<DisjunctivePair> pairs = new ArrayList<>();
        int n = settings.activities();
        for (int attempts = 0; pairs.size() < settings.disjunctivePairs() && attempts < 100 * n; attempts++) {
            int a = random.nextInt(n);
            int b = random.nextInt(n);
            if (a == b || followers[a].get(b) || followers[b].get(a)) {
                continue;
            }
            DisjunctivePair pair = new DisjunctivePair(Math.min(a, b), Math.max(a, b));
            if (!pairs.contains(pair)) {
                pairs.add(pair);
            }
        }
        return pairs;
    }
}
