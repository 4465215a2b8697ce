package org.sched4j.heuristics.dispatch;

/**
 * FIFO: the operation that became ready first, that is whose job predecessor ended earliest (a job's first
 * operation is ready at 0); ties go to the smaller job index (Panwalkar &amp; Iskander, "A survey of scheduling
 * rules", Operations Research 25(1), 1977, "first come, first served").
 */
record FirstInFirstOutRule() implements PriorityRule {

    @Override
    public double rank(int operation, int readyTime) {
        return readyTime;
    }
}
