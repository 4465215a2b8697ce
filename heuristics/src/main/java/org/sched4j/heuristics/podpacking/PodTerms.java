package org.sched4j.heuristics.podpacking;

import java.util.ArrayList;
import java.util.List;

/**
 * One pod's inter-pod terms as ids into an {@link InterPodIndex}: what it belongs to (the selections that select it,
 * and through them the counters, families and spread groups it counts in), its own terms, and the terms it holds
 * for the pods that come after it. Immutable; arrays are shared, never written after construction.
 */
final class PodTerms {

    /**
     * What a pod of a given namespace and labels belongs to.
     *
     * @param selections    the selections that select it
     * @param counters      the counters of those selections (it counts in them once placed)
     * @param antiFamilies  the required anti-affinity families whose holders exclude it from their domains
     * @param scoreFamilies the score families whose holders' weights apply to it
     * @param groups        the spread groups it counts in (on their eligible nodes)
     */
    record Membership(int[] selections, int[] counters, int[] antiFamilies, int[] scoreFamilies, int[] groups) {
    }

    final Membership member;
    /** Per required affinity term: its counter, its selection, whether the pod matches it itself. */
    final int[] affinityCounters;
    final int[] affinitySelections;
    final boolean[] affinitySelf;
    /** Per required affinity term: the counter of the pods matching all the terms, over this term's key. */
    final int[] affinityAllCounters;
    final boolean affinitySelfAll;
    /** Per required anti-affinity term: its counter, and the family of its holders. */
    final int[] antiCounters;
    final int[] heldAntiFamilies;
    /** Per preferred (anti-)affinity term: its counter and signed weight (negative for anti-affinity). */
    final int[] preferredCounters;
    final int[] preferredWeights;
    /** The score families the pod holds, with their signed weights. */
    final int[] heldScoreFamilies;
    final int[] heldScoreWeights;
    /** Per spread constraint: its group, whether {@code DoNotSchedule}, whether the pod matches its selector. */
    final int[] spreadGroups;
    final boolean[] spreadHard;
    final boolean[] spreadSelf;

    private PodTerms(Builder builder, Membership member) {
        this.member = member;
        affinityCounters = InterPodIndex.ints(builder.affinityCounters);
        affinitySelections = InterPodIndex.ints(builder.affinitySelections);
        affinitySelf = booleans(builder.affinitySelf);
        affinityAllCounters = InterPodIndex.ints(builder.affinityAllCounters);
        affinitySelfAll = builder.affinitySelfAll;
        antiCounters = InterPodIndex.ints(builder.antiCounters);
        heldAntiFamilies = InterPodIndex.ints(builder.heldAntiFamilies);
        preferredCounters = InterPodIndex.ints(builder.preferredCounters);
        preferredWeights = InterPodIndex.ints(builder.preferredWeights);
        heldScoreFamilies = InterPodIndex.ints(builder.heldScoreFamilies);
        heldScoreWeights = InterPodIndex.ints(builder.heldScoreWeights);
        spreadGroups = InterPodIndex.ints(builder.spreadGroups);
        spreadHard = booleans(builder.spreadHard);
        spreadSelf = booleans(builder.spreadSelf);
    }

    /** Whether the pod has a required (anti-)affinity term or a {@code DoNotSchedule} constraint. */
    boolean hasHardTerms() {
        if (affinityCounters.length > 0 || antiCounters.length > 0) {
            return true;
        }
        for (boolean hard : spreadHard) {
            if (hard) {
                return true;
            }
        }
        return false;
    }

    private static boolean[] booleans(List<Boolean> values) {
        boolean[] array = new boolean[values.size()];
        for (int i = 0; i < array.length; i++) {
            array[i] = values.get(i);
        }
        return array;
    }

    /** Collects a pod's own terms while the index registers them. */
    static final class Builder {
        private final List<Integer> affinityCounters = new ArrayList<>();
        private final List<Integer> affinitySelections = new ArrayList<>();
        private final List<Boolean> affinitySelf = new ArrayList<>();
        private final List<Integer> affinityAllCounters = new ArrayList<>();
        private boolean affinitySelfAll;
        private final List<Integer> antiCounters = new ArrayList<>();
        private final List<Integer> heldAntiFamilies = new ArrayList<>();
        private final List<Integer> preferredCounters = new ArrayList<>();
        private final List<Integer> preferredWeights = new ArrayList<>();
        private final List<Integer> heldScoreFamilies = new ArrayList<>();
        private final List<Integer> heldScoreWeights = new ArrayList<>();
        private final List<Integer> spreadGroups = new ArrayList<>();
        private final List<Boolean> spreadHard = new ArrayList<>();
        private final List<Boolean> spreadSelf = new ArrayList<>();

        void requiredAffinity(int counter, int selection, boolean self, int allCounter) {
            affinityCounters.add(counter);
            affinitySelections.add(selection);
            affinitySelf.add(self);
            affinityAllCounters.add(allCounter);
        }

        void selfMatchesAllAffinity(boolean value) {
            affinitySelfAll = value;
        }

        void requiredAntiAffinity(int counter, int family) {
            antiCounters.add(counter);
            heldAntiFamilies.add(family);
        }

        void preferred(int counter, int signedWeight) {
            preferredCounters.add(counter);
            preferredWeights.add(signedWeight);
        }

        void holdsScore(int family, int signedWeight) {
            heldScoreFamilies.add(family);
            heldScoreWeights.add(signedWeight);
        }

        void spread(int group, boolean hard, boolean self) {
            spreadGroups.add(group);
            spreadHard.add(hard);
            spreadSelf.add(self);
        }

        PodTerms build(Membership member) {
            return new PodTerms(this, member);
        }
    }
}
