package org.sched4j.localsearch.podpacking;

import ai.timefold.solver.core.api.function.TriFunction;
import ai.timefold.solver.core.api.score.stream.bi.BiConstraintCollector;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The pods a spread group counts per eligible domain in the working plan, with their minimum: an immutable snapshot
 * that a grouping of the placed members ({@link #collector()}) rebuilds, in O(domains), when one of them moves. It
 * gives the skew of a pod's placement as the evaluator computes it (the pod itself left out of the counts,
 * {@code pkg/scheduler/framework/plugins/podtopologyspread/filtering.go}) in O(1).
 */
final class SpreadCounts {

    private final SpreadGroup group;
    private final int[] counts;
    private final int min;

    private SpreadCounts(SpreadGroup group, int[] counts) {
        this.group = group;
        this.counts = counts;
        int least = Integer.MAX_VALUE;
        for (int count : counts) {
            least = Math.min(least, count);
        }
        this.min = least;
    }

    SpreadGroup group() {
        return group;
    }

    /**
     * By how much placing the owner of {@code requirement} on {@code node} exceeds the maxSkew (0 when within); the
     * node has the topology label.
     */
    long excess(SpreadRequirement requirement, NodeSlot node) {
        int own = group.eligibleDomain(node);
        boolean counted = requirement.selfMatches() && group.countedDomain(node) >= 0;
        long inOwnDomain = (own < 0 ? 0 : counts[own]) - (counted ? 1 : 0);
        long least;
        if (group.domainCount() == 0 || group.domainCount() < group.minDomains()) {
            least = 0;
        } else {
            least = counted && counts[own] == min ? min - 1 : min;
        }
        long skew = inOwnDomain + (requirement.selfMatches() ? 1 : 0) - least;
        return Math.max(0, skew - group.maxSkew());
    }

    /** Counts the placed members per domain of their group (one group per grouping key). */
    static BiConstraintCollector<PodAssignment, SpreadMembership, Tally, SpreadCounts> collector() {
        return new BiConstraintCollector<>() {
            @Override
            public Supplier<Tally> supplier() {
                return Tally::new;
            }

            @Override
            public TriFunction<Tally, PodAssignment, SpreadMembership, Runnable> accumulator() {
                return Tally::add;
            }

            @Override
            public Function<Tally, SpreadCounts> finisher() {
                return tally -> new SpreadCounts(tally.group, tally.counts.clone());
            }
        };
    }

    /** The mutable counts behind the snapshots of one group. */
    static final class Tally {

        private SpreadGroup group;
        private int[] counts;

        private Runnable add(PodAssignment pod, SpreadMembership membership) {
            if (group == null) {
                group = membership.group();
                counts = new int[group.domainCount()];
            }
            int domain = group.countedDomain(pod.getNode());
            counts[domain]++;
            return () -> counts[domain]--;
        }
    }
}
