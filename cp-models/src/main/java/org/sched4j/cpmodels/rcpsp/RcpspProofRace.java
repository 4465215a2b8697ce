package org.sched4j.cpmodels.rcpsp;

import com.google.ortools.sat.CpSolverStatus;
import com.google.ortools.sat.SatParameters;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import org.sched4j.api.Deadline;
import org.sched4j.api.SolveThreads;
import org.sched4j.api.ObjectiveSense;
import org.sched4j.api.SolutionListener;
import org.sched4j.api.SolveOptions;
import org.sched4j.api.Termination;
import org.sched4j.rcpsp.RcpspInstance;
import org.sched4j.rcpsp.RcpspSchedule;

/**
 * Two single-worker CP-SAT searches of an RCPSP instance racing on two threads, for instances small enough to be
 * proved. Both search below the best schedule without a linear relaxation ({@code linearization_level: 0}) and without
 * CP-SAT's disjunctive propagators inside the cumulatives: such a propagation-only search makes several times more
 * conflicts per second and proves the hard PSPLIB j30 instances fastest. One searches the project forward, the other
 * the time-reversed project ({@link RcpspCpSatModel#mirrored}), whose proof is often much shorter or longer than the
 * forward one. An instance with downtimes or time windows, which does not mirror, races the forward search against
 * CP-SAT's default search with its linear relaxation, whose bound proves other instances. The first to finish (optimal
 * or infeasible) stops the other; the result is the better schedule and the higher bound of the two. An early
 * termination of the solve stops both; the partner's thread has ended when {@link #run} returns.
 *
 * <p>Why the race is built this way, with the measurements on PSPLIB j30 and j60: {@code docs/rcpsp.md}.
 */
final class RcpspProofRace {

    /** The engine parameter that switches the race on or off ({@code true}/{@code false}) whatever the size. */
    static final String RACE_PARAMETER = CpSatRcpspSolver.RACE_PARAMETER;

    /** The engine parameter that picks the forward search's partner: {@code mirrored} or {@code relaxed}. */
    static final String PARTNER_PARAMETER = CpSatRcpspSolver.PARTNER_PARAMETER;

    /** Instances of at most this many activities (PSPLIB j30 and j60, dummies included) race by default. */
    static final int LARGEST_RACING = 62;

    private RcpspProofRace() {
    }

    /** Whether {@code activities} activities on {@code workers} workers race, as {@value #RACE_PARAMETER} says. */
    static boolean races(int activities, int workers, SolveOptions options) {
        String choice = options.parameter(RACE_PARAMETER, "");
        return switch (choice) {
            case "" -> workers >= 2 && activities <= LARGEST_RACING;
            case "true" -> true;
            case "false" -> false;
            default -> throw new IllegalArgumentException("engine parameter " + RACE_PARAMETER
                    + " must be 'true' or 'false', got '" + choice + "'");
        };
    }

    /**
     * Races the two searches. The propagation-only search of the {@linkplain RcpspCpSatModel#lean lean} model looks
     * for schedules of makespan at most U − 1, U the makespan of {@code start} (no hint; every latest start tightened
     * to that horizon), so that proving U optimal is proving that model infeasible. Its partner is the same search on the
     * {@linkplain RcpspCpSatModel#mirrored time-reversed} model where the instance has one (no downtimes, no time
     * windows) and {@value #PARTNER_PARAMETER} does not say {@code relaxed}; else the relaxed search, from U and
     * hinted with {@code start}.
     *
     * @param start     a known schedule, or {@code null} for none
     * @param horizon   the makespan of {@code start}, or a bound every active schedule meets when it is null
     * @param deadline  the solve's deadline, made on the thread that called the solve; its termination stops both
     * @param stopEarly a second reason to stop both searches, {@code null} for none
     */
    static RcpspCpSatSearch.Outcome run(RcpspInstance instance, RcpspSchedule start, long horizon,
                                        SolveOptions options, Deadline deadline,
                                        SolutionListener<RcpspSchedule> listener, Termination stopEarly) {
        Incumbent incumbent = new Incumbent(start == null ? Long.MAX_VALUE : horizon, deadline,
                SolutionListener.improvementsOnly(ObjectiveSense.MINIMIZE, listener));
        Termination decided = Termination.create();
        try (Termination.Registration passedOn = stopEarly == null ? () -> { }
                : stopEarly.onRequest(decided::request)) {
            return race(instance, start, horizon, options, deadline, incumbent, decided);
        }
    }

