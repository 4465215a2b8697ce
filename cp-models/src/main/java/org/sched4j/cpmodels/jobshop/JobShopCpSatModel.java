package org.sched4j.cpmodels.jobshop;

import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.IntVar;
import com.google.ortools.sat.IntervalVar;
import com.google.ortools.sat.LinearArgument;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.ToLongFunction;
import org.sched4j.cpmodels.OrToolsNativeLibrary;
import org.sched4j.jobshop.JobShopInstance;
import org.sched4j.jobshop.JobShopSchedule;
import org.sched4j.jobshop.Operation;

/**
 * The CP-SAT model of the job shop: minimise the makespan.
 *
 * <p>Data: the instance, the heads and tails of its operations ({@link HeadsAndTails}), a lower bound {@code LB}
 * (the one-machine bound, at least the longest job and the most loaded machine) and an upper bound {@code UB} (the
 * makespan of a known schedule, else the sum of all durations).
 *
 * <p>Variables: for each operation {@code (j,k)} of duration {@code p} a start {@code s[j][k]} in
 * {@code [head(j,k), UB - p - tail(j,k)]} and a fixed-size interval {@code [s, s + p)}; the makespan {@code C} in
 * {@code [LB, UB]}. The tight domains keep the horizon at {@code UB} instead of the sum of all durations.
 *
 * <p>Constraints: precedence chains {@code s[j][k] + p[j][k] <= s[j][k+1]}; one no-overlap per machine over its
 * operations of positive duration (operations of duration zero occupy no machine, as in the evaluator);
 * {@code C >= s + p} for each job's last operation; and, redundantly, an interval {@code [C, UB + 1)} in every
 * machine's no-overlap, which lets the disjunctive reasoning (edge finding, energy) push the makespan up directly
 * (as in OR-Tools' {@code jobshop_sat} example; what it gains is measured in {@code docs/jobshop.md}).
 *
 * <p>Objective: minimise {@code C}. A schedule can be handed over as a complete hint ({@link #hint}).
 */
public final class JobShopCpSatModel {

    private final JobShopInstance instance;
    private final HeadsAndTails headsAndTails;
    private final long upperBound;
    private final CpModel model = new CpModel();
    private final IntVar[][] starts;
    private final IntervalVar[][] intervals;
    private final IntVar makespan;
    private IntVar afterMakespanSize;

    private JobShopCpSatModel(JobShopInstance instance, long upperBound) {
        this.instance = instance;
        this.headsAndTails = HeadsAndTails.of(instance);
        this.upperBound = upperBound;
        this.starts = new IntVar[instance.jobCount()][];
        this.intervals = new IntervalVar[instance.jobCount()][];
        createOperations();
        this.makespan = model.newIntVar(headsAndTails.lowerBound(), upperBound, "makespan");
        addPrecedenceChains();
        addMachineNoOverlaps();
        addMakespanAfterJobs();
        model.minimize(makespan);
    }

    /**
     * Builds the model of {@code instance} whose makespan may be at most {@code upperBound}.
     *
     * @param upperBound the makespan of a known schedule (tight domains), or {@link JobShopInstance#totalDuration()}
     *                   when none is known; at least {@link #lowerBound(JobShopInstance)}
     * @throws IllegalArgumentException when {@code upperBound} is below the lower bound (no schedule exists)
     */
    public static JobShopCpSatModel build(JobShopInstance instance, long upperBound) {
        Objects.requireNonNull(instance, "instance");
        long lowerBound = lowerBound(instance);
        if (upperBound < lowerBound) {
            throw new IllegalArgumentException("upperBound " + upperBound + " is below the lower bound " + lowerBound
                    + " of " + instance.name());
        }
        OrToolsNativeLibrary.ensureLoaded();
        return new JobShopCpSatModel(instance, upperBound);
    }

    /** The model's lower bound on the makespan of {@code instance}: see {@link HeadsAndTails}. */
    public static long lowerBound(JobShopInstance instance) {
        return HeadsAndTails.of(instance).lowerBound();
    }

