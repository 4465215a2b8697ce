package org.sched4j.cpmodels.maxcut;

import com.google.ortools.sat.BoolVar;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverStatus;
import com.google.ortools.sat.LinearExpr;
import com.google.ortools.sat.LinearExprBuilder;
import com.google.ortools.sat.SatParameters;
import org.sched4j.api.ProblemType;
import org.sched4j.api.SolutionListener;
import org.sched4j.api.SolveOptions;
import org.sched4j.api.SolveResult;
import org.sched4j.api.SolveStatus;
import org.sched4j.api.Solver;
import org.sched4j.cpmodels.CpSatParameters;
import org.sched4j.cpmodels.OrToolsNativeLibrary;
import org.sched4j.api.Deadline;
import org.sched4j.maxcut.Cut;
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
 * with CP-SAT's upper bound; {@link SolveStatus#UNKNOWN} without a cut in the time limit.
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
        Deadline budget = Deadline.of(options);
        OrToolsNativeLibrary.ensureLoaded();
        CpModel model = new CpModel();
        BoolVar[] side = new BoolVar[instance.vertexCount()];
        for (int v = 0; v < side.length; v++) {
            side[v] = model.newBoolVar("side_" + v);
        }
        model.addEquality(side[0], 0);
        LinearExprBuilder weight = LinearExpr.newBuilder();
        for (int e = 0; e < instance.edgeCount(); e++) {
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
        CpSolver solver = CpSatParameters.newSolver(options, budget.remaining(),
                SatParameters.getDefaultInstance());
        CpSolverStatus status = solver.solve(model);
        SolveResult.Builder<MaxCutInstance, Cut> result = SolveResult.builder(MaxCutProblem.TYPE, instance, ID);
        if (status == CpSolverStatus.OPTIMAL || status == CpSolverStatus.FEASIBLE) {
            boolean[] sides = new boolean[side.length];
            for (int v = 0; v < side.length; v++) {
                sides[v] = solver.booleanValue(side[v]);
            }
            Cut cut = Cut.of(sides);
            double objective = Math.rint(solver.objectiveValue());
            listener.onImprovingSolution(cut, objective, Double.NaN, budget.elapsed());
            result.solution(cut, objective)
                    .timeToBest(budget.elapsed())
                    .status(status == CpSolverStatus.OPTIMAL ? SolveStatus.OPTIMAL : SolveStatus.FEASIBLE)
                    .bound(status == CpSolverStatus.OPTIMAL ? objective : Math.floor(solver.bestObjectiveBound() + 1e-9));
        }
        result.statistic("conflicts", solver.numConflicts()).statistic("branches", solver.numBranches());
        return result.build(budget.elapsed());
    }
}