    /** Runs the partner on a thread of its own and the forward search on this one; stops and joins the partner. */
    private static RcpspCpSatSearch.Outcome race(RcpspInstance instance, RcpspSchedule start, long horizon,
                                                 SolveOptions options, Deadline deadline, Incumbent incumbent,
                                                 Termination decided) {
        SatParameters tuned = RcpspCpSatSearch.tunedParameters();
        SatParameters propagationOnly = propagationOnly(tuned);
        boolean mirrored = mirroredPartner(instance, options);
        long target = start == null ? Long.MAX_VALUE : horizon;
        long shorter = start == null ? horizon : horizon - 1;
        RcpspCpSatModel partnerModel = mirrored ? RcpspCpSatModel.mirrored(instance, shorter)
                : CpSatRcpspSolver.hinted(instance, start, horizon);
        RcpspCpSatModel forwardModel = RcpspCpSatModel.lean(instance, shorter);
        AtomicReference<RcpspCpSatSearch.Outcome> partnerOutcome = new AtomicReference<>();
        AtomicReference<Throwable> partnerFailure = new AtomicReference<>();
        String partnerName = mirrored ? "rcpsp-cpsat-mirrored" : "rcpsp-cpsat-relaxed";
        Thread partner = Thread.ofPlatform().name(partnerName).start(() -> {
            try {
                partnerOutcome.set(decide(decided, mirrored
                        ? shorterThan(target, partnerModel, incumbent, options, deadline, propagationOnly, decided)
                        : RcpspCpSatSearch.run(partnerModel, options, deadline, target, 1, tuned, incumbent,
                                decided)));
            } catch (Throwable failure) {
                partnerFailure.set(failure);
                decided.request();
            }
        });
        RcpspCpSatSearch.Outcome forward;
        try {
            forward = decide(decided, shorterThan(target, forwardModel, incumbent, options, deadline,
                    propagationOnly, decided));
        } finally {
            decided.request();
            SolveThreads.join(deadline.termination(), partner);
        }
        rethrow(partnerFailure.get());
        return combine(forward, partnerOutcome.get());
    }

    /**
     * Whether the partner of the forward search is the mirrored one: as {@value #PARTNER_PARAMETER} says, and never for
     * an instance that does not mirror (downtimes or time windows), whose partner is the relaxed search whatever it says.
     */
    static boolean mirroredPartner(RcpspInstance instance, SolveOptions options) {
        String choice = options.parameter(PARTNER_PARAMETER, "");
        return switch (choice) {
            case "", "mirrored" -> RcpspCpSatModel.mirrors(instance);
            case "relaxed" -> false;
            default -> throw new IllegalArgumentException("engine parameter " + PARTNER_PARAMETER
                    + " must be 'mirrored' or 'relaxed', got '" + choice + "'");
        };
    }

    /**
     * CP-SAT's parameters for the propagation-only searches: no linear relaxation, and no disjunctive propagators
     * inside the cumulatives, so that the search makes more conflicts per second.
     */
    private static SatParameters propagationOnly(SatParameters tuned) {
        return tuned.toBuilder().setLinearizationLevel(0).setUseDisjunctiveConstraintInCumulative(false).build();
    }

