package org.sched4j.heuristics.dispatch;

/**
 * The non-delay schedule builder: at each step the candidates that can start earliest form the conflict set, and
 * the rule picks one of them. No machine is ever left idle while an operation could start on it (Giffler &amp;
 * Thompson, "Algorithms for solving production-scheduling problems", Operations Research 8(4), 1960; Baker,
 * "Introduction to Sequencing and Scheduling", 1974). Non-delay schedules are active, but the optimum may not be
 * among them.
 */
final class NonDelayBuilder extends DispatchScheduleGenerator {

    NonDelayBuilder(OperationTable table) {
        super(table);
    }

    @Override
    int selectSlot(PriorityRule rule) {
        int earliest = Integer.MAX_VALUE;
        for (int slot = 0; slot < activeCount; slot++) {
            earliest = Math.min(earliest, earliestStart[slot]);
        }
        int bestSlot = -1;
        int bestJob = -1;
        double bestRank = 0;
        for (int slot = 0; slot < activeCount; slot++) {
            if (earliestStart[slot] == earliest) {
                int job = activeJobs[slot];
                double rank = rule.rank(nextOperation[job], jobReady[job]);
                if (isPreferred(rank, job, bestRank, bestJob)) {
                    bestSlot = slot;
                    bestJob = job;
                    bestRank = rank;
                }
            }
        }
        return bestSlot;
    }
}
