package org.sched4j.heuristics.podpacking;

import java.util.Arrays;
import java.util.List;
import org.sched4j.podpacking.Pod;
import org.sched4j.podpacking.PodPackingInstance;

/**
 * The placed pods counted per topology domain for every counter and family of an {@link InterPodIndex}, kept as
 * pods are bound and unbound: the {@code InterPodAffinity} and {@code PodTopologySpread} filters and scores of a pod
 * on a node then cost O(its terms + the families that select it), not a scan of the cluster.
 *
 * <p>The filters follow {@code pkg/scheduler/framework/plugins/interpodaffinity/filtering.go}:
 * <ul>
 *   <li>required affinity ({@code satisfyPodAffinity}): the node has every term's key and, per term, a pod matching
 *       <em>all</em> the terms in the term's domain; else, the first pod of a group, no pod matching all the terms
 *       is placed on a node with one of the keys and the pod matches all its terms itself. The evaluator judges each
 *       term on its own (a pod the term selects in its domain, or no other placed pod selected and the pod selects
 *       itself); a node must pass both, so that the plan is valid — with one term they agree;</li>
 *   <li>required anti-affinity of the incoming pod ({@code satisfyPodAntiAffinity}): no pod its term selects in the
 *       node's domain of the term's key;</li>
 *   <li>required anti-affinity of the placed pods ({@code satisfyExistingPodsAntiAffinity}): no placed pod whose
 *       term selects the incoming pod in the node's domain of that term's key.</li>
 * </ul>
 * The topology spread filter is {@link SpreadCounts}'.
 *
 * <p>Deviation, to keep every plan valid: the scheduler checks a pod's rules only when it schedules it
 * ({@code IgnoredDuringExecution}); the evaluator checks the required affinity and the {@code DoNotSchedule} spread
 * of every pod placed anew on the final plan. So the pods placed anew are <em>anchors</em>, and a later placement or
 * eviction that would break an anchor's rule is refused: a pod is not placed where it raises an anchored domain
 * beyond its maxSkew ({@link SpreadCounts#keepsAnchorsWhenAdding}), nor outside the domain of the one pod of its
 * selection when that pod relied on being the first of its group; a preemption whose victims are an anchor's only
 * support or lower the smallest spread domain too far is not taken ({@link #keepsRulesAfterRemoving}).
 */
final class InterPodCounts {

    private final InterPodIndex index;
    private final PodPackingInstance instance;
    private final SpreadCounts spread;
    private final int[][] count;
    private final int[] labelled;
    private final int[] selectionTotal;
    private final long[] selectionPodSum;
    private final int[][] antiHolders;
    private final long[][] scoreHolders;
    private final int[][] anchorsSelf;
    private final int[][] anchorsOther;
    private final int[] nodeOf;
    private final boolean[] anchoredPod;

    InterPodCounts(InterPodIndex index, PodPackingInstance instance) {
        this.index = index;
        this.instance = instance;
        spread = new SpreadCounts(index);
        count = new int[index.counterCount()][];
        anchorsSelf = new int[index.counterCount()][];
        anchorsOther = new int[index.counterCount()][];
        for (int c = 0; c < count.length; c++) {
            count[c] = new int[index.domainCount(index.counterKey(c))];
        }
        labelled = new int[index.counterCount()];
        selectionTotal = new int[index.selectionCount()];
        selectionPodSum = new long[index.selectionCount()];
        antiHolders = new int[index.antiFamilyCount()][];
        for (int f = 0; f < antiHolders.length; f++) {
            antiHolders[f] = new int[index.domainCount(index.antiFamilyKey(f))];
        }
        scoreHolders = new long[index.scoreFamilyCount()][];
        for (int f = 0; f < scoreHolders.length; f++) {
            scoreHolders[f] = new long[index.domainCount(index.scoreFamilyKey(f))];
        }
        nodeOf = new int[instance.podCount()];
        Arrays.fill(nodeOf, Pod.PENDING);
        anchoredPod = new boolean[instance.podCount()];
    }

    SpreadCounts spread() {
        return spread;
    }

    InterPodIndex index() {
        return index;
    }

