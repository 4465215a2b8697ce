package org.sched4j.localsearch.podpacking;

/**
 * A placed pod as a member of a selection in one topology domain, keyed by both: the tuples through which the
 * affinity constraints find the selected pods of a domain by an indexed join.
 *
 * @param pod  the placed pod
 * @param key  the selection and the domain ({@link #key})
 * @param uses which constraints count it ({@link DomainMembership#uses})
 */
record DomainMember(PodAssignment pod, long key, int uses) {

    /** Whether the constraints of the uses {@code use} count this member. */
    boolean usedBy(int use) {
        return (uses & use) != 0;
    }

    /** The key of selection {@code selection} in domain {@code domainId} (-1: no domain, which no member has). */
    static long key(int selection, int domainId) {
        return (long) selection << Integer.SIZE | (domainId & 0xFFFF_FFFFL);
    }
}
