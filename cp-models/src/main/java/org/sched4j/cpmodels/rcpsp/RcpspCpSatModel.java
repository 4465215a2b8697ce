package org.sched4j.cpmodels.rcpsp;

import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CumulativeConstraint;
import com.google.ortools.sat.IntVar;
import com.google.ortools.sat.IntervalVar;
import com.google.ortools.sat.LinearExpr;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToLongFunction;
import org.sched4j.rcpsp.DisjunctivePair;
import org.sched4j.rcpsp.Precedence;
import org.sched4j.rcpsp.RcpspCriticalPath;
import org.sched4j.rcpsp.RcpspInstance;
import org.sched4j.rcpsp.RcpspLowerBounds;
import org.sched4j.rcpsp.RcpspSchedule;
import org.sched4j.rcpsp.ResourceAvailability;

/**
 * The CP-SAT model of an RCPSP instance with its extensions, in the order of the mathematics:
 * <ul>
 *   <li>a start variable per activity, its domain {@code [earliest start, latest start]} from the critical path method
 *       (releases and lags included) and the horizon (deadlines included): time windows are domains;</li>
 *   <li>a fixed-size interval per activity of positive duration;</li>
 *   <li>one cumulative constraint per resource at its full capacity, with each downtime as a fixed interval that
 *       consumes the missing capacity;</li>
 *   <li>precedences with lags as linear inequalities; disjunctive pairs as two-interval no-overlaps;</li>
 *   <li>a redundant no-overlap per resource over the activities that need more than half its capacity (no two of them
 *       can ever run together);</li>
 *   <li>the makespan, an integer variable from the lower bound ({@link RcpspLowerBounds}: critical path and resource
 *       energy) to the horizon, above every activity's end; minimised.</li>
 * </ul>
 * The horizon is the makespan of a known schedule (the heuristic's), so CP-SAT searches only for schedules at least as
 * short; without one it is a bound that every active schedule meets.
 *
 * <p>Two variants serve the proof race ({@link RcpspProofRace}): a {@linkplain #lean lean} model without the redundant
 * no-overlaps, whose propagation-only search makes more conflicts per second, and the lean model of the
 * {@linkplain #mirrored time-reversed} project (every precedence turned round; a schedule of makespan M read back as
 * {@code start = M − mirrored start − duration}), whose search meets the same schedules from their ends: on PSPLIB j30
 * one direction often proves the bound much sooner than the other.
 */
final class RcpspCpSatModel {

    private final RcpspInstance instance;
    private final boolean mirror;
    private final CpModel model = new CpModel();
    private final IntVar[] starts;
    private final IntervalVar[] intervals;
    private final IntVar makespan;
    private final long lowerBound;

    private RcpspCpSatModel(RcpspInstance original, long horizon, boolean redundantNoOverlaps, boolean mirror) {
        this.instance = original;
        this.mirror = mirror;
        RcpspInstance modelled = mirror ? timeReversed(original) : original;
        int n = modelled.activityCount();
        this.lowerBound = RcpspLowerBounds.of(modelled);
        int[] earliest = RcpspCriticalPath.earliestStarts(modelled);
        long[] latest = RcpspCriticalPath.latestStarts(modelled, horizon);
        starts = new IntVar[n];
        intervals = new IntervalVar[n];
        for (int i = 0; i < n; i++) {
            starts[i] = model.newIntVar(earliest[i], Math.max(earliest[i], latest[i]), "start_" + i);
            if (latest[i] < earliest[i]) {
                model.addLessOrEqual(starts[i], latest[i]);
            }
            if (modelled.duration(i) > 0) {
                intervals[i] = model.newFixedSizeIntervalVar(starts[i], modelled.duration(i), "activity_" + i);
            }
        }
        makespan = model.newIntVar(Math.min(lowerBound, horizon), horizon, "makespan");
        if (lowerBound > horizon) {
            model.addGreaterOrEqual(makespan, lowerBound);
        }
        addPrecedences(modelled);
        addResources(modelled, horizon, redundantNoOverlaps);
        addDisjunctivePairs(modelled);
        for (int i = 0; i < n; i++) {
            model.addGreaterOrEqual(makespan, end(i));
        }
        model.minimize(makespan);
    }

    /**
     * The model of {@code instance} for schedules of makespan at most {@code horizon}.
     *
     * @param horizon the makespan of a known schedule, or a bound every active schedule meets
     */
    static RcpspCpSatModel build(RcpspInstance instance, long horizon) {
        return new RcpspCpSatModel(instance, horizon, true, false);
    }

    /** As {@link #build}, without the redundant no-overlaps. */
    static RcpspCpSatModel lean(RcpspInstance instance, long horizon) {
        return new RcpspCpSatModel(instance, horizon, false, false);
    }