    /** Counts pod {@code pod} on {@code node}; an anchor when the node is not its current one. */
    void bind(int pod, int node) {
        nodeOf[pod] = node;
        update(pod, node, 1);
        if (node != instance.pods().get(pod).currentNode()) {
            anchoredPod[pod] = true;
            anchor(pod, node, 1);
        }
    }

    /** Uncounts the bound pod {@code pod}. */
    void unbind(int pod) {
        int node = nodeOf[pod];
        nodeOf[pod] = Pod.PENDING;
        update(pod, node, -1);
        if (anchoredPod[pod]) {
            anchoredPod[pod] = false;
            anchor(pod, node, -1);
        }
    }

    private void update(int pod, int node, int delta) {
        PodTerms terms = index.pod(pod);
        for (int c : terms.member.counters()) {
            int domain = index.domain(index.counterKey(c), node);
            if (domain >= 0) {
                count[c][domain] += delta;
                labelled[c] += delta;
            }
        }
        for (int s : terms.member.selections()) {
            selectionTotal[s] += delta;
            selectionPodSum[s] += (long) delta * pod;
        }
        for (int f : terms.heldAntiFamilies) {
            int domain = index.domain(index.antiFamilyKey(f), node);
            if (domain >= 0) {
                antiHolders[f][domain] += delta;
            }
        }
        for (int i = 0; i < terms.heldScoreFamilies.length; i++) {
            int f = terms.heldScoreFamilies[i];
            int domain = index.domain(index.scoreFamilyKey(f), node);
            if (domain >= 0) {
                scoreHolders[f][domain] += (long) delta * terms.heldScoreWeights[i];
            }
        }
        spread.add(terms.member.groups(), node, delta);
    }

    private void anchor(int pod, int node, int delta) {
        PodTerms terms = index.pod(pod);
        for (int i = 0; i < terms.affinityCounters.length; i++) {
            int c = terms.affinityCounters[i];
            int domain = index.domain(index.counterKey(c), node);
            if (domain < 0) {
                continue;
            }
            int[][] anchors = terms.affinitySelf[i] ? anchorsSelf : anchorsOther;
            if (anchors[c] == null) {
                anchors[c] = new int[count[c].length];
            }
            anchors[c][domain] += delta;
        }
        spread.anchor(terms, node, delta);
    }

    /**
     * Whether pod {@code pod} passes the inter-pod filters on {@code node} (see the class comment) and placing it
     * there keeps the rules of the anchors.
     */
    boolean allows(int pod, int node) {
        PodTerms terms = index.pod(pod);
        for (int c : terms.antiCounters) {
            int domain = index.domain(index.counterKey(c), node);
            if (domain >= 0 && count[c][domain] > 0) {
                return false;
            }
        }
        for (int f : terms.member.antiFamilies()) {
            int domain = index.domain(index.antiFamilyKey(f), node);
            if (domain >= 0 && antiHolders[f][domain] > 0) {
                return false;
            }
        }
        if (terms.affinityCounters.length > 0 && !affinitySatisfied(terms, node)) {
            return false;
        }
        return spread.allows(terms, node) && spread.keepsAnchorsWhenAdding(terms.member.groups(), node)
                && keepsFirstOfGroup(terms, node);
    }

    private boolean affinitySatisfied(PodTerms terms, int node) {
        boolean allMatchingInEveryDomain = true;
        boolean anyAllMatchingPlaced = false;
        for (int i = 0; i < terms.affinityCounters.length; i++) {
            int c = terms.affinityCounters[i];
            int domain = index.domain(index.counterKey(c), node);
            if (domain < 0) {
                return false;
            }
            int all = terms.affinityAllCounters[i];
            allMatchingInEveryDomain &= count[all][domain] > 0;
            anyAllMatchingPlaced |= labelled[all] > 0;
            boolean firstOfGroup = terms.affinitySelf[i] && selectionTotal[terms.affinitySelections[i]] == 0;
            if (count[c][domain] == 0 && !firstOfGroup) {
                return false;
            }
        }
        return allMatchingInEveryDomain || !anyAllMatchingPlaced && terms.affinitySelfAll;
    }

