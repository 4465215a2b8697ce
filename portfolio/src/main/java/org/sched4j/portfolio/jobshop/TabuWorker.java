package org.sched4j.portfolio.jobshop;

import org.sched4j.jobshop.JobShopSchedule;
import org.sched4j.localsearch.jobshop.JobShopTabuSearch;
import org.sched4j.api.Deadline;
import org.sched4j.localsearch.jobshop.TabuSearchOutcome;
import org.sched4j.localsearch.jobshop.TabuSearchParameters;

/** One tabu search thread of a portfolio: starts from the incumbent and shares every improvement. */
final class TabuWorker {

    private final PortfolioState state;
    private final TabuSearchParameters parameters;
    private final long seed;

    TabuWorker(PortfolioState state, TabuSearchParameters parameters, long seed) {
        this.state = state;
        this.parameters = parameters;
        this.seed = seed;
    }

    /** Searches until {@code deadline} or until the incumbent is proven optimal. */
    void run(Deadline deadline) {
        JobShopTabuSearch search = new JobShopTabuSearch(state.instance(), parameters);
        JobShopSchedule start = state.incumbent().schedule().orElseThrow();
        TabuSearchOutcome outcome = search.run(start, seed, deadline, state.incumbent(),
                (schedule, makespan, bound, elapsed) -> state.offer(schedule, "tabu"));
        state.offer(outcome.schedule(), "tabu");
        state.addTabuIterations(outcome.iterations());
    }
}
