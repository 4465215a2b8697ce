package org.sched4j.cpmodels.maxcut;

import com.google.ortools.sat.BoolVar;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverSolutionCallback;
import com.google.ortools.sat.CpSolverStatus;
import com.google.ortools.sat.LinearExpr;
import com.google.ortools.sat.LinearExprBuilder;
import com.google.ortools.sat.SatParameters;
import java.time.Duration;
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
import org.sched4j.maxcut.Cut;
import org.sched4j.maxcut.MaxCutEvaluator;
import org.sched4j.maxcut.MaxCutInstance;
import org.sched4j.maxcut.MaxCutProblem;

/**
 * {@code cpsat} for max-cut: an exact 0-1 model solved by CP-SAT, meant for small graphs (a few dozen vertices; it
 * certifies the annealers' answers in the tests). Variables: {@code side_v} per vertex ({@code side_0} fixed to false,
 * which loses nothing by symmetry) and {@code cut_e} per edge; constraints linearise {@code cut_e = side_u XOR side_v}
 * ({@code cut ≤ u + v}, {@code cut ≤ 2 − u − v}, {@code cut ≥ u − v}, {@code cut ≥ v − u}); objective: maximise
 * {@code Σ w_e cut_e}.
 *
 * <p>Statuses: {@link SolveStatus#OPTIMAL} when CP-SAT proves its cut maximum, {@link SolveStatus#FEASIBLE} otherwise
 * with CP-SAT's upper bound; {@link SolveStatus#UNKNOWN} without a cut in the time limit. The listener hears of each
 * heavier cut as CP-SAT finds it; an early termination stops CP-SAT, and the result holds the heaviest cut found.
 */
public final class CpSatMaxCutSolver implements Solver<MaxCutInstance, Cut> {

    /** The solver's identifier. */
    public static final String ID = "cpsat";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public ProblemType<MaxCutInstance, Cut> problemType() {
        return MaxCutProblem.TYPE;
    }

    @Override
    public String description() {
        return "OR-Tools CP-SAT: exact 0-1 model with linearised XOR per edge (small graphs)";
    }

    @Override
    public SolveResult<Cut> solve(MaxCutInstance instance, SolveOptions options, SolutionListener<Cut> listener) {
        OrToolsNativeLibrary.ensureLoaded();
        Deadline deadline = Deadline.of(options);
        CpModel model = new CpModel();
        BoolVar[] side = new BoolVar[instance.vertexCount()];
        for (int v = 0; v < side.length; v++) {
            side[v] = model.newBoolVar("side_" + v);
        }
        HeavierCuts callback = new HeavierCuts(instance, side, deadline, listener);
        Cut greedy = greedyCut(instance);
        callback.offer(greedy);
        if (!buildModel(instance, model, side, greedy, deadline)) {
            return SolveResult.builder(MaxCutProblem.TYPE, instance, ID).status(SolveStatus.FEASIBLE)
                    .solution(greedy, callback.bestWeight()).timeToBest(callback.timeToBest())
                    .build(deadline.elapsed());
        }
        CpSolver solver = CpSatParameters.newSolver(options, deadline, SatParameters.getDefaultInstance());
        CpSolverStatus status = StoppableSearch.solve(solver, model, callback, deadline,
                "max-cut model of " + instance.name());
        callback.rethrowListenerFailure();
        SolveResult.Builder<MaxCutInstance, Cut> result = SolveResult.builder(MaxCutProblem.TYPE, instance, ID);
        if (callback.best() != null) {
            double objective = callback.bestWeight();
            boolean optimal = status == CpSolverStatus.OPTIMAL;
            result.solution(callback.best(), objective)
                    .timeToBest(callback.timeToBest())
                    .status(optimal ? SolveStatus.OPTIMAL : SolveStatus.FEASIBLE)
                    .bound(optimal ? objective : provenBound(status, solver, objective));
        }
        result.statistic("conflicts", solver.numConflicts()).statistic("branches", solver.numBranches());
        return result.build(deadline.elapsed());
    }

