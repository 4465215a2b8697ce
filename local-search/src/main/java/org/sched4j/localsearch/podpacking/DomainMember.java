package org.sched4j.localsearch.podpacking;

/**
 * A placed pod as a member of a selection in one topology domain, keyed by both: the tuples through which the
 * affinity constraints find the selected pods of a domain by an indexed join.
 *
 * @param pod the placed pod
 * @param key the selection and the domain ({@link #key})
 */
record DomainMember(PodAssignment pod, long key) {

    /** The key of selection {@code selection} in domain {@code domainId} (-1: no domain, which no member has). */
    static long key(int selection, int domainId) {
        return (long) selection << Integer.SIZE | (domainId & 0xFFFF_FFFFL);
    }
}
