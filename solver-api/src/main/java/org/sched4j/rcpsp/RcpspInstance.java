package org.sched4j.rcpsp;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultDirectedGraph;
import org.jgrapht.graph.DefaultEdge;
import org.sched4j.graphs.DirectedCycles;

/**
 * A resource-constrained project scheduling (RCPSP) instance with its optional extensions: activities with durations
 * and demands on renewable resources, finish-to-start precedences with minimum lags, resource downtimes, activity time
 * windows and disjunctive pairs. The objective is the makespan, the latest end of an activity.
 *
 * <p>Activities and resources are numbered from 0 in list order. Validated at construction: every index names an
 * activity or resource, every activity has one demand per resource, an activity has at most one time window, and the
 * precedences form no cycle (a cycle is named in the message, {@code 3 -> 7 -> 5 -> 3}). An instance may still have no
 * feasible schedule (a demand above a capacity, a deadline too early); solvers report that as
 * {@link org.sched4j.api.SolveStatus#INFEASIBLE}.
 *
 * @param name             the instance's name ({@code j301_1}), used to match best-known bounds
 * @param resources        the renewable resources
 * @param activities       the activities, at least one
 * @param precedences      the precedences between activities
 * @param downtimes        the resource downtimes, empty for none
 * @param windows          the activity time windows, at most one per activity, empty for none
 * @param disjunctivePairs the pairs of activities that may not overlap, empty for none
 */
