package org.sched4j.localsearch.jobshop;

import org.sched4j.api.Deadline;
import java.time.Duration;
import java.util.SplittableRandom;
import org.sched4j.api.SolutionListener;
import org.sched4j.jobshop.JobShopSchedule;

/**
 * The state and main loop of one tabu search run; see {@link JobShopTabuSearch} for the method. Single-threaded and
 * deterministic for a seed: the clock only decides when to stop.
 */
final class TabuSearchRun {

    private static final int INCUMBENT_POLL_INTERVAL = 128;
    private static final int PERTURBATION_SWAPS = 8;
    private static final int MAX_RELINK_SWAPS = 1_000;

    private final OperationIndex index;
    private final TabuSearchParameters parameters;
    private final Deadline deadline;
    private final SharedIncumbent incumbent;
    private final SolutionListener<JobShopSchedule> listener;
    private final SplittableRandom random;
    private final DisjunctiveGraph graph;
    private final CriticalPath critical;
    private final N7Neighbourhood neighbourhood;
    private final TabuMemory tabu;
    private final ElitePool elite;
    private final PathRelinking relinking;
    private final long lowerBound;
    private final int[] bestSequence;
    private final int[] runBestSequence;
    private int bestMakespan;
    private int runBestMakespan;
    private Duration timeToBest = Duration.ZERO;
    private long iteration;
    private long stall;
    private long restarts;

    TabuSearchRun(OperationIndex index, TabuSearchParameters parameters, JobShopSchedule start, long seed,
                  Deadline deadline, SharedIncumbent incumbent, SolutionListener<JobShopSchedule> listener) {
        this.index = index;
        this.parameters = parameters;
        this.deadline = deadline;
        this.incumbent = incumbent;
        this.listener = listener;
        random = new SplittableRandom(seed);
        graph = new DisjunctiveGraph(index, ScheduleConversion.machineSequence(index, start));
        critical = new CriticalPath(index.operationCount);
        neighbourhood = new N7Neighbourhood(index, random);
        tabu = new TabuMemory(index);
        elite = new ElitePool(parameters.eliteSize());
        relinking = new PathRelinking(index);
        lowerBound = index.instance.trivialLowerBound();
        bestSequence = graph.copySequence();
        runBestSequence = graph.copySequence();
        bestMakespan = Integer.MAX_VALUE;
        runBestMakespan = graph.makespan();
    }

    /**
     * Searches until the deadline, the iteration limit, the target makespan, or until the shared incumbent is proven
     * optimal; returns the best schedule.
     */
    TabuSearchOutcome run() {
        improveBest();
        while (!finished()) {
            iteration++;
            if (incumbent != null && iteration % INCUMBENT_POLL_INTERVAL == 0) {
                if (incumbent.isProvenOptimal()) {
                    break;
                }
                adoptBetterIncumbent();
            }
            step();
        }
        graph.load(bestSequence);
        return new TabuSearchOutcome(ScheduleConversion.schedule(graph), graph.makespan(), timeToBest, iteration,
                neighbourhood.evaluated, restarts);
    }

    private boolean finished() {
        return bestMakespan <= parameters.targetMakespan() || iteration >= parameters.maxIterations()
                || deadline.isReached();
    }

    private void step() {
        critical.find(graph);
        if (!neighbourhood.select(graph, critical, tabu, iteration, bestMakespan)) {
            restart();
            return;
        }
        applyChosenMove();
        if (graph.makespan() < runBestMakespan) {
            runBestMakespan = graph.makespan();
            graph.copySequenceInto(runBestSequence);
            stall = 0;
            if (runBestMakespan < bestMakespan) {
                improveBest();
            }
        } else if (++stall >= parameters.stallIterations()) {
            restart();
        }
    }

    private void applyChosenMove() {
        int from = neighbourhood.chosenFrom;
        int to = neighbourhood.chosenTo;
        int[] sequence = graph.sequence;
        int moved = sequence[from];
        long until = iteration + parameters.tenure() + random.nextInt(parameters.tenure() / 2 + 1);
        boolean acyclic;
        if (neighbourhood.chosenForward) {
            acyclic = graph.moveAfter(moved, sequence[to]);
            for (int p = from; p < to; p++) {
                tabu.forbid(moved, sequence[p], until);
            }
        } else {
            acyclic = graph.moveBefore(moved, sequence[to]);
            for (int p = to + 1; p <= from; p++) {
                tabu.forbid(sequence[p], moved, until);
            }
        }
        if (!acyclic) {
            throw new IllegalStateException("a move judged feasible would create a cycle: a defect of the tabu search");
        }
    }

    /**
     * Restarts from the elite pool: relinks two random members part of the way, or, while the pool holds one
     * solution, perturbs it with random swaps on its critical path.
     */
    private void restart() {
        restarts++;
        elite.offer(runBestSequence, runBestMakespan);
        if (elite.size() >= 2) {
            int initiating = random.nextInt(elite.size());
            int guiding = random.nextInt(elite.size() - 1);
            guiding += guiding >= initiating ? 1 : 0;
            graph.load(elite.sequence(initiating));
            relinking.relink(graph, elite.sequence(guiding), parameters.relinkShare(), MAX_RELINK_SWAPS, random);
        } else {
            graph.load(elite.sequence(0));
            perturb();
        }
        tabu.clear();
        stall = 0;
        runBestMakespan = graph.makespan();
        graph.copySequenceInto(runBestSequence);
        if (runBestMakespan < bestMakespan) {
            improveBest();
        }
    }

    private void perturb() {
        for (int swap = 0; swap < PERTURBATION_SWAPS; swap++) {
            critical.find(graph);
            if (critical.blockCount == 0) {
                return;
            }
            int block = random.nextInt(critical.blockCount);
            int first = critical.blockFirst[block];
            int p = first + random.nextInt(critical.blockLast[block] - first);
            int u = graph.sequence[p];
            graph.moveAfter(u, graph.machineSuccessor[u]);
        }
    }

    private void adoptBetterIncumbent() {
        long shared = incumbent.makespan();
        if (shared >= bestMakespan) {
            return;
        }
        incumbent.schedule().ifPresent(schedule -> {
            graph.load(ScheduleConversion.machineSequence(index, schedule));
            elite.offer(graph.sequence, graph.makespan());
            tabu.clear();
            stall = 0;
            runBestMakespan = graph.makespan();
            graph.copySequenceInto(runBestSequence);
            graph.copySequenceInto(bestSequence);
            bestMakespan = graph.makespan();
            timeToBest = deadline.elapsed();
            if (bestMakespan < shared) {
                report();
            }
        });
    }

    private void improveBest() {
        bestMakespan = graph.makespan();
        graph.copySequenceInto(bestSequence);
        timeToBest = deadline.elapsed();
        report();
    }

    private void report() {
        JobShopSchedule schedule = ScheduleConversion.schedule(graph);
        if (incumbent != null) {
            incumbent.offer(schedule);
        }
        listener.onImprovingSolution(schedule, bestMakespan, lowerBound, timeToBest);
    }
}
