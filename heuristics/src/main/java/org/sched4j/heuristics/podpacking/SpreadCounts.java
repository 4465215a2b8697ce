package org.sched4j.heuristics.podpacking;

import java.util.Arrays;
import org.sched4j.podpacking.TopologySpreadConstraint;

/**
 * The pods of each spread group per eligible domain, kept as pods are bound and unbound, with the smallest count
 * over the eligible domains in O(1) per change (a histogram of the domains by count), as the {@code PodTopologySpread}
 * plugin's pre-filter state ({@code pkg/scheduler/framework/plugins/podtopologyspread/filtering.go}: the matching pods
 * per topology pair and the critical paths) would be if it were kept across pods instead of rebuilt for each.
 *
 * <p>Besides the counts it keeps the <em>anchors</em>: the pods placed anew with a {@code DoNotSchedule} constraint,
 * per group and domain. The evaluator checks such a pod's constraint on the final plan; a pod placed later in its
 * domain, or a victim leaving the smallest domain, may break it. For a placed pod in domain {@code d} the evaluator's
 * condition reduces to {@code count(d) − min ≤ maxSkew} (the pod counted; the minimum 0 below {@code minDomains}
 * eligible domains), which {@link #keepsAnchorsWhenAdding} and {@link #anchorsHold} check.
 */
final class SpreadCounts {

    private final InterPodIndex index;
    private final int[][] count;
    private final int[][] domainsAtCount;
    private final int[] min;
    private final int[][] anchored;
    private final int[] anchoredTotal;

    SpreadCounts(InterPodIndex index) {
        this.index = index;
        int groups = index.groupCount();
        count = new int[groups][];
        domainsAtCount = new int[groups][];
        min = new int[groups];
        anchored = new int[groups][];
        anchoredTotal = new int[groups];
        for (int g = 0; g < groups; g++) {
            InterPodIndex.SpreadGroup group = index.group(g);
            int domains = index.domainCount(group.key());
            count[g] = new int[domains];
            domainsAtCount[g] = new int[4];
            domainsAtCount[g][0] = group.eligibleDomains();
            anchored[g] = new int[domains];
        }
    }

    /** The selected pods on the eligible nodes of domain {@code domain} of group {@code group}. */
    int count(int group, int domain) {
        return count[group][domain];
    }

    /** The minimum the skew is measured from: the smallest eligible count, 0 below {@code minDomains} domains. */
    int effectiveMin(int group) {
        InterPodIndex.SpreadGroup spread = index.group(group);
        return spread.eligibleDomains() >= spread.constraint().minDomains() ? min[group] : 0;
    }

    /** Counts (delta +1) or uncounts (-1) a member of {@code groups} on {@code node}. */
    void add(int[] groups, int node, int delta) {
        for (int g : groups) {
            InterPodIndex.SpreadGroup group = index.group(g);
            int domain = index.domain(group.key(), node);
            if (domain < 0 || !group.eligibleNode()[node]) {
                continue;
            }
            int before = count[g][domain];
            int after = before + delta;
            count[g][domain] = after;
            if (after >= domainsAtCount[g].length) {
                domainsAtCount[g] = Arrays.copyOf(domainsAtCount[g], 2 * after);
            }
            domainsAtCount[g][before]--;
            domainsAtCount[g][after]++;
            if (delta > 0 && before == min[g] && domainsAtCount[g][before] == 0) {
                min[g] = after;
            } else if (delta < 0 && after < min[g]) {
                min[g] = after;
            }
        }
    }

    /** Registers (+1) or removes (-1) the pod of {@code terms} on {@code node} as an anchor of its hard groups. */
    void anchor(PodTerms terms, int node, int delta) {
        for (int i = 0; i < terms.spreadGroups.length; i++) {
            if (terms.spreadHard[i]) {
                int g = terms.spreadGroups[i];
                int domain = index.domain(index.group(g).key(), node);
                if (domain >= 0) {
                    anchored[g][domain] += delta;
                    anchoredTotal[g] += delta;
                }
            }
        }
    }

    /**
     * The {@code PodTopologySpread} filter for the pod of {@code terms} on {@code node}: for every
     * {@code DoNotSchedule} constraint the node has the key and {@code count(its domain) + self − min ≤ maxSkew}.
     */
    boolean allows(PodTerms terms, int node) {
        for (int i = 0; i < terms.spreadGroups.length; i++) {
            if (!terms.spreadHard[i]) {
                continue;
            }
            int g = terms.spreadGroups[i];
            int domain = index.domain(index.group(g).key(), node);
            if (domain < 0) {
                return false;
            }
            int skew = count[g][domain] + (terms.spreadSelf[i] ? 1 : 0) - effectiveMin(g);
            if (skew > index.group(g).constraint().maxSkew()) {
                return false;
            }
        }
        return true;
    }

    /** Whether counting a member of {@code groups} on {@code node} keeps every anchor's skew within its maxSkew. */
    boolean keepsAnchorsWhenAdding(int[] groups, int node) {
        for (int g : groups) {
            InterPodIndex.SpreadGroup group = index.group(g);
            if (anchoredTotal[g] == 0 || !group.eligibleNode()[node]) {
                continue;
            }
            int domain = index.domain(group.key(), node);
            if (domain < 0 || anchored[g][domain] == 0) {
                continue;
            }
            int before = count[g][domain];
            boolean onlySmallest = before == min[g] && domainsAtCount[g][before] == 1;
            TopologySpreadConstraint constraint = group.constraint();
            int newMin = group.eligibleDomains() < constraint.minDomains() ? 0 : onlySmallest ? min[g] + 1 : min[g];
            if (before + 1 - newMin > constraint.maxSkew()) {
                return false;
            }
        }
        return true;
    }

    /** Whether every anchor of group {@code group} is within its maxSkew as the counts stand. O(domains). */
    boolean anchorsHold(int group) {
        if (anchoredTotal[group] == 0) {
            return true;
        }
        int limit = effectiveMin(group) + index.group(group).constraint().maxSkew();
        int[] anchors = anchored[group];
        for (int d = 0; d < anchors.length; d++) {
            if (anchors[d] > 0 && count[group][d] > limit) {
                return false;
            }
        }
        return true;
    }
}