    /**
     * Whether evicting pods from {@code node} might let pod {@code pod} pass there: not when its required affinity
     * fails now (evictions add no pod it needs) or the node lacks the topology key of one of its required terms or
     * {@code DoNotSchedule} constraints — the filters' {@code UnschedulableAndUnresolvable} verdicts, which
     * {@code nodesWherePreemptionMightHelp} skips.
     */
    boolean preemptionMightHelp(int pod, int node) {
        PodTerms terms = index.pod(pod);
        if (terms.affinityCounters.length > 0 && !affinitySatisfied(terms, node)) {
            return false;
        }
        for (int i = 0; i < terms.spreadGroups.length; i++) {
            if (terms.spreadHard[i] && index.domain(index.group(terms.spreadGroups[i]).key(), node) < 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether placing the pod of {@code terms} on {@code node} leaves alone every anchor that was the first of its
     * group: when the pod would be the second of a selection whose only pod is such an anchor, it must join the
     * anchor's domain.
     */
    private boolean keepsFirstOfGroup(PodTerms terms, int node) {
        for (int s : terms.member.selections()) {
            if (selectionTotal[s] != 1) {
                continue;
            }
            int first = (int) selectionPodSum[s];
            if (!anchoredPod[first]) {
                continue;
            }
            PodTerms firstTerms = index.pod(first);
            for (int i = 0; i < firstTerms.affinitySelections.length; i++) {
                if (firstTerms.affinitySelections[i] == s && firstTerms.affinitySelf[i]) {
                    int key = index.counterKey(firstTerms.affinityCounters[i]);
                    if (index.domain(key, node) != index.domain(key, nodeOf[first])) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    /**
     * Whether, with the pods of {@code removed} unbound from {@code node}, every anchor still has its required
     * affinity (a selected pod in its domain, or being the only pod of its selection) and every anchored spread
     * domain is within its maxSkew.
     */
    boolean keepsRulesAfterRemoving(List<Integer> removed, int node) {
        for (int pod : removed) {
            PodTerms terms = index.pod(pod);
            for (int c : terms.member.counters()) {
                int domain = index.domain(index.counterKey(c), node);
                if (domain >= 0 && !affinityHeld(c, domain)) {
                    return false;
                }
            }
            for (int g : terms.member.groups()) {
                if (index.group(g).eligibleNode()[node] && !spread.anchorsHold(g)) {
                    return false;
                }
            }
        }
        return true;
    }

    private boolean affinityHeld(int counter, int domain) {
        int placed = count[counter][domain];
        if (anchorsOther[counter] != null && anchorsOther[counter][domain] > 0 && placed == 0) {
            return false;
        }
        boolean selfAnchored = anchorsSelf[counter] != null && anchorsSelf[counter][domain] > 0;
        return !selfAnchored || placed >= 2 || selectionTotal[index.counterSelection(counter)] == 1;
    }

    /**
     * The {@code InterPodAffinity} score's raw value of {@code node} for pod {@code pod}
     * ({@code plugins/interpodaffinity/scoring.go}): the weights of the pod's preferred terms times the pods each
     * selects in the node's domain (anti-affinity negative), plus the terms of the placed pods that select this pod:
     * their preferred weights and 1 per required affinity term ({@code hardPodAffinityWeight}).
     */
    long affinityScore(int pod, int node) {
        PodTerms terms = index.pod(pod);
        long score = 0;
        for (int i = 0; i < terms.preferredCounters.length; i++) {
            int c = terms.preferredCounters[i];
            int domain = index.domain(index.counterKey(c), node);
            if (domain >= 0) {
                score += (long) terms.preferredWeights[i] * count[c][domain];
            }
        }
        for (int f : terms.member.scoreFamilies()) {
            int domain = index.domain(index.scoreFamilyKey(f), node);
            if (domain >= 0) {
                score += scoreHolders[f][domain];
            }
        }
        return score;
    }

    /** Whether the pod has a preferred term or is selected by a placed pod's scored term. */
    boolean hasAffinityScore(int pod) {
        PodTerms terms = index.pod(pod);
        return terms.preferredCounters.length > 0 || terms.member.scoreFamilies().length > 0;
    }
}
