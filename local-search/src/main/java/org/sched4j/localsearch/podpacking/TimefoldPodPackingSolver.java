package org.sched4j.localsearch.podpacking;

import ai.timefold.solver.core.api.score.BendableScore;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.localsearch.LocalSearchPhaseConfig;
import ai.timefold.solver.core.config.localsearch.decider.acceptor.LocalSearchAcceptorConfig;
import ai.timefold.solver.core.config.localsearch.decider.forager.LocalSearchForagerConfig;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.sched4j.api.ProblemType;
import org.sched4j.api.SolutionListener;
import org.sched4j.api.SolveOptions;
import org.sched4j.api.SolveResult;
import org.sched4j.api.Solver;
import org.sched4j.heuristics.podpacking.KubeDefaultScheduler;
import org.sched4j.podpacking.ClusterNode;
import org.sched4j.podpacking.Pod;
import org.sched4j.podpacking.PodPackingEvaluator;
import org.sched4j.podpacking.PodPackingInstance;
import org.sched4j.podpacking.PodPackingObjective;
import org.sched4j.podpacking.PodPackingResults;
import org.sched4j.podpacking.PodPlacement;
import org.sched4j.podpacking.PodPackingProblem;

/**
 * {@code timefold}: pod packing with Timefold Solver's local search (tabu search with an entity tabu over change and
 * swap moves of each pod's node, "unplaced" included: a step may make the plan worse, which a move that makes room
 * for a pod needs) on the lexicographic objective as a bendable score
 * ({@link PodPackingConstraints}), for clusters too large for CP-SAT within the time limit. It starts from the
 * default scheduler's plan and returns the better of that plan and Timefold's best by the evaluator's exact order,
 * so it is never worse than {@code kube-default}. OPTIMAL only when every pod is placed and none disrupted.
 *
 * <p>Options: the seed is Timefold's random seed; Timefold's community edition runs one thread.
 */
public final class TimefoldPodPackingSolver implements Solver<PodPackingInstance, PodPlacement> {

    /** The solver's id. */
    public static final String ID = "timefold";

    /** Kept free at the end of the time limit for Timefold to stop and the result to be evaluated. */
    private static final Duration STOP_MARGIN = Duration.ofMillis(100);
    /** Tabu search's usual tabu size: a moved pod stays put for the next 7 steps. */
    private static final int DEFAULT_ENTITY_TABU_SIZE = 7;
    /** Moves evaluated per step: the best non-tabu of 1,000 is taken, worse or not. */
    private static final int ACCEPTED_COUNT_LIMIT = 1000;

    @Override
    public String id() {
        return ID;
    }

    @Override
    public ProblemType<PodPackingInstance, PodPlacement> problemType() {
        return PodPackingProblem.TYPE;
    }

    @Override
    public String description() {
        return "Timefold Solver: tabu search over change and swap moves, lexicographic tiers as a bendable score";
    }

    @Override
    public SolveResult<PodPlacement> solve(PodPackingInstance problem, SolveOptions options,
                                           SolutionListener<PodPlacement> listener) {
        long startNanos = System.nanoTime();
        return solve(problem, options, listener, KubeDefaultScheduler.schedule(problem), startNanos);
    }

    /**
     * Solves from {@code start} (a valid plan), within the time limit counted from {@code startNanos}
     * ({@link System#nanoTime}); used by {@code auto}.
     */
    public SolveResult<PodPlacement> solve(PodPackingInstance problem, SolveOptions options,
                                           SolutionListener<PodPlacement> listener, PodPlacement start,
                                           long startNanos) {
        PodPlacement best = start;
        PodPackingObjective bestObjective = PodPackingEvaluator.objective(problem, start);
        Duration timeToBest = Duration.ofNanos(System.nanoTime() - startNanos);
        Duration searchTime = options.timeLimit().minus(STOP_MARGIN)
                .minusNanos(System.nanoTime() - startNanos);
        if (!bestObjective.isPerfect() && searchTime.toMillis() > 0 && problem.podCount() > 0) {
            long deadlineNanos = System.nanoTime() + searchTime.toNanos();
            PodPlacement found = search(problem, start, options, searchTime, deadlineNanos);
            PodPackingObjective foundObjective = PodPackingEvaluator.objective(problem, found);
            if (PodPackingProblem.TYPE.evaluate(problem, found).isFeasible()
                    && foundObjective.compareTo(bestObjective) < 0) {
                best = found;
                bestObjective = foundObjective;
                timeToBest = Duration.ofNanos(System.nanoTime() - startNanos);
                listener.onImprovingSolution(best, bestObjective.scalar(), Double.NaN, timeToBest);
            }
        }
        return PodPackingResults.builder(problem, ID, best, bestObjective)
                .timeToBest(timeToBest)
                .statistic("unplaced", bestObjective.unplaced())
                .statistic("disruption", bestObjective.disruption())
                .build(Duration.ofNanos(System.nanoTime() - startNanos));
    }

