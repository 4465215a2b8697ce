package org.sched4j.localsearch.podpacking;

/**
 * The pods one topology spread constraint counts, shared by the pods with the same constraint, namespace and node
 * filter (as the evaluator groups them): the constraint's limits, and which domains are eligible, each with an index
 * of its own in the group. A problem fact, compared by identity.
 */
final class SpreadGroup {

    private final int keyIndex;
    private final int maxSkew;
    private final int minDomains;
    private final int domainCount;
    private final int[] localOfNode;
    private final int[] localOfDomain;

    /**
     * @param keyIndex      the index of the constraint's topology key
     * @param maxSkew       its maxSkew
     * @param minDomains    its minDomains
     * @param domainCount   the eligible domains
     * @param localOfNode   per node index: the group's index of the node's domain when the node is eligible and has
     *                      the label, else -1
     * @param localOfDomain per domain id: the group's index of the domain when eligible, else -1
     */
    SpreadGroup(int keyIndex, int maxSkew, int minDomains, int domainCount, int[] localOfNode, int[] localOfDomain) {
        this.keyIndex = keyIndex;
        this.maxSkew = maxSkew;
        this.minDomains = minDomains;
        this.domainCount = domainCount;
        this.localOfNode = localOfNode.clone();
        this.localOfDomain = localOfDomain.clone();
    }

    int keyIndex() {
        return keyIndex;
    }

    int maxSkew() {
        return maxSkew;
    }

    int minDomains() {
        return minDomains;
    }

    int domainCount() {
        return domainCount;
    }

    /** The group's index of the domain of {@code node} when it counts pods there, else -1. */
    int countedDomain(NodeSlot node) {
        return localOfNode[node.getIndex()];
    }

    /** The group's index of the domain of {@code node} when that domain is eligible, else -1. */
    int eligibleDomain(NodeSlot node) {
        int domainId = node.domainId(keyIndex);
        return domainId < 0 ? -1 : localOfDomain[domainId];
    }
}