    private void createOperations() {
        for (int j = 0; j < instance.jobCount(); j++) {
            int count = instance.job(j).operationCount();
            starts[j] = new IntVar[count];
            intervals[j] = new IntervalVar[count];
            for (int k = 0; k < count; k++) {
                int duration = instance.operation(j, k).duration();
                long latestStart = upperBound - duration - headsAndTails.tail(j, k);
                starts[j][k] = model.newIntVar(headsAndTails.head(j, k), latestStart, "start_" + j + "_" + k);
                intervals[j][k] = model.newFixedSizeIntervalVar(starts[j][k], duration, "operation_" + j + "_" + k);
            }
        }
    }

    private void addPrecedenceChains() {
        for (IntervalVar[] job : intervals) {
            for (int k = 1; k < job.length; k++) {
                model.addLessOrEqual(job[k - 1].getEndExpr(), job[k].getStartExpr());
            }
        }
    }

    private void addMachineNoOverlaps() {
        List<List<IntervalVar>> byMachine = new ArrayList<>();
        for (int m = 0; m < instance.machineCount(); m++) {
            byMachine.add(new ArrayList<>());
        }
        for (int j = 0; j < instance.jobCount(); j++) {
            for (int k = 0; k < intervals[j].length; k++) {
                Operation operation = instance.operation(j, k);
                if (operation.duration() > 0) {
                    byMachine.get(operation.machine()).add(intervals[j][k]);
                }
            }
        }
        afterMakespanSize = model.newIntVar(1, upperBound + 1 - headsAndTails.lowerBound(), "after_makespan_size");
        IntervalVar afterMakespan = model.newIntervalVar(makespan, afterMakespanSize,
                model.newConstant(upperBound + 1), "after_makespan");
        for (List<IntervalVar> machine : byMachine) {
            if (!machine.isEmpty()) {
                machine.add(afterMakespan);
                model.addNoOverlap(machine);
            }
        }
    }

    private void addMakespanAfterJobs() {
        for (IntervalVar[] job : intervals) {
            model.addLessOrEqual(job[job.length - 1].getEndExpr(), makespan);
        }
    }

    /** Hands {@code schedule}, a feasible schedule of makespan at most the upper bound, to CP-SAT as a full hint. */
    public void hint(JobShopSchedule schedule) {
        Objects.requireNonNull(schedule, "schedule");
        for (int j = 0; j < starts.length; j++) {
            for (int k = 0; k < starts[j].length; k++) {
                model.addHint(starts[j][k], schedule.start(j, k));
            }
        }
        long scheduleMakespan = schedule.makespan(instance);
        model.addHint(makespan, scheduleMakespan);
        model.addHint(afterMakespanSize, upperBound + 1 - scheduleMakespan);
    }

    /** Reads the schedule of a solution, given how to read a variable's value (a callback's or a solver's). */
    public JobShopSchedule schedule(ToLongFunction<LinearArgument> valueOf) {
        int[][] startTimes = new int[starts.length][];
        for (int j = 0; j < starts.length; j++) {
            startTimes[j] = new int[starts[j].length];
            for (int k = 0; k < starts[j].length; k++) {
                startTimes[j][k] = Math.toIntExact(valueOf.applyAsLong(starts[j][k]));
            }
        }
        return JobShopSchedule.of(startTimes);
    }

    /** The makespan variable (the objective). */
    public IntVar makespan() {
        return makespan;
    }

    /** The CP-SAT model, ready to solve. */
    public CpModel model() {
        return model;
    }

    /** The instance modelled. */
    public JobShopInstance instance() {
        return instance;
    }

    /** The lower bound the makespan's domain starts at. */
    public long lowerBound() {
        return headsAndTails.lowerBound();
    }

    /** The upper bound the makespan's domain ends at (the horizon). */
    public long upperBound() {
        return upperBound;
    }
}
