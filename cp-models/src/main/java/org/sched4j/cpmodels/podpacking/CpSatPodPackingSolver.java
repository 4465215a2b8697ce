package org.sched4j.cpmodels.podpacking;

import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverStatus;
import com.google.ortools.sat.SatParameters;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.sched4j.api.Deadline;
import org.sched4j.api.ProblemType;
import org.sched4j.api.SolutionListener;
import org.sched4j.api.SolveOptions;
import org.sched4j.api.SolveResult;
import org.sched4j.api.SolveStatus;
import org.sched4j.api.Solver;
import org.sched4j.cpmodels.CpSatParameters;
import org.sched4j.cpmodels.OrToolsNativeLibrary;
import org.sched4j.cpmodels.StoppableSearch;
import org.sched4j.heuristics.podpacking.KubeDefaultScheduler;
import org.sched4j.podpacking.PodPackingEvaluator;
import org.sched4j.podpacking.PodPackingInstance;
import org.sched4j.podpacking.PodPackingObjective;
import org.sched4j.podpacking.PodPlacement;
import org.sched4j.podpacking.TierOutcome;
import org.sched4j.podpacking.PodPackingProblem;

/**
 * {@code cpsat}: pod packing with OR-Tools CP-SAT ({@link PodPackingCpSatModel}), lexicographically as in
 * Christensen, Giallorenzo &amp; Mauro ("Priority Matters", 2025): tier by tier from the highest priority, first
 * maximise the pods placed, then minimise the disruption of the running pods, each optimum (or the best value found)
 * fixed as a constraint before the next step. A step whose ideal the plan already reaches (every pod of the tier
 * placed, or none of its running pods disrupted) is proven without calling CP-SAT.
 *
 * <p>The time limit is shared ({@link #share}): each step may use most of the time left, keeping a quarter of its
 * share for each later step, and time a quick step does not need passes on. Every step starts from the best plan
 * so far as its hint, the first from the default scheduler's plan (which keeps the running pods where they are),
 * and a step's plan is kept only when it is lexicographically at least as good, so the result is never worse than
 * {@code kube-default} (whose plan the listener hears of first). OPTIMAL when every step was proven optimal (the plan
 * is then lexicographically optimal), else FEASIBLE. An early termination stops the running step and skips the
 * others; the result is the best plan so far.
 */
public final class CpSatPodPackingSolver implements Solver<PodPackingInstance, PodPlacement> {

    /** The solver's id. */
    public static final String ID = "cpsat";

