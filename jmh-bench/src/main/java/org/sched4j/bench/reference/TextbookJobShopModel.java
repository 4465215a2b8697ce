package org.sched4j.bench.reference;

import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverStatus;
import com.google.ortools.sat.IntVar;
import com.google.ortools.sat.IntervalVar;
import com.google.ortools.sat.LinearExpr;
import com.google.ortools.sat.SatParameters;
import java.util.ArrayList;
import java.util.List;
import org.sched4j.api.ProblemType;
import org.sched4j.api.SolutionListener;
import org.sched4j.api.SolveOptions;
import org.sched4j.api.SolveResult;
import org.sched4j.api.SolveStatus;
import org.sched4j.api.Solver;
import org.sched4j.api.SolverDefectException;
import org.sched4j.cpmodels.CpSatParameters;
import org.sched4j.cpmodels.OrToolsNativeLibrary;
import org.sched4j.api.Deadline;
import org.sched4j.jobshop.JobShopInstance;
import org.sched4j.jobshop.JobShopSchedule;
import org.sched4j.jobshop.JobShopProblem;

/**
 * The reference: the textbook CP-SAT model of the job shop, as in OR-Tools' {@code MinimalJobshopSat} sample, to
 * measure sched4j's {@code cpsat} and {@code auto} against.
 *
 * <p>Horizon = the sum of all durations; one fixed-size interval per operation with start in {@code [0, horizon]};
 * one no-overlap per machine; precedences within each job; makespan = the maximum of the jobs' ends; minimise it. No
 * hint, no tightened domains, no redundant constraint, CP-SAT's default parameters except the time limit, the number
 * of workers and the seed (set through {@link CpSatParameters}, as for sched4j's own models). Not registered as a
 * solver: it lives in the benchmarks only.
 *
 * <p>Statuses: {@link SolveStatus#OPTIMAL} or {@link SolveStatus#FEASIBLE} with CP-SAT's best schedule,
 * {@link SolveStatus#UNKNOWN} when CP-SAT found none in time. The listener is not called.
 */
public final class TextbookJobShopModel implements Solver<JobShopInstance, JobShopSchedule> {

    /** The runner's identifier in tables and CSV files. */
    public static final String ID = "textbook";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public ProblemType<JobShopInstance, JobShopSchedule> problemType() {
        return JobShopProblem.TYPE;
    }

    @Override
    public String description() {
        return "reference: the textbook CP-SAT model (horizon = sum of durations, default parameters)";
    }

    @Override
    public SolveResult<JobShopSchedule> solve(JobShopInstance instance, SolveOptions options,
                                              SolutionListener<JobShopSchedule> listener) {
        Deadline budget = Deadline.of(options);
        OrToolsNativeLibrary.ensureLoaded();
        long horizon = instance.totalDuration();
        CpModel model = new CpModel();
        IntVar[][] starts = new IntVar[instance.jobCount()][];
        IntervalVar[][] intervals = new IntervalVar[instance.jobCount()][];
        List<List<IntervalVar>> byMachine = new ArrayList<>();
        for (int m = 0; m < instance.machineCount(); m++) {
            byMachine.add(new ArrayList<>());
        }
        for (int j = 0; j < instance.jobCount(); j++) {
            int count = instance.job(j).operationCount();
            starts[j] = new IntVar[count];
            intervals[j] = new IntervalVar[count];
            for (int k = 0; k < count; k++) {
                starts[j][k] = model.newIntVar(0, horizon, "start_" + j + "_" + k);
                intervals[j][k] = model.newFixedSizeIntervalVar(starts[j][k], instance.operation(j, k).duration(),
                        "operation_" + j + "_" + k);
                byMachine.get(instance.operation(j, k).machine()).add(intervals[j][k]);
            }
        }
        for (List<IntervalVar> machine : byMachine) {
            model.addNoOverlap(machine);
        }
        List<LinearExpr> jobEnds = new ArrayList<>();
        for (IntervalVar[] job : intervals) {
            for (int k = 1; k < job.length; k++) {
                model.addLessOrEqual(job[k - 1].getEndExpr(), job[k].getStartExpr());
            }
            jobEnds.add(job[job.length - 1].getEndExpr());
        }
        IntVar makespan = model.newIntVar(0, horizon, "makespan");
        model.addMaxEquality(makespan, jobEnds);
        model.minimize(makespan);

        CpSolver solver = CpSatParameters.newSolver(options, budget,
                SatParameters.getDefaultInstance());
        CpSolverStatus status = solver.solve(model);
        SolveResult.Builder<JobShopInstance, JobShopSchedule> result =
                SolveResult.builder(JobShopProblem.TYPE, instance, ID)
                        .statistic("conflicts", solver.numConflicts())
                        .statistic("branches", solver.numBranches())
                        .statistic("cpsat_wall_seconds", solver.wallTime());
        switch (status) {
            case OPTIMAL, FEASIBLE -> result.solution(read(starts, solver), solver.objectiveValue())
                    .bound(solver.bestObjectiveBound())
                    .status(status == CpSolverStatus.OPTIMAL ? SolveStatus.OPTIMAL : SolveStatus.FEASIBLE);
            case INFEASIBLE -> result.status(SolveStatus.INFEASIBLE);
            case MODEL_INVALID -> throw new SolverDefectException("CP-SAT found the textbook model of "
                    + instance.name() + " invalid: " + model.validate());
            default -> result.status(SolveStatus.UNKNOWN);
        }
        return result.build(budget.elapsed());
    }

    private static JobShopSchedule read(IntVar[][] starts, CpSolver solver) {
        int[][] startTimes = new int[starts.length][];
        for (int j = 0; j < starts.length; j++) {
            startTimes[j] = new int[starts[j].length];
            for (int k = 0; k < starts[j].length; k++) {
                startTimes[j][k] = Math.toIntExact(solver.value(starts[j][k]));
            }
        }
        return JobShopSchedule.of(startTimes);
    }
}
