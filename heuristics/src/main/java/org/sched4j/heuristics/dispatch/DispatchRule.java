package org.sched4j.heuristics.dispatch;

/** Job-shop dispatching rules (priority rules): which of the candidate operations to schedule next. */
public enum DispatchRule {
    SPT, LPT, MWKR, MOPNR, FDD_MWKR, FIFO, RANDOM
}