    private static PodPlacement search(PodPackingInstance problem, PodPlacement start, SolveOptions options,
                                       Duration searchTime, long deadlineNanos) {
        SolverConfig config = new SolverConfig()
                .withSolutionClass(PodPackingPlan.class)
                .withEntityClasses(PodAssignment.class)
                .withConstraintProviderClass(PodPackingConstraints.class)
                .withRandomSeed(options.seed())
                .withMoveThreadCount(SolverConfig.MOVE_THREAD_COUNT_NONE)
                .withPhases(new LocalSearchPhaseConfig()
                        .withAcceptorConfig(new LocalSearchAcceptorConfig()
                                .withEntityTabuSize(entityTabuSize(problem)))
                        .withForagerConfig(new LocalSearchForagerConfig()
                                .withAcceptedCountLimit(ACCEPTED_COUNT_LIMIT)))
                .withTerminationConfig(new TerminationConfig()
                        .withMillisecondsSpentLimit(Math.max(1, searchTime.toMillis()))
                        .withBestScoreLimit(BendableScore.zero(PodPackingConstraints.HARD_LEVELS,
                                PodPackingConstraints.SOFT_LEVELS).toString()));
        ai.timefold.solver.core.api.solver.Solver<PodPackingPlan> solver =
                SolverFactory.<PodPackingPlan>create(config).buildSolver();
        // Timefold counts its spent limit from the start of its phase; building the score of a large plan before
        // that takes seconds, so a stopper ends the search at the caller's deadline.
        Thread stopper = Thread.ofPlatform().daemon().name("timefold-stopper").start(() -> {
            try {
                Thread.sleep(Duration.ofNanos(Math.max(0, deadlineNanos - System.nanoTime())));
                solver.terminateEarly();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        PodPackingPlan solved = solver.solve(toPlan(problem, start));
        stopper.interrupt();
        return toPlacement(problem, solved);
    }

    /** Tabu search's entity tabu: 7 pods, fewer on tiny scenarios so that some pod can always move. */
    private static int entityTabuSize(PodPackingInstance problem) {
        return Math.max(1, Math.min(DEFAULT_ENTITY_TABU_SIZE, problem.podCount() / 3));
    }

    /** The Timefold plan of {@code placement}. */
    static PodPackingPlan toPlan(PodPackingInstance problem, PodPlacement placement) {
        List<NodeSlot> nodes = new ArrayList<>();
        for (int n = 0; n < problem.nodeCount(); n++) {
            ClusterNode node = problem.nodes().get(n);
            nodes.add(new NodeSlot(n, node.cpuMillis(), node.memoryBytes(), node.podLimit()));
        }
        int[] tierOf = problem.tierOfPods();
        List<PodAssignment> pods = new ArrayList<>();
        for (int p = 0; p < problem.podCount(); p++) {
            Pod pod = problem.pods().get(p);
            int node = placement.nodeOf(p);
            pods.add(new PodAssignment(p, pod.cpuMillis(), pod.memoryBytes(),
                    Math.min(tierOf[p], PodPackingConstraints.TIER_LEVELS - 1),
                    pod.isRunning() ? nodes.get(pod.currentNode()) : null, pod.protectedPod(),
                    node == Pod.PENDING ? null : nodes.get(node)));
        }
        return new PodPackingPlan(nodes, pods);
    }

    private static PodPlacement toPlacement(PodPackingInstance problem, PodPackingPlan plan) {
        int[] nodes = new int[problem.podCount()];
        Arrays.fill(nodes, Pod.PENDING);
        for (PodAssignment pod : plan.getPods()) {
            nodes[pod.getIndex()] = pod.getNode() == null ? Pod.PENDING : pod.getNode().getIndex();
        }
        return new PodPlacement(nodes);
    }
}
