package org.sched4j.heuristics.rcpsp;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import org.sched4j.rcpsp.DisjunctivePair;
import org.sched4j.rcpsp.Precedence;
import org.sched4j.rcpsp.RcpspInstance;
import org.sched4j.rcpsp.ResourceAvailability;

/**
 * An {@link RcpspInstance} as arrays for the schedule generation schemes: durations, demands, windows, precedences
 * with lags in both directions, disjunctive partners, and the capacity of every resource at every time unit up to a
 * horizon that every schedule of the serial scheme fits in. Immutable (its cache of mirrored networks is
 * thread-safe); {@link #mirror} gives the time-reversed network for backward scheduling.
 */
final class ProjectNetwork {

    final int activityCount;
    final int resourceCount;
    final int[] durations;
    final int[][] demands;
    /** {@code demandedResources[i]}: the resources activity i takes a positive amount of, ascending. */
    final int[][] demandedResources;
    final int[] releases;
    final int[] deadlines;
    final int[][] predecessors;
    final int[][] predecessorLags;
    final int[][] successors;
    final int[][] successorLags;
    final int[][] partners;
    /** {@code capacities[r][t]}: the capacity of resource r at time t, for t below {@link #horizon}. */
    final int[][] capacities;
    final int horizon;
    /** The times above 0 at which some resource's capacity changes, ascending. */
    final int[] capacityChanges;
    /** The most mirrors kept; ends vary between the lower bound and the first schedules' makespans. */
    private static final int MAXIMUM_MIRRORS = 512;

    private final List<Precedence> precedences;
    private final List<DisjunctivePair> pairs;
    /** The mirrors built so far, by end: forward-backward improvement asks for the same few ends again and again. */
    private final Map<Integer, ProjectNetwork> mirrors = new ConcurrentHashMap<>();

    private ProjectNetwork(int[] durations, int[][] demands, int[] releases, int[] deadlines,
                           List<Precedence> precedences, List<DisjunctivePair> pairs, int[][] capacities,
                           int horizon) {
        this.activityCount = durations.length;
        this.resourceCount = capacities.length;
        this.durations = durations;
        this.demands = demands;
        this.demandedResources = new int[activityCount][];
        for (int i = 0; i < activityCount; i++) {
            int[] demand = demands[i];
            demandedResources[i] = IntStream.range(0, demand.length).filter(r -> demand[r] > 0)
                    .toArray();
        }
        this.precedences = List.copyOf(precedences);
        this.pairs = List.copyOf(pairs);
        this.releases = releases;
        this.deadlines = deadlines;
        this.capacities = capacities;
        this.horizon = horizon;
        this.predecessors = new int[activityCount][];
        this.predecessorLags = new int[activityCount][];
        this.successors = new int[activityCount][];
        this.successorLags = new int[activityCount][];
        fillArcs(precedences, false, predecessors, predecessorLags);
        fillArcs(precedences, true, successors, successorLags);
        this.partners = partnersOf(activityCount, pairs);
        this.capacityChanges = changesOf(capacities);
    }

    /** The network of {@code instance}. */
    static ProjectNetwork of(RcpspInstance instance) {
        int n = instance.activityCount();
        int[] durations = new int[n];
        int[][] demands = new int[n][instance.resourceCount()];
        for (int i = 0; i < n; i++) {
            durations[i] = instance.duration(i);
            for (int r = 0; r < instance.resourceCount(); r++) {
                demands[i][r] = instance.demand(i, r);
            }
        }
        ResourceAvailability availability = ResourceAvailability.of(instance);
        long bound = instance.activeScheduleHorizon() + 1;
        int horizon = (int) Math.min(bound, Integer.MAX_VALUE / 4);
        int[][] capacities = new int[instance.resourceCount()][horizon];
        for (int r = 0; r < instance.resourceCount(); r++) {
            for (int t = 0; t < horizon; t++) {
                capacities[r][t] = availability.capacityAt(r, t);
            }
        }
        return new ProjectNetwork(durations, demands, instance.releases(), instance.deadlines(), instance.precedences(),
                instance.disjunctivePairs(), capacities, horizon);
    }

    /**
     * The time-reversed network for schedules ending by {@code end}: an activity starting at {@code s} here starts
     * at {@code end - s - duration} in the original; precedences point the other way; releases and deadlines swap;
     * capacity at time {@code t} is the original's at {@code end - 1 - t}.
     */
    ProjectNetwork mirror(int end) {
        if (mirrors.size() >= MAXIMUM_MIRRORS) {
            mirrors.clear();
        }
        return mirrors.computeIfAbsent(end, this::buildMirror);
    }

    private ProjectNetwork buildMirror(int end) {
        int[] mirroredReleases = new int[activityCount];
        int[] mirroredDeadlines = new int[activityCount];
        for (int i = 0; i < activityCount; i++) {
            mirroredReleases[i] = (int) Math.max(0, (long) end - deadlines[i]);
            mirroredDeadlines[i] = end - releases[i];
        }
        List<Precedence> reversed = new ArrayList<>();
        for (Precedence precedence : precedences) {
            reversed.add(new Precedence(precedence.successor(), precedence.predecessor(), precedence.lag()));
        }
        int length = (int) Math.min((long) end + horizon, Integer.MAX_VALUE / 2);
        int[][] mirrored = new int[resourceCount][length];
        for (int r = 0; r < resourceCount; r++) {
            for (int t = 0; t < length; t++) {
                int original = end - 1 - t;
                boolean inside = original >= 0 && original < horizon;
                mirrored[r][t] = inside ? capacities[r][original] : capacities[r][horizon - 1];
            }
        }
        return new ProjectNetwork(durations, demands, mirroredReleases, mirroredDeadlines, reversed, pairs, mirrored,
                length);
    }

    /** The makespan of {@code starts}. */
    long makespan(int[] starts) {
        long makespan = 0;
        for (int i = 0; i < activityCount; i++) {
            makespan = Math.max(makespan, (long) starts[i] + durations[i]);
        }
        return makespan;
    }

    private void fillArcs(List<Precedence> precedences, boolean outgoing, int[][] targets, int[][] lags) {
        int[] counts = new int[activityCount];
        for (Precedence precedence : precedences) {
            counts[outgoing ? precedence.predecessor() : precedence.successor()]++;
        }
        for (int i = 0; i < activityCount; i++) {
            targets[i] = new int[counts[i]];
            lags[i] = new int[counts[i]];
            counts[i] = 0;
        }
        for (Precedence precedence : precedences) {
            int from = outgoing ? precedence.predecessor() : precedence.successor();
            int to = outgoing ? precedence.successor() : precedence.predecessor();
            targets[from][counts[from]] = to;
            lags[from][counts[from]++] = precedence.lag();
        }
    }

    private static int[] changesOf(int[][] capacities) {
        BitSet changes = new BitSet();
        for (int[] capacity : capacities) {
            for (int t = 1; t < capacity.length; t++) {
                if (capacity[t] != capacity[t - 1]) {
                    changes.set(t);
                }
            }
        }
        return changes.stream().toArray();
    }

    private static int[][] partnersOf(int activityCount, List<DisjunctivePair> pairs) {
        List<List<Integer>> partners = new ArrayList<>();
        for (int i = 0; i < activityCount; i++) {
            partners.add(new ArrayList<>());
        }
        for (DisjunctivePair pair : pairs) {
            partners.get(pair.first()).add(pair.second());
            partners.get(pair.second()).add(pair.first());
        }
        return partners.stream().map(list -> list.stream().mapToInt(Integer::intValue).toArray())
                .toArray(int[][]::new);
    }
}
