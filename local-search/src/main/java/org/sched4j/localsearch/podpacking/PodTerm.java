package org.sched4j.localsearch.podpacking;

/**
 * One pod affinity or anti-affinity term of one pod, as a problem fact: the pods the term selects are the members of
 * selection {@code selection} ({@link DomainMembership}), counted in the owner's domain of topology key
 * {@code keyIndex}.
 *
 * @param index        the term's index among all terms (equal terms of one pod are distinct facts, as the evaluator
 *                     counts each)
 * @param kind         required or preferred, affinity or anti-affinity
 * @param owner        the index of the pod with the term
 * @param selection    the id of the set of pods the term selects
 * @param keyIndex     the index of the term's topology key
 * @param weight       the preference's weight (1 for required terms)
 * @param selfMatching whether the term selects its owner (then a required affinity is met by the first pod of its
 *                     group: no other selected pod placed anywhere)
 */
record PodTerm(int index, Kind kind, int owner, int selection, int keyIndex, int weight, boolean selfMatching) {

    /** What the term requires or prefers. */
    enum Kind {
        REQUIRED_AFFINITY, REQUIRED_ANTI_AFFINITY, PREFERRED_AFFINITY, PREFERRED_ANTI_AFFINITY
    }

    /** The key of the members the term counts: the selected pods in the domain of {@code ownerPod}'s node. */
    long memberKey(PodAssignment ownerPod) {
        return DomainMember.key(selection, ownerPod.domainId(keyIndex));
    }

    /** The key of the members the term selects anywhere in the cluster. */
    long clusterKey() {
        return DomainMember.key(selection, PodPackingPlanConversion.CLUSTER_DOMAIN);
    }
}