    /**
     * The part of its share of the time left that a step hands CP-SAT, in percent: the rest covers CP-SAT's own
     * overrun of its limit, its presolve being run again for every step on a loaded machine.
     */
    private static final int STEP_SHARE_PERCENT = 90;

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
        return "CP-SAT, priority tiers solved in turn (Christensen, Giallorenzo & Mauro 2025)";
    }

    @Override
    public SolveResult<PodPlacement> solve(PodPackingInstance problem, SolveOptions options,
                                           SolutionListener<PodPlacement> listener) {
        OrToolsNativeLibrary.ensureLoaded();
        Deadline deadline = Deadline.of(options);
        PodPlacement start = KubeDefaultScheduler.schedule(problem);
        listener.onImprovingSolution(start, PodPackingEvaluator.objective(problem, start).scalar(), Double.NaN,
                deadline.elapsed());
        return solveFrom(problem, start, options, deadline, listener);
    }

    /**
     * Solves starting from {@code start} (a valid plan) as the first hint and incumbent, within what {@code deadline}
     * has left; used by {@code auto}.
     *
     * @param deadline the solve's deadline, made on the thread that called the solve; its termination stops the steps
     */
    public SolveResult<PodPlacement> solveFrom(PodPackingInstance problem, PodPlacement start, SolveOptions options,
                                               Deadline deadline, SolutionListener<PodPlacement> listener) {
        Incumbent incumbent = new Incumbent(problem, start, deadline);
        if (incumbent.objective().isPerfect()) {
            return result(problem, incumbent, SolveStatus.OPTIMAL, 0, deadline);
        }
        if (deadline.isReached()) {
            return result(problem, incumbent, SolveStatus.FEASIBLE, 0, deadline);
        }
        OrToolsNativeLibrary.ensureLoaded();
        PodPackingCpSatModel model = new PodPackingCpSatModel(problem);
        List<Step> steps = steps(model);
        boolean allOptimal = true;
        for (int s = 0; s < steps.size(); s++) {
            Step step = steps.get(s);
            List<Step> stepsLeft = steps.subList(s, steps.size());
            if (deadline.isReached()) {
                allOptimal &= stepsLeft.stream().allMatch(left -> left.isAtItsIdeal(incumbent.objective()));
                break;
            }
            boolean optimal = step.isAtItsIdeal(incumbent.objective())
                    || runStep(model, step, deadline.within(share(deadline.remaining(),
                    stepsToSolve(stepsLeft, incumbent.objective()))), options, incumbent, listener);
            allOptimal &= optimal;
            step.fix(model, incumbent.plan(), problem);
        }
        return result(problem, incumbent, allOptimal ? SolveStatus.OPTIMAL : SolveStatus.FEASIBLE,
                model.variableCount(), deadline);
    }

    /**
     * The time for the next of {@code stepsLeft} steps: {@value #STEP_SHARE_PERCENT} % of the time left, divided so
     * that each later step is planned a quarter of this one's share (later steps start from a good hint and a tighter
     * model and are mostly proven fast; what a step leaves unused passes on).
     */
    static Duration share(Duration remaining, int stepsLeft) {
        return remaining.multipliedBy(STEP_SHARE_PERCENT * 4L).dividedBy(100L * (4 + (stepsLeft - 1)));
    }

    /** The steps of {@code steps} that the plan with {@code objective} leaves to solve, at least 1. */
    private static int stepsToSolve(List<Step> steps, PodPackingObjective objective) {
        return (int) Math.max(1, steps.stream().filter(step -> !step.isAtItsIdeal(objective)).count());
    }

    private static List<Step> steps(PodPackingCpSatModel model) {
        List<Step> steps = new ArrayList<>();
        for (int tier = 0; tier < model.tierCount(); tier++) {
            steps.add(new Step(tier, true));
            if (model.hasDisruptableRunningPods(tier)) {
                steps.add(new Step(tier, false));
            }
        }
        return steps;
    }

    /** Runs one step within {@code stepDeadline}; returns whether CP-SAT proved its optimum. */
    private static boolean runStep(PodPackingCpSatModel model, Step step, Deadline stepDeadline, SolveOptions options,
                                   Incumbent incumbent, SolutionListener<PodPlacement> listener) {
        if (stepDeadline.isReached()) {
            return false;
        }
        step.setObjective(model);
        model.hint(incumbent.plan());
        CpSolver solver = CpSatParameters.newSolver(options, stepDeadline, SatParameters.getDefaultInstance());
        CpSolverStatus status = StoppableSearch.solve(solver, model.model(), null, stepDeadline,
                "pod-packing model, step " + step);
        if (status == CpSolverStatus.OPTIMAL || status == CpSolverStatus.FEASIBLE) {
            incumbent.offer(model.read(solver), listener);
        }
        return status == CpSolverStatus.OPTIMAL;
    }

    private static SolveResult<PodPlacement> result(PodPackingInstance problem, Incumbent incumbent,
                                                    SolveStatus status, int variables, Deadline deadline) {
        double objective = incumbent.objective().scalar();
        return SolveResult.builder(PodPackingProblem.TYPE, problem, ID)
                .status(status)
                .solution(incumbent.plan(), objective)
                .bound(status == SolveStatus.OPTIMAL ? objective : Double.NaN)
                .timeToBest(incumbent.foundAt())
                .statistic("placement_booleans", variables)
                .statistic("unplaced", incumbent.objective().unplaced())
                .statistic("disruption", incumbent.objective().disruption())
                .build(deadline.elapsed());
    }

    /** One lexicographic step: maximise the placed pods of a tier, or minimise its disruption. */
    private record Step(int tier, boolean placement) {

        /**
         * Whether the plan already reaches the best value this step could have (every pod of the tier placed, or no
         * disruption in it): then there is nothing to solve, and the value is proven optimal.
         */
        boolean isAtItsIdeal(PodPackingObjective objective) {
            TierOutcome outcome = objective.tiers().get(tier);
            return placement ? outcome.unplaced() == 0 : outcome.disruption() == 0;
        }

        void setObjective(PodPackingCpSatModel model) {
            model.model().clearObjective();
            if (placement) {
                model.model().maximize(model.placed(tier));
            } else {
                model.model().minimize(model.disruption(tier));
            }
        }

        /** Fixes this step's value at the incumbent's, so that later steps cannot give it up. */
        void fix(PodPackingCpSatModel model, PodPlacement plan, PodPackingInstance problem) {
            if (placement) {
                model.model().addGreaterOrEqual(model.placed(tier), placedUnprotected(plan, problem));
            } else {
                model.model().addLessOrEqual(model.disruption(tier),
                        PodPackingEvaluator.objective(problem, plan).tiers().get(tier).disruption());
            }
        }

        private long placedUnprotected(PodPlacement plan, PodPackingInstance problem) {
            int[] tierOf = problem.tierOfPods();
            long placed = 0;
            for (int p = 0; p < problem.podCount(); p++) {
                if (tierOf[p] == tier && !problem.pods().get(p).protectedPod() && plan.nodeOf(p) >= 0) {
                    placed++;
                }
            }
            return placed;
        }
    }

    /** The best plan so far, its objective and when it was found. */
    private static final class Incumbent {
        private final PodPackingInstance problem;
        private final Deadline deadline;
        private PodPlacement plan;
        private PodPackingObjective objective;
        private Duration foundAt;

        Incumbent(PodPackingInstance problem, PodPlacement start, Deadline deadline) {
            this.problem = problem;
            this.deadline = deadline;
            this.plan = start;
            this.objective = PodPackingEvaluator.objective(problem, start);
            this.foundAt = deadline.elapsed();
        }

        void offer(PodPlacement candidate, SolutionListener<PodPlacement> listener) {
            PodPackingObjective candidateObjective = PodPackingEvaluator.objective(problem, candidate);
            int comparison = candidateObjective.compareTo(objective);
            if (comparison <= 0) {
                plan = candidate;
                objective = candidateObjective;
            }
            if (comparison < 0) {
                foundAt = deadline.elapsed();
                listener.onImprovingSolution(candidate, candidateObjective.scalar(), Double.NaN, foundAt);
            }
        }

        PodPlacement plan() {
            return plan;
        }

        PodPackingObjective objective() {
            return objective;
        }

        Duration foundAt() {
            return foundAt;
        }
    }
}
