package org.sched4j.cpmodels.podpacking;

import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverStatus;
import com.google.ortools.sat.SatParameters;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.sched4j.api.Deadline;
import org.sched4j.api.SolutionListener;
import org.sched4j.api.SolveOptions;
import org.sched4j.cpmodels.CpSatParameters;
import org.sched4j.cpmodels.StoppableSearch;
import org.sched4j.podpacking.PodPackingObjective;
import org.sched4j.podpacking.PodPlacement;

/**
 * The levels of {@link PodPackingObjective#compareTo} optimised one after the other on a {@link PodPackingCpSatModel}:
 * tier by tier from the highest priority, maximise the placed pods then minimise the disruption; then minimise the
 * node-local soft penalty; then (for {@link CpSatPodPackingSolver.Goal#LEXICOGRAPHIC} and
 * {@link CpSatPodPackingSolver.Goal#FRAGMENTATION}, when GPU use may change) the fragmentation proxy. Each optimum (or
 * the best value found) is fixed as a constraint before the next step, at the incumbent's value; a step whose ideal
 * the incumbent already reaches is proven without calling CP-SAT. Every plan CP-SAT finds is offered to the
 * {@link PodPackingIncumbent}, which keeps it only when the evaluator finds it valid and at least as good by the full
 * order. For {@link CpSatPodPackingSolver.Goal#PLACEMENT} (the rounds of a neighbourhood search) the tiers are one
 * step when they fold into a number below 2<sup>50</sup> ({@link ObjectiveLevels#tierWeights()}), which saves
 * CP-SAT's start-up per tier; for {@link CpSatPodPackingSolver.Goal#FRAGMENTATION} the tiers and the soft penalty are
 * only fixed at the base plan's values (each tier's placed pods and disruption at least as good), not optimised.
 *
 * <p>The time left is shared ({@link #share}): each step may use most of it, keeping a quarter of its share for each
 * later step, and time a quick step does not need passes on.
 */
final class LexicographicSteps {

    /**
     * The part of its share of the time left that a step hands CP-SAT, in percent: the rest covers CP-SAT's own
     * overrun of its limit, its presolve being run again for every step on a loaded machine.
     */
    private static final int STEP_SHARE_PERCENT = 90;

    /**
     * CP-SAT's tuning for the models of a neighbourhood: no presolve. Their steps are short and start from a complete
     * hint, which CP-SAT reports only once presolve is done (most of a round's time at 10,000 pods on a busy machine);
     * the whole cluster's model keeps the presolve, which its proofs need.
     */
    private static final SatParameters WITHOUT_PRESOLVE = SatParameters.newBuilder().setCpModelPresolve(false).build();

    private enum Kind { PLACE, DISRUPT, TIERS, SOFT, FRAGMENT }

    /**
     * One step: its kind, its tier for PLACE and DISRUPT, the weights of the tiers folded into one number for TIERS
     * ({@link ObjectiveLevels#tierWeights()}).
     */
    private record Step(Kind kind, int tier, long[] weights) {

        Step(Kind kind, int tier) {
            this(kind, tier, null);
        }

        boolean isAtItsIdeal(PodPackingCpSatModel model, PodPackingIncumbent incumbent) {
            PodPlacement plan = incumbent.plan();
            ObjectiveLevels levels = model.levels();
            return switch (kind) {
                case PLACE -> levels.placedIn(plan, tier) == levels.freePodsOf(tier);
                case DISRUPT -> levels.disruptionIn(plan, tier) == 0;
                case TIERS -> IntStream.range(0, levels.tierCount()).allMatch(t ->
                        levels.placedIn(plan, t) == levels.freePodsOf(t) && levels.disruptionIn(plan, t) == 0);
                case SOFT -> levels.softPenaltyIn(plan) == 0;
                case FRAGMENT -> incumbent.objective().gpuFragmentation()
                        <= PodPackingObjective.FRAGMENTATION_TOLERANCE;
            };
        }