    /**
     * The lean model of the time-reversed project, whose schedules are read back as schedules of {@code instance};
     * only for instances without downtimes and time windows ({@link #mirrors}).
     */
    static RcpspCpSatModel mirrored(RcpspInstance instance, long horizon) {
        if (!mirrors(instance)) {
            throw new IllegalArgumentException("instance " + instance.name()
                    + " has downtimes or time windows, which are not mirrored");
        }
        return new RcpspCpSatModel(instance, horizon, false, true);
    }

    /**
     * Whether {@code instance} has a time-reversed model: the reversed project of one without downtimes and time
     * windows has the same makespans (disjunctive pairs and lags turn round with the precedences).
     */
    static boolean mirrors(RcpspInstance instance) {
        return instance.downtimes().isEmpty() && instance.windows().isEmpty();
    }

    private static RcpspInstance timeReversed(RcpspInstance instance) {
        List<Precedence> reversed = instance.precedences().stream()
                .map(precedence -> new Precedence(precedence.successor(), precedence.predecessor(), precedence.lag()))
                .toList();
        return new RcpspInstance(instance.name(), instance.resources(), instance.activities(), reversed, List.of(),
                List.of(), instance.disjunctivePairs());
    }

    private LinearExpr end(int activity) {
        return LinearExpr.affine(starts[activity], 1, instance.duration(activity));
    }

    private void addPrecedences(RcpspInstance modelled) {
        for (Precedence precedence : modelled.precedences()) {
            int predecessor = precedence.predecessor();
            model.addGreaterOrEqual(starts[precedence.successor()], LinearExpr.affine(starts[predecessor], 1,
                    (long) modelled.duration(predecessor) + precedence.lag()));
        }
    }

    private void addResources(RcpspInstance modelled, long horizon, boolean redundantNoOverlaps) {
        ResourceAvailability availability = ResourceAvailability.of(modelled);
        for (int r = 0; r < modelled.resourceCount(); r++) {
            int capacity = modelled.capacity(r);
            CumulativeConstraint cumulative = model.addCumulative(capacity);
            List<IntervalVar> large = new ArrayList<>();
            for (int i = 0; i < modelled.activityCount(); i++) {
                int demand = modelled.demand(i, r);
                if (intervals[i] != null && demand > 0) {
                    cumulative.addDemand(intervals[i], demand);
                    if (2L * demand > capacity) {
                        large.add(intervals[i]);
                    }
                }
            }
            for (ResourceAvailability.ReducedStretch stretch : availability.reducedStretches(r)) {
                if (stretch.start() < horizon) {
                    long end = Math.min(stretch.end(), horizon);
                    IntervalVar down = model.newFixedInterval(stretch.start(), end - stretch.start(),
                            "downtime_" + r + "_" + stretch.start());
                    cumulative.addDemand(down, capacity - stretch.capacity());
                }
            }
            if (redundantNoOverlaps && large.size() > 1) {
                model.addNoOverlap(large);
            }
        }
    }

    private void addDisjunctivePairs(RcpspInstance modelled) {
        for (DisjunctivePair pair : modelled.disjunctivePairs()) {
            if (intervals[pair.first()] != null && intervals[pair.second()] != null) {
                model.addNoOverlap(List.of(intervals[pair.first()], intervals[pair.second()]));
            }
        }
    }

    /** Hints every start and the makespan from {@code schedule}, a schedule of the (original) instance. */
    void hint(RcpspSchedule schedule) {
        long length = schedule.makespan(instance);
        for (int i = 0; i < starts.length; i++) {
            model.addHint(starts[i], mirror ? length - schedule.start(i) - instance.duration(i) : schedule.start(i));
        }
        model.addHint(makespan, length);
    }

    /** The schedule of the (original) instance that a solution, read with {@code value}, stands for. */
    RcpspSchedule schedule(ToLongFunction<IntVar> value) {
        int[] startTimes = new int[starts.length];
        int length = 0;
        for (int i = 0; i < starts.length; i++) {
            startTimes[i] = (int) value.applyAsLong(starts[i]);
            length = Math.max(length, startTimes[i] + instance.duration(i));
        }
        if (mirror) {
            for (int i = 0; i < starts.length; i++) {
                startTimes[i] = length - startTimes[i] - instance.duration(i);
            }
        }
        return RcpspSchedule.of(startTimes);
    }

    CpModel model() {
        return model;
    }

    RcpspInstance instance() {
        return instance;
    }

    /** The lower bound the makespan variable starts from. */
    long lowerBound() {
        return lowerBound;
    }
}
