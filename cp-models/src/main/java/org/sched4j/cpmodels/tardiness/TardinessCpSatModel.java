package org.sched4j.cpmodels.tardiness;

import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CpSolverSolutionCallback;
import com.google.ortools.sat.IntVar;
import com.google.ortools.sat.IntervalVar;
import com.google.ortools.sat.LinearExpr;
import java.util.Comparator;
import java.util.stream.IntStream;
import org.sched4j.tardiness.TardinessInstance;
import org.sched4j.tardiness.TardinessJob;

/**
 * The CP-SAT model of 1|r_j|Σw_jT_j: per job a start in [r_j, H − p_j] (H = latest release + Σp), a fixed-size
 * interval, and a tardiness T_j ≥ start_j + p_j − d_j, T_j ≥ 0; the intervals do not overlap; minimise Σ w_j T_j,
 * bounded above by a known sequence's cost. Built once per solve.
 */
final class TardinessCpSatModel {

    final CpModel model = new CpModel();
    final IntVar[] starts;
    final IntVar[] tardiness;
    private final TardinessInstance instance;

    private TardinessCpSatModel(TardinessInstance instance, long upperBound) {
        this.instance = instance;
        int n = instance.jobCount();
        long horizon = instance.totalProcessingTime()
                + instance.jobs().stream().mapToLong(TardinessJob::releaseDate).max().orElse(0);
        starts = new IntVar[n];
        tardiness = new IntVar[n];
        IntervalVar[] intervals = new IntervalVar[n];
        long[] weights = new long[n];
        for (int j = 0; j < n; j++) {
            TardinessJob job = instance.job(j);
            starts[j] = model.newIntVar(job.releaseDate(), horizon - job.processingTime(), "start_" + j);
            intervals[j] = model.newFixedSizeIntervalVar(starts[j], job.processingTime(), "job_" + j);
            long maxTardiness = Math.max(0, horizon - job.dueDate());
            tardiness[j] = model.newIntVar(0, maxTardiness, "tardiness_" + j);
            model.addGreaterOrEqual(LinearExpr.newBuilder().add(tardiness[j]).addTerm(starts[j], -1).build(),
                    job.processingTime() - (long) job.dueDate());
            weights[j] = job.weight();
        }
        model.addNoOverlap(intervals);
        LinearExpr objective = LinearExpr.weightedSum(tardiness, weights);
        model.addLessOrEqual(objective, upperBound);
        model.minimize(objective);
    }

    /** The model with the objective at most {@code upperBound}. */
    static TardinessCpSatModel build(TardinessInstance instance, long upperBound) {
        return new TardinessCpSatModel(instance, upperBound);
    }

    /** Hints the schedule of {@code order}: each job as early as the sequence allows. */
    void hint(int[] order) {
        long time = 0;
        for (int job : order) {
            TardinessJob data = instance.job(job);
            time = Math.max(time, data.releaseDate());
            model.addHint(starts[job], time);
            time += data.processingTime();
            model.addHint(tardiness[job], Math.max(0, time - data.dueDate()));
        }
    }

    /** The sequence of the current solution of {@code found}: job numbers by start time. */
    int[] sequence(CpSolverSolutionCallback found) {
        long[] values = new long[starts.length];
        for (int j = 0; j < values.length; j++) {
            values[j] = found.value(starts[j]);
        }
        return sequenceOf(values);
    }

    /** The sequence of the start times {@code values} (job numbers by start). */
    private static int[] sequenceOf(long[] values) {
        return IntStream.range(0, values.length).boxed()
                .sorted(Comparator.<Integer>comparingLong(j -> values[j]).thenComparingInt(j -> j))
                .mapToInt(Integer::intValue).toArray();
    }
}
