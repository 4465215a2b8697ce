package org.sched4j.heuristics.podpacking;

/** The default profile's choice: the highest {@link KubeDefaultScoring} score, ties to the name that sorts first. */
final class KubeDefaultChoice implements NodeChoice {

    private final KubeDefaultScoring scoring;
    private final int[] nameRank;
    private final long[] totals;

    KubeDefaultChoice(ClusterLoad load) {
        scoring = new KubeDefaultScoring(load);
        nameRank = KubeDefaultScheduler.nameRanks(load.instance());
        totals = new long[load.instance().nodeCount()];
    }

    @Override
    public boolean samplesNodes() {
        return true;
    }

    @Override
    public int choose(int pod, int[] nodes, int count) {
        scoring.score(pod, nodes, count, totals);
        int best = 0;
        for (int i = 1; i < count; i++) {
            if (totals[i] > totals[best] || totals[i] == totals[best] && nameRank[nodes[i]] < nameRank[nodes[best]]) {
                best = i;
            }
        }
        return nodes[best];
    }
}