        /**
         * The step's objective in {@code plan}; equal to CP-SAT's proven optimum when the incumbent kept a plan at
         * least as good as CP-SAT's (the fragmentation proxy is never a proof, and gives -1).
         */
        long valueIn(PodPackingCpSatModel model, PodPlacement plan) {
            ObjectiveLevels levels = model.levels();
            return switch (kind) {
                case PLACE -> levels.placedIn(plan, tier);
                case DISRUPT -> levels.disruptionIn(plan, tier);
                case TIERS -> levels.weightedTiersIn(plan, weights);
                case SOFT -> levels.softPenaltyIn(plan);
                case FRAGMENT -> -1;
            };
        }

        void setObjective(PodPackingCpSatModel model) {
            CpModel cp = model.model();
            ObjectiveLevels levels = model.levels();
            cp.clearObjective();
            switch (kind) {
                case PLACE -> cp.maximize(levels.tierPlaced(tier));
                case DISRUPT -> cp.minimize(levels.disruption(tier));
                case TIERS -> cp.maximize(levels.weightedTiers(weights));
                case SOFT -> cp.minimize(levels.softPenalty());
                case FRAGMENT -> cp.minimize(model.gpu().fragmentation());
            }
        }

        /** Fixes this step's value at the incumbent's, so that later steps cannot give it up. */
        void fix(PodPackingCpSatModel model, PodPlacement plan) {
            CpModel cp = model.model();
            ObjectiveLevels levels = model.levels();
            switch (kind) {
                case PLACE -> cp.addGreaterOrEqual(levels.tierPlaced(tier), levels.placedIn(plan, tier));
                case DISRUPT -> cp.addLessOrEqual(levels.disruption(tier), levels.disruptionIn(plan, tier));
                case TIERS -> cp.addGreaterOrEqual(levels.weightedTiers(weights),
                        levels.weightedTiersIn(plan, weights));
                case SOFT -> cp.addLessOrEqual(levels.softPenalty(), levels.softPenaltyIn(plan));
                case FRAGMENT -> {
                }
            }
        }

        boolean isTier() {
            return kind == Kind.PLACE || kind == Kind.DISRUPT || kind == Kind.TIERS;
        }

        @Override
        public String toString() {
            return kind.name().toLowerCase(Locale.ROOT) + (kind == Kind.PLACE || kind == Kind.DISRUPT
                    ? " tier " + (tier + 1) : "");
        }
    }

    /** What the steps proved: each level of the order optimal for the model. */
    record Proof(boolean tiers, boolean soft, boolean fragmentation) {
        boolean all() {
            return tiers && soft && fragmentation;
        }
    }

    private LexicographicSteps() {
    }

