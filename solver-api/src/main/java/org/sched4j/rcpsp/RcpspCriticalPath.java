package org.sched4j.rcpsp;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Deque;
import java.util.List;

/**
 * Earliest and latest start times from the precedences, lags and time windows alone (resources ignored), by the
 * critical path method (Kelley and Walker 1959) over a topological order: O(n + p) for n activities and p precedences.
 * The critical-path length is the classic lower bound of the makespan, the reference of PSPLIB's "deviation from the
 * critical-path bound".
 */
public final class RcpspCriticalPath {

    private RcpspCriticalPath() {
    }

    /** The activities in a topological order of the precedences (ties by index). */
    public static int[] topologicalOrder(RcpspInstance instance) {
        int n = instance.activityCount();
        List<List<Integer>> successors = successors(instance);
        int[] indegree = new int[n];
        for (Precedence precedence : instance.precedences()) {
            indegree[precedence.successor()]++;
        }
        Deque<Integer> ready = new ArrayDeque<>();
        for (int i = 0; i < n; i++) {
            if (indegree[i] == 0) {
                ready.add(i);
            }
        }
        int[] order = new int[n];
        int count = 0;
        while (!ready.isEmpty()) {
            int activity = ready.poll();
            order[count++] = activity;
            for (int successor : successors.get(activity)) {
                if (--indegree[successor] == 0) {
                    ready.add(successor);
                }
            }
        }
        return order;
    }

    /** The earliest start of every activity: at least its release, after every predecessor's end plus lag. */
    public static int[] earliestStarts(RcpspInstance instance) {
        int[] starts = instance.releases();
        List<List<Precedence>> outgoing = outgoing(instance);
        for (int activity : topologicalOrder(instance)) {
            for (Precedence precedence : outgoing.get(activity)) {
                int ready = starts[activity] + instance.duration(activity) + precedence.lag();
                starts[precedence.successor()] = Math.max(starts[precedence.successor()], ready);
            }
        }
        return starts;
    }

    /**
     * The latest start of every activity in a schedule that ends by {@code horizon}: before its deadline, and early
     * enough for every successor's latest start. May be below the earliest start (then no such schedule exists).
     */
    public static long[] latestStarts(RcpspInstance instance, long horizon) {
        int n = instance.activityCount();
        int[] deadlines = instance.deadlines();
        long[] latest = new long[n];
        for (int i = 0; i < n; i++) {
            latest[i] = Math.min(horizon, deadlines[i]) - instance.duration(i);
        }
        List<List<Precedence>> outgoing = outgoing(instance);
        int[] order = topologicalOrder(instance);
        for (int k = n - 1; k >= 0; k--) {
            int activity = order[k];
            for (Precedence precedence : outgoing.get(activity)) {
                long bound = latest[precedence.successor()] - precedence.lag() - instance.duration(activity);
                latest[activity] = Math.min(latest[activity], bound);
            }
        }
        return latest;
    }

    /** The critical-path length: the largest earliest end, a lower bound of every schedule's makespan. */
    public static long length(RcpspInstance instance) {
        int[] starts = earliestStarts(instance);
        long length = 0;
        for (int i = 0; i < starts.length; i++) {
            length = Math.max(length, (long) starts[i] + instance.duration(i));
        }
        return length;
    }

    /** The direct successors of every activity. */
    public static List<List<Integer>> successors(RcpspInstance instance) {
        List<List<Integer>> successors = new ArrayList<>();
        for (List<Precedence> out : outgoing(instance)) {
            successors.add(out.stream().map(Precedence::successor).toList());
        }
        return successors;
    }

    /**
     * The transitive successors of every activity: bit {@code j} of element {@code i} is set when activity {@code j}
     * follows activity {@code i} through a chain of precedences.
     */
    public static BitSet[] transitiveSuccessors(RcpspInstance instance) {
        int n = instance.activityCount();
        List<List<Integer>> successors = successors(instance);
        int[] order = topologicalOrder(instance);
        BitSet[] followers = new BitSet[n];
        for (int k = n - 1; k >= 0; k--) {
            int activity = order[k];
            followers[activity] = new BitSet(n);
            for (int successor : successors.get(activity)) {
                followers[activity].set(successor);
                followers[activity].or(followers[successor]);
            }
        }
        return followers;
    }

    private static List<List<Precedence>> outgoing(RcpspInstance instance) {
        List<List<Precedence>> outgoing = new ArrayList<>();
        for (int i = 0; i < instance.activityCount(); i++) {
            outgoing.add(new ArrayList<>());
        }
        for (Precedence precedence : instance.precedences()) {
            outgoing.get(precedence.predecessor()).add(precedence);
        }
        return outgoing;
    }
}
