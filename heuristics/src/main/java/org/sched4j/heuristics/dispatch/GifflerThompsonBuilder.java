package org.sched4j.heuristics.dispatch;

/**
 * The active schedule builder of Giffler &amp; Thompson ("Algorithms for solving production-scheduling problems",
 * Operations Research 8(4), 1960): the candidate with the earliest completion time c* (ties: the smaller job index)
 * names the machine; the conflict set is the candidates on that machine that can start before c*, and the rule
 * picks one of them. Every schedule it builds is active (no operation can start earlier without delaying another),
 * and some choice of picks builds an optimal schedule.
 */
final class GifflerThompsonBuilder extends DispatchScheduleGenerator {

    GifflerThompsonBuilder(OperationTable table) {
        super(table);
    }

    @Override
    int selectSlot(PriorityRule rule) {
        int earliestCompletion = Integer.MAX_VALUE;
        int completionJob = -1;
        int conflictMachine = -1;
        for (int slot = 0; slot < activeCount; slot++) {
            int job = activeJobs[slot];
            int completion = earliestStart[slot] + table.duration[nextOperation[job]];
            if (completion < earliestCompletion || (completion == earliestCompletion && job < completionJob)) {
                earliestCompletion = completion;
                completionJob = job;
                conflictMachine = table.machine[nextOperation[job]];
            }
        }
        int bestSlot = -1;
        int bestJob = -1;
        double bestRank = 0;
        for (int slot = 0; slot < activeCount; slot++) {
            int job = activeJobs[slot];
            int operation = nextOperation[job];
            if (table.machine[operation] == conflictMachine && earliestStart[slot] < earliestCompletion) {
                double rank = rule.rank(operation, jobReady[job]);
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
