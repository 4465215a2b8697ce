package org.sched4j.localsearch.podpacking;

/**
 * That pod {@code podIndex} is in selection {@code selection} (some pod's affinity term selects it) and is counted in
 * the domains of topology key {@code keyIndex}: a problem fact, from which the constraints build the
 * {@link DomainMember}s of the placed pods.
 *
 * @param podIndex  the selected pod
 * @param selection the id of the selection
 * @param keyIndex  the topology key under which it is counted
 * @param uses      which constraints count it ({@link #use}), so that each receives only its members
 */
record DomainMembership(int podIndex, int selection, int keyIndex, int uses) {

    /** The use of members by the first-of-its-group rule of required affinity (selected anywhere in the cluster). */
    static final int CLUSTER_USE = 1 << PodTerm.Kind.values().length;

    /** The bit of {@link #uses} of the terms of {@code kind}. */
    static int use(PodTerm.Kind kind) {
        return 1 << kind.ordinal();
    }
}
