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
 */
final class RcpspCpSatModel {

    private final RcpspInstance instance;
    private final CpModel model = new CpModel();
    private final IntVar[] starts;
    private final IntervalVar[] intervals;
    private final IntVar makespan;
    private final long lowerBound;

    private RcpspCpSatModel(RcpspInstance instance, long horizon) {
        this.instance = instance;
        int n = instance.activityCount();
        this.lowerBound = RcpspLowerBounds.of(instance);
        int[] earliest = RcpspCriticalPath.earliestStarts(instance);
        long[] latest = RcpspCriticalPath.latestStarts(instance, horizon);
        starts = new IntVar[n];
        intervals = new IntervalVar[n];
        for (int i = 0; i < n; i++) {
            starts[i] = model.newIntVar(earliest[i], Math.max(earliest[i], latest[i]), "start_" + i);
            if (latest[i] < earliest[i]) {
                model.addLessOrEqual(starts[i], latest[i]);
            }
            if (instance.duration(i) > 0) {
                intervals[i] = model.newFixedSizeIntervalVar(starts[i], instance.duration(i), "activity_" + i);
            }
        }
        makespan = model.newIntVar(Math.min(lowerBound, horizon), horizon, "makespan");
        if (lowerBound > horizon) {
            model.addGreaterOrEqual(makespan, lowerBound);
        }
        addPrecedences();
        addResources(horizon);
        addDisjunctivePairs();
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
        return new RcpspCpSatModel(instance, horizon);
    }

    private LinearExpr end(int activity) {
        return LinearExpr.affine(starts[activity], 1, instance.duration(activity));
    }

    private void addPrecedences() {
        for (Precedence precedence : instance.precedences()) {
            int predecessor = precedence.predecessor();
            model.addGreaterOrEqual(starts[precedence.successor()], LinearExpr.affine(starts[predecessor], 1,
                    (long) instance.duration(predecessor) + precedence.lag()));
        }
    }

    private void addResources(long horizon) {
        ResourceAvailability availability = ResourceAvailability.of(instance);
        for (int r = 0; r < instance.resourceCount(); r++) {
            int capacity = instance.capacity(r);
            CumulativeConstraint cumulative = model.addCumulative(capacity);
            List<IntervalVar> large = new ArrayList<>();
            for (int i = 0; i < instance.activityCount(); i++) {
                int demand = instance.demand(i, r);
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
            if (large.size() > 1) {
                model.addNoOverlap(large);
            }
        }
    }

    private void addDisjunctivePairs() {
        for (DisjunctivePair pair : instance.disjunctivePairs()) {
            if (intervals[pair.first()] != null && intervals[pair.second()] != null) {
                model.addNoOverlap(List.of(intervals[pair.first()], intervals[pair.second()]));
            }
        }
    }

    /** Hints every start and the makespan from {@code schedule}. */
    void hint(RcpspSchedule schedule) {
        for (int i = 0; i < starts.length; i++) {
            model.addHint(starts[i], schedule.start(i));
        }
        model.addHint(makespan, schedule.makespan(instance));
    }

    /** The schedule of a solution, read with {@code value}. */
    RcpspSchedule schedule(ToLongFunction<IntVar> value) {
        int[] startTimes = new int[starts.length];
        for (int i = 0; i < starts.length; i++) {
            startTimes[i] = (int) value.applyAsLong(starts[i]);
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