public record RcpspInstance(String name, List<Resource> resources, List<Activity> activities,
                            List<Precedence> precedences, List<Downtime> downtimes, List<TimeWindow> windows,
                            List<DisjunctivePair> disjunctivePairs) {

    public RcpspInstance {
        Objects.requireNonNull(name, "name");
        resources = List.copyOf(Objects.requireNonNull(resources, "resources"));
        activities = List.copyOf(Objects.requireNonNull(activities, "activities"));
        precedences = List.copyOf(Objects.requireNonNull(precedences, "precedences"));
        downtimes = List.copyOf(Objects.requireNonNull(downtimes, "downtimes"));
        windows = List.copyOf(Objects.requireNonNull(windows, "windows"));
        disjunctivePairs = List.copyOf(Objects.requireNonNull(disjunctivePairs, "disjunctivePairs"));
        if (activities.isEmpty()) {
            throw new IllegalArgumentException("an instance needs at least one activity");
        }
        validateIndices(resources.size(), activities, precedences, downtimes, windows, disjunctivePairs);
        rejectCycles(activities.size(), precedences);
    }

    /** A plain RCPSP instance, without downtimes, windows or disjunctive pairs. */
    public static RcpspInstance of(String name, List<Resource> resources, List<Activity> activities,
                                   List<Precedence> precedences) {
        return new RcpspInstance(name, resources, activities, precedences, List.of(), List.of(), List.of());
    }

    /** This instance with other downtimes, windows and disjunctive pairs. */
    public RcpspInstance withExtensions(List<Downtime> newDowntimes, List<TimeWindow> newWindows,
                                        List<DisjunctivePair> newPairs) {
        return new RcpspInstance(name, resources, activities, precedences, newDowntimes, newWindows, newPairs);
    }

    private static void validateIndices(int resourceCount, List<Activity> activities, List<Precedence> precedences,
                                        List<Downtime> downtimes, List<TimeWindow> windows,
                                        List<DisjunctivePair> pairs) {
        int n = activities.size();
        for (int i = 0; i < n; i++) {
            if (activities.get(i).demands().size() != resourceCount) {
                throw new IllegalArgumentException("activity " + i + " has " + activities.get(i).demands().size()
                        + " demands but the instance has " + resourceCount + " resources");
            }
        }
        for (Precedence precedence : precedences) {
            requireActivity(precedence.predecessor(), n, "precedence " + precedence);
            requireActivity(precedence.successor(), n, "precedence " + precedence);
        }
        for (Downtime downtime : downtimes) {
            if (downtime.resource() >= resourceCount) {
                throw new IllegalArgumentException("downtime " + downtime + " names resource " + downtime.resource()
                        + " but the instance has resources 0.." + (resourceCount - 1));
            }
        }
        boolean[] hasWindow = new boolean[n];
        for (TimeWindow window : windows) {
            requireActivity(window.activity(), n, "time window " + window);
            if (hasWindow[window.activity()]) {
                throw new IllegalArgumentException("activity " + window.activity() + " has more than one time window");
            }
            hasWindow[window.activity()] = true;
        }
        for (DisjunctivePair pair : pairs) {
            requireActivity(pair.first(), n, "disjunctive pair " + pair);
            requireActivity(pair.second(), n, "disjunctive pair " + pair);
        }
    }

    /** Rejects cyclic precedences, naming one cycle: {@code the precedences form a cycle: 1 -> 2 -> 3 -> 1}. */
    private static void rejectCycles(int activityCount, List<Precedence> precedences) {
        Graph<Integer, DefaultEdge> graph = new DefaultDirectedGraph<>(DefaultEdge.class);
        for (int i = 0; i < activityCount; i++) {
            graph.addVertex(i);
        }
        for (Precedence precedence : precedences) {
            graph.addEdge(precedence.predecessor(), precedence.successor());
        }
        DirectedCycles.findOne(graph, Comparator.naturalOrder()).ifPresent(cycle -> {
            throw new IllegalArgumentException("the precedences form a cycle: "
                    + cycle.stream().map(String::valueOf).collect(Collectors.joining(" -> ")));
        });
    }

    private static void requireActivity(int activity, int activityCount, String where) {
        if (activity >= activityCount) {
            throw new IllegalArgumentException(where + " names activity " + activity
                    + " but the instance has activities 0.." + (activityCount - 1));
        }
    }

    /** The number of activities, dummies included. */
    public int activityCount() {
        return activities.size();
    }

    /** The number of resources. */
    public int resourceCount() {
        return resources.size();
    }

    /** Activity {@code index}. */
    public Activity activity(int index) {
        return activities.get(index);
    }

    /** The duration of activity {@code index}. */
    public int duration(int index) {
        return activities.get(index).duration();
    }

    /** The demand of activity {@code activity} on resource {@code resource}. */
    public int demand(int activity, int resource) {
        return activities.get(activity).demand(resource);
    }

    /** The capacity of resource {@code resource} outside its downtimes. */
    public int capacity(int resource) {
        return resources.get(resource).capacity();
    }

    /** The release date of every activity (0 without a window), a fresh array. */
    public int[] releases() {
        int[] releases = new int[activities.size()];
        for (TimeWindow window : windows) {
            releases[window.activity()] = window.release();
        }
        return releases;
    }

    /** The deadline of every activity ({@link TimeWindow#NO_DEADLINE} without one), a fresh array. */
    public int[] deadlines() {
        int[] deadlines = new int[activities.size()];
        Arrays.fill(deadlines, TimeWindow.NO_DEADLINE);
        for (TimeWindow window : windows) {
            deadlines[window.activity()] = window.deadline();
        }
        return deadlines;
    }

    /** Whether the instance uses any extension: downtimes, time windows, disjunctive pairs or lags. */
    public boolean hasExtensions() {
        return !downtimes.isEmpty() || !windows.isEmpty() || !disjunctivePairs.isEmpty()
                || precedences.stream().anyMatch(precedence -> precedence.lag() > 0);
    }

    /** The sum of all durations. */
    public long totalDuration() {
        return activities.stream().mapToLong(Activity::duration).sum();
    }

    /**
     * A time by which every active schedule (no activity can start earlier without another moving) ends: the latest
     * release, plus the last change of capacity ({@link ResourceAvailability#lastChange()}), plus the sum of all
     * durations and lags.
     */
    public long activeScheduleHorizon() {
        long latestRelease = windows.stream().mapToLong(TimeWindow::release).max().orElse(0);
        long lags = precedences.stream().mapToLong(Precedence::lag).sum();
        return latestRelease + ResourceAvailability.of(this).lastChange() + totalDuration() + lags;
    }
}