    /**
     * Runs the steps of {@code goal} on {@code model} from the incumbent until {@code deadline}.
     *
     * @return which levels were proven optimal for the model (meaningful for the whole cluster only)
     */
    static Proof run(PodPackingCpSatModel model, PodPackingIncumbent incumbent, CpSatPodPackingSolver.Goal goal,
                     SolveOptions options, Deadline deadline, SolutionListener<PodPlacement> listener) {
        List<Step> optimised = new ArrayList<>();
        List<Step> tiersAndSoft = new ArrayList<>();
        long[] weights = goal == CpSatPodPackingSolver.Goal.PLACEMENT ? model.levels().tierWeights() : null;
        if (weights != null) {
            tiersAndSoft.add(new Step(Kind.TIERS, 0, weights));
        } else {
            for (int tier = 0; tier < model.levels().tierCount(); tier++) {
                tiersAndSoft.add(new Step(Kind.PLACE, tier));
                if (model.levels().hasDisruptableRunningPods(tier)) {
                    tiersAndSoft.add(new Step(Kind.DISRUPT, tier));
                }
            }
        }
        if (model.levels().hasSoftCosts()) {
            tiersAndSoft.add(new Step(Kind.SOFT, 0));
        }
        boolean fragmentationStep = goal != CpSatPodPackingSolver.Goal.PLACEMENT && model.gpu().hasDevices()
                && CpSatPodPackingSolver.fragmentationCanDiffer(model.instance());
        if (goal == CpSatPodPackingSolver.Goal.FRAGMENTATION) {
            for (Step step : tiersAndSoft) {
                step.fix(model, incumbent.plan());
            }
        } else {
            optimised.addAll(tiersAndSoft);
        }
        if (fragmentationStep) {
            optimised.add(new Step(Kind.FRAGMENT, 0));
        }
        boolean tiersProven = goal != CpSatPodPackingSolver.Goal.FRAGMENTATION;
        boolean softProven = goal != CpSatPodPackingSolver.Goal.FRAGMENTATION;
        for (int s = 0; s < optimised.size(); s++) {
            Step step = optimised.get(s);
            boolean proven;
            if (incumbent.isValid() && step.isAtItsIdeal(model, incumbent)) {
                proven = true;
            } else if (deadline.isReached()) {
                proven = false;
            } else {
                List<Step> left = optimised.subList(s, optimised.size());
                long toSolve = Math.max(1, left.stream()
                        .filter(l -> !incumbent.isValid() || !l.isAtItsIdeal(model, incumbent)).count());
                proven = runStep(model, step, deadline.within(share(deadline.remaining(), (int) toSolve)), options,
                        incumbent, listener);
            }
            if (!incumbent.isValid()) {
                return new Proof(false, false, false);
            }
            if (step.isTier()) {
                tiersProven &= proven;
            } else if (step.kind() == Kind.SOFT) {
                softProven &= proven;
            }
            step.fix(model, incumbent.plan());
        }
        boolean softLevel = incumbent.objective().softPenalty() == 0 || softProven && model.levels().softIsExact();
        boolean fragmentationLevel = !CpSatPodPackingSolver.fragmentationCanDiffer(model.instance())
                || incumbent.objective().gpuFragmentation() <= PodPackingObjective.FRAGMENTATION_TOLERANCE;
        return new Proof(tiersProven && incumbent.isValid(), softLevel && incumbent.isValid(), fragmentationLevel);
    }

    /**
     * The time for the next of {@code stepsLeft} steps: {@value #STEP_SHARE_PERCENT} % of the time left, divided so
     * that each later step is planned a quarter of this one's share (later steps start from a good hint and a tighter
     * model and are mostly proven fast; what a step leaves unused passes on).
     */
    static Duration share(Duration remaining, int stepsLeft) {
        return remaining.multipliedBy(STEP_SHARE_PERCENT * 4L).dividedBy(100L * (4 + (stepsLeft - 1)));
    }

    /** Runs one step within {@code stepDeadline}; returns whether CP-SAT proved its optimum. */
    private static boolean runStep(PodPackingCpSatModel model, Step step, Deadline stepDeadline, SolveOptions options,
                                   PodPackingIncumbent incumbent, SolutionListener<PodPlacement> listener) {
        if (stepDeadline.isReached()) {
            return false;
        }
        step.setObjective(model);
        model.hint(incumbent.plan());
        CpSolver solver = CpSatParameters.newSolver(options, stepDeadline,
                model.neighbourhood().isWholeCluster() ? SatParameters.getDefaultInstance() : WITHOUT_PRESOLVE);
        CpSolverStatus status = StoppableSearch.solve(solver, model.model(), null, stepDeadline,
                "pod-packing model, step " + step);
        if (status != CpSolverStatus.OPTIMAL && status != CpSolverStatus.FEASIBLE) {
            return false;
        }
        incumbent.offer(model.read(solver), listener);
        return status == CpSolverStatus.OPTIMAL && incumbent.isValid()
                && step.valueIn(model, incumbent.plan()) == Math.round(solver.objectiveValue());
    }
}