    /**
     * The 0-1 model: a cut literal per edge, linearised as the XOR of its ends' sides, the weight of the cut edges
     * maximised, vertex 0 on side 0, hinted with {@code hint}. Returns false, with the model unfinished, when the
     * deadline is reached first (a large graph takes a fraction of a second to build).
     */
    private static boolean buildModel(MaxCutInstance instance, CpModel model, BoolVar[] side, Cut hint,
                                      Deadline deadline) {
        model.addEquality(side[0], 0);
        LinearExprBuilder weight = LinearExpr.newBuilder();
        for (int e = 0; e < instance.edgeCount(); e++) {
            if (e % 1024 == 0 && deadline.isReached()) {
                return false;
            }
            BoolVar u = side[instance.edgeFrom(e)];
            BoolVar v = side[instance.edgeTo(e)];
            BoolVar cut = model.newBoolVar("cut_" + e);
            model.addLessOrEqual(LinearExpr.weightedSum(new BoolVar[] {cut, u, v}, new long[] {1, -1, -1}), 0);
            model.addLessOrEqual(LinearExpr.sum(new BoolVar[] {cut, u, v}), 2);
            model.addGreaterOrEqual(LinearExpr.weightedSum(new BoolVar[] {cut, u, v}, new long[] {1, -1, 1}), 0);
            model.addGreaterOrEqual(LinearExpr.weightedSum(new BoolVar[] {cut, u, v}, new long[] {1, 1, -1}), 0);
            weight.addTerm(cut, instance.edgeWeight(e));
        }
        model.maximize(weight);
        for (int v = 0; v < side.length; v++) {
            model.addHint(side[v], hint.side(v) ? 1 : 0);
        }
        return !deadline.isReached();
    }

    /**
     * CP-SAT's upper bound on the cut weight, rounded down, when its search ran far enough to prove one (status
     * FEASIBLE); {@code NaN} otherwise: stopped before its search, CP-SAT reports a meaningless bound (0), which would
     * claim the greedy cut optimal.
     */
    private static double provenBound(CpSolverStatus status, CpSolver solver, double objective) {
        if (status != CpSolverStatus.FEASIBLE) {
            return Double.NaN;
        }
        return Math.max(objective, Math.floor(solver.bestObjectiveBound() + 1e-9));
    }

    /**
     * The greedy cut, the search's hint and its answer when CP-SAT finds nothing better in time: the vertices in order,
     * vertex 0 on side {@code false}, each on the side that cuts more weight to the vertices placed before it (ties to
     * {@code false}); O(V + E) over the adjacency. With non-negative weights it cuts at least half the total weight.
     */
    static Cut greedyCut(MaxCutInstance instance) {
        int[] offsets = instance.adjacencyOffsets();
        int[] neighbours = instance.adjacency();
        int[] weights = instance.adjacencyWeights();
        boolean[] sides = new boolean[instance.vertexCount()];
        for (int v = 1; v < sides.length; v++) {
            long gainIfTrue = 0;
            for (int k = offsets[v]; k < offsets[v + 1]; k++) {
                int u = neighbours[k];
                if (u < v) {
                    gainIfTrue += sides[u] ? -weights[k] : weights[k];
                }
            }
            sides[v] = gainIfTrue > 0;
        }
        return Cut.of(sides);
    }

    /**
     * Keeps the heaviest cut CP-SAT reports, its weight recomputed by the evaluator, and tells the listener of each
     * heavier one. CP-SAT calls it from its workers one at a time; synchronized all the same. A listener's exception
     * stops the search and is rethrown by {@link #rethrowListenerFailure()}.
     */
    private static final class HeavierCuts extends CpSolverSolutionCallback {
        private final MaxCutInstance instance;
        private final BoolVar[] side;
        private final Deadline deadline;
        private final SolutionListener<Cut> listener;
        private Cut best;
        private long bestWeight = Long.MIN_VALUE;
        private Duration timeToBest = Duration.ZERO;
        private RuntimeException listenerFailure;

        HeavierCuts(MaxCutInstance instance, BoolVar[] side, Deadline deadline, SolutionListener<Cut> listener) {
            this.instance = instance;
            this.side = side;
            this.deadline = deadline;
            this.listener = listener;
        }

        @Override
        public synchronized void onSolutionCallback() {
            boolean[] sides = new boolean[side.length];
            for (int v = 0; v < side.length; v++) {
                sides[v] = booleanValue(side[v]);
            }
            offer(Cut.of(sides));
        }

        /** Keeps {@code cut} and tells the listener when it is heavier than every cut before. */
        synchronized void offer(Cut cut) {
            long weight = MaxCutEvaluator.cutWeight(instance, cut);
            if (weight <= bestWeight || listenerFailure != null) {
                return;
            }
            best = cut;
            bestWeight = weight;
            timeToBest = deadline.elapsed();
            try {
                listener.onImprovingSolution(cut, weight, Double.NaN, timeToBest);
            } catch (RuntimeException e) {
                listenerFailure = e;
                stopSearch();
            }
        }

        synchronized Cut best() {
            return best;
        }

        synchronized long bestWeight() {
            return bestWeight;
        }

        synchronized Duration timeToBest() {
            return timeToBest;
        }

        synchronized void rethrowListenerFailure() {
            if (listenerFailure != null) {
                throw listenerFailure;
            }
        }
    }
}
