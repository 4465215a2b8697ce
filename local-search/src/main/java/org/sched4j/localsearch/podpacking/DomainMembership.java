package org.sched4j.localsearch.podpacking;

/**
 * That pod {@code podIndex} is in selection {@code selection} (some pod's affinity term selects it) and is counted in
 * the domains of topology key {@code keyIndex}: a problem fact, from which the constraints build the
 * {@link DomainMember}s of the placed pods.
 *
 * @param podIndex  the selected pod
 * @param selection the id of the selection
 * @param keyIndex  the topology key under which it is counted
 */
record DomainMembership(int podIndex, int selection, int keyIndex) {
}