    /**
     * A propagation-only search of {@code model}, whose schedules are shorter than {@code target} (with no target,
     * {@link Long#MAX_VALUE}, those within the horizon), every latest start computed from that horizon. It goes on
     * minimising through shorter schedules, its own or the partner's, without starting again: a new model would lose
     * every clause learnt so far. The infeasibility of the model proves {@code target} optimal, or, without one, the
     * instance infeasible.
     */
    private static RcpspCpSatSearch.Outcome shorterThan(long target, RcpspCpSatModel model, Incumbent incumbent,
                                                        SolveOptions options, Deadline deadline,
                                                        SatParameters parameters, Termination decided) {
        RcpspCpSatSearch.Outcome outcome = RcpspCpSatSearch.run(model, options, deadline, target, 1, parameters,
                incumbent, decided);
        CpSolverStatus status = outcome.status();
        long bound = Math.min(outcome.bound(), incumbent.makespan());
        if (outcome.provedInfeasible()) {
            status = target == Long.MAX_VALUE ? CpSolverStatus.INFEASIBLE : CpSolverStatus.OPTIMAL;
            bound = target == Long.MAX_VALUE ? outcome.bound() : target;
        } else if (status == CpSolverStatus.OPTIMAL) {
            bound = outcome.bound();
        } else {
            status = incumbent.makespan() == Long.MAX_VALUE ? CpSolverStatus.UNKNOWN : CpSolverStatus.FEASIBLE;
        }
        return incumbent.outcome(status, bound, outcome.conflicts(), outcome.branches(), outcome.wallSeconds());
    }

    /** Requests {@code decided} when {@code outcome} settles the race (optimal or infeasible). */
    private static RcpspCpSatSearch.Outcome decide(Termination decided, RcpspCpSatSearch.Outcome outcome) {
        if (outcome.status() == CpSolverStatus.OPTIMAL || outcome.status() == CpSolverStatus.INFEASIBLE) {
            decided.request();
        }
        return outcome;
    }

    private static void rethrow(Throwable failure) {
        if (failure instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (failure instanceof Error error) {
            throw error;
        }
        if (failure != null) {
            throw new IllegalStateException(failure);
        }
    }

    /** The better schedule, the higher bound, the more decisive status, the work of both. */
    static RcpspCpSatSearch.Outcome combine(RcpspCpSatSearch.Outcome a, RcpspCpSatSearch.Outcome b) {
        RcpspCpSatSearch.Outcome better = b.improved() && (!a.improved() || b.bestMakespan() < a.bestMakespan())
                ? b : a;
        CpSolverStatus status = a.status() == CpSolverStatus.INFEASIBLE || b.status() == CpSolverStatus.INFEASIBLE
                ? CpSolverStatus.INFEASIBLE : better.status();
        Duration timeToBest = better.timeToBest();
        return new RcpspCpSatSearch.Outcome(status, better.best(), Math.min(a.bestMakespan(), b.bestMakespan()),
                Math.max(a.bound(), b.bound()), timeToBest, a.conflicts() + b.conflicts(),
                a.branches() + b.branches(), Math.max(a.wallSeconds(), b.wallSeconds()));
    }

    /**
     * The best schedule of the race, shared by both searches: each schedule shorter than every earlier one is kept and
     * passed on to the listener.
     */
    private static final class Incumbent implements SolutionListener<RcpspSchedule> {
        private final Deadline deadline;
        private final SolutionListener<RcpspSchedule> listener;
        private RcpspSchedule best;
        private long makespan;
        private Duration timeToBest = Duration.ZERO;

        Incumbent(long makespan, Deadline deadline, SolutionListener<RcpspSchedule> listener) {
            this.makespan = makespan;
            this.deadline = deadline;
            this.listener = listener;
        }

        @Override
        public synchronized void onImprovingSolution(RcpspSchedule schedule, double objective, double bound,
                                                     Duration elapsed) {
            if (objective < makespan) {
                best = schedule;
                makespan = (long) objective;
                timeToBest = deadline.elapsed();
                listener.onImprovingSolution(schedule, objective, bound, elapsed);
            }
        }

        synchronized long makespan() {
            return makespan;
        }

        /** An outcome holding the best schedule found in the race ({@code null} when none beat the start). */
        synchronized RcpspCpSatSearch.Outcome outcome(CpSolverStatus status, long bound, long conflicts,
                                                      long branches, double wallSeconds) {
            return new RcpspCpSatSearch.Outcome(status, best, makespan, bound, timeToBest, conflicts, branches,
                    wallSeconds);
        }
    }
}
