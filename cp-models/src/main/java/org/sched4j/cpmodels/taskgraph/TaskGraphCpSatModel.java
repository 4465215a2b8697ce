package org.sched4j.cpmodels.taskgraph;

import com.google.ortools.sat.BoolVar;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CumulativeConstraint;
import com.google.ortools.sat.IntVar;
import com.google.ortools.sat.IntervalVar;
import com.google.ortools.sat.LinearExpr;
import com.google.ortools.sat.Literal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.ToLongFunction;
import org.sched4j.taskgraph.DataEdge;
import org.sched4j.taskgraph.TaskGraphInstance;
import org.sched4j.taskgraph.TaskGraphSchedule;

/**
 * The CP-SAT model of a task graph, in the order of the mathematics.
 *
 * <p>Data: times are integers, the instance's times multiplied by {@link #scale()} and rounded up (scale 1 when
 * every cost and transfer time is an integer, 1000 otherwise), so that every schedule of the model is feasible for
 * the instance and optimal for it when the scale is 1. Variables: a start and an end per task in {@code [0, H]},
 * {@code H} the makespan of the hint; for every processor that can run the task, a presence literal and an optional
 * interval of the task's cost there, the presences of a task summing to 1. Constraints: intervals of a processor do
 * not overlap; along every edge the target starts after the source ends, plus the transfer time when their
 * processors differ (one implication per pair of processors; one per processor when all links are alike).
 * Objective: the makespan, at least every end.
 *
 * <p>Identical processors with free communication (the STG set) get the exact and much smaller model of
 * {@code P|prec|Cmax}: one fixed interval per task and a cumulative of capacity P; processors are then given out in
 * order of start (at most P tasks overlap, so one is always free).
 */
final class TaskGraphCpSatModel {

    private static final long FRACTION_SCALE = 1000;

    private final TaskGraphInstance instance;
    private final CpModel model = new CpModel();
    private final long scale;
    private final boolean identical;
    private final IntVar[] starts;
    private final IntVar[] ends;
    private final BoolVar[][] presences;
    private final IntVar makespan;

    private TaskGraphCpSatModel(TaskGraphInstance instance, long horizon) {
        this.instance = instance;
        this.scale = instance.hasIntegralTimes() ? 1 : FRACTION_SCALE;
        this.identical = instance.hasIdenticalProcessors() && instance.hasFreeCommunication();
        int tasks = instance.taskCount();
        this.starts = new IntVar[tasks];
        this.ends = new IntVar[tasks];
        this.presences = new BoolVar[tasks][];
        long scaledHorizon = horizon * scale;
        for (int task = 0; task < tasks; task++) {
            starts[task] = model.newIntVar(0, scaledHorizon, "start_" + task);
            ends[task] = model.newIntVar(0, scaledHorizon, "end_" + task);
        }
        this.makespan = model.newIntVar(0, scaledHorizon, "makespan");
        if (identical) {
            addCumulative();
        } else {
            addAlternatives();
        }
        addPrecedences();
        for (IntVar end : ends) {
            model.addGreaterOrEqual(makespan, end);
        }
        model.minimize(makespan);
    }

    /**
     * Builds the model of {@code instance} for schedules no longer than {@code horizon} (instance time units,
     * rounded up to an integer by the caller).
     */
    static TaskGraphCpSatModel build(TaskGraphInstance instance, long horizon) {
        return new TaskGraphCpSatModel(instance, horizon);
    }

    private void addCumulative() {
        CumulativeConstraint cumulative = model.addCumulative(instance.processorCount());
        for (int task = 0; task < instance.taskCount(); task++) {
            long duration = scaled(instance.cost(task, 0));
            IntervalVar interval = model.newFixedSizeIntervalVar(starts[task], duration, "task_" + task);
            model.addEquality(ends[task], LinearExpr.newBuilder().add(starts[task]).add(duration).build());
            cumulative.addDemand(interval, 1);
        }
    }

    private void addAlternatives() {
        List<List<IntervalVar>> byProcessor = new ArrayList<>();
        for (int p = 0; p < instance.processorCount(); p++) {
            byProcessor.add(new ArrayList<>());
        }
        for (int task = 0; task < instance.taskCount(); task++) {
            presences[task] = new BoolVar[instance.processorCount()];
            List<Literal> options = new ArrayList<>();
            for (int p = 0; p < instance.processorCount(); p++) {
                if (!instance.canRun(task, p)) {
                    continue;
                }
                BoolVar present = model.newBoolVar("on_" + task + "_" + p);
                presences[task][p] = present;
                options.add(present);
                byProcessor.get(p).add(model.newOptionalIntervalVar(starts[task],
                        LinearExpr.constant(scaled(instance.cost(task, p))), ends[task], present,
                        "task_" + task + "_on_" + p));
            }
            model.addExactlyOne(options);
        }
        byProcessor.forEach(model::addNoOverlap);
    }

    private void addPrecedences() {
        boolean uniform = instance.network().isUniform();
        for (DataEdge edge : instance.edges()) {
            model.addGreaterOrEqual(starts[edge.target()], ends[edge.source()]);
            if (identical || instance.processorCount() == 1) {
                continue;
            }
            for (int p = 0; p < instance.processorCount(); p++) {
                if (presences[edge.source()][p] == null) {
                    continue;
                }
                if (uniform) {
                    addUniformDelay(edge, p);
                } else {
                    addPairDelays(edge, p);
                }
            }
        }
    }

    /** All links alike: the source on {@code p} and the target elsewhere delays the target by the transfer. */
    private void addUniformDelay(DataEdge edge, int p) {
        long transfer = scaled(instance.communication(edge, p, p == 0 ? 1 : 0));
        if (transfer == 0) {
            return;
        }
        BoolVar targetHere = presences[edge.target()][p];
        Literal[] conditions = targetHere == null ? new Literal[] {presences[edge.source()][p]}
                : new Literal[] {presences[edge.source()][p], targetHere.not()};
        addDelay(edge, transfer, conditions);
    }

    /** Links that differ: one delay per pair of distinct processors. */
    private void addPairDelays(DataEdge edge, int p) {
        for (int q = 0; q < instance.processorCount(); q++) {
            long transfer = scaled(instance.communication(edge, p, q));
            if (p != q && presences[edge.target()][q] != null && transfer > 0) {
                addDelay(edge, transfer, presences[edge.source()][p], presences[edge.target()][q]);
            }
        }
    }

    private void addDelay(DataEdge edge, long transfer, Literal... conditions) {
        model.addGreaterOrEqual(starts[edge.target()],
                LinearExpr.newBuilder().add(ends[edge.source()]).add(transfer).build()).onlyEnforceIf(conditions);
    }

    /** Hints CP-SAT with {@code schedule} (its processors and starts, scaled). */
    void hint(TaskGraphSchedule schedule) {
        for (int task = 0; task < instance.taskCount(); task++) {
            long start = (long) Math.ceil(schedule.start(task) * scale - 1e-6);
            model.addHint(starts[task], start);
            model.addHint(ends[task], start + scaled(instance.cost(task, schedule.processor(task))));
            if (!identical) {
                for (int p = 0; p < instance.processorCount(); p++) {
                    if (presences[task][p] != null) {
                        model.addHint(presences[task][p], p == schedule.processor(task) ? 1 : 0);
                    }
                }
            }
        }
    }

    /** The schedule of a CP-SAT solution, its values read with {@code value}. */
    TaskGraphSchedule schedule(ToLongFunction<IntVar> value) {
        double[] startTimes = new double[instance.taskCount()];
        int[] processors = new int[instance.taskCount()];
        for (int task = 0; task < instance.taskCount(); task++) {
            startTimes[task] = (double) value.applyAsLong(starts[task]) / scale;
            if (!identical) {
                for (int p = 0; p < instance.processorCount(); p++) {
                    if (presences[task][p] != null && value.applyAsLong(presences[task][p]) == 1) {
                        processors[task] = p;
                    }
                }
            }
        }
        if (identical) {
            assignIdenticalProcessors(startTimes, processors);
        }
        return TaskGraphSchedule.of(processors, startTimes);
    }

    private void assignIdenticalProcessors(double[] startTimes, int[] processors) {
        Integer[] byStart = new Integer[instance.taskCount()];
        Arrays.setAll(byStart, task -> task);
        Arrays.sort(byStart, (a, b) -> Double.compare(startTimes[a], startTimes[b]));
        double[] freeFrom = new double[instance.processorCount()];
        for (int task : byStart) {
            int chosen = 0;
            for (int p = 1; p < freeFrom.length; p++) {
                if (freeFrom[p] < freeFrom[chosen]) {
                    chosen = p;
                }
            }
            processors[task] = chosen;
            if (instance.cost(task, chosen) > 0) {
                freeFrom[chosen] = startTimes[task] + instance.cost(task, chosen);
            }
        }
    }

    CpModel model() {
        return model;
    }

    TaskGraphInstance instance() {
        return instance;
    }

    /** Model time units per instance time unit. */
    long scale() {
        return scale;
    }

    IntVar makespan() {
        return makespan;
    }

    private long scaled(double time) {
        return (long) Math.ceil(time * scale - 1e-9);
    }
}
