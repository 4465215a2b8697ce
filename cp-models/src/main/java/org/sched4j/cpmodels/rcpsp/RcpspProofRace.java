package org.sched4j.cpmodels.rcpsp;

import com.google.ortools.sat.CpSolverStatus;
import com.google.ortools.sat.SatParameters;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import org.sched4j.api.ObjectiveSense;
import org.sched4j.api.SolutionListener;
import org.sched4j.api.SolveOptions;
import org.sched4j.api.Deadline;
import org.sched4j.rcpsp.RcpspInstance;
import org.sched4j.rcpsp.RcpspSchedule;

/**
 * Two single-worker CP-SAT searches of an RCPSP instance racing on two threads, for instances small enough to be
 * proved. Both search below the best schedule without a linear relaxation ({@code linearization_level: 0}) and without
 * CP-SAT's disjunctive propagators inside the cumulatives: such a propagation-only search makes several times more
 * conflicts per second and proves the hard PSPLIB j30 instances fastest. One searches the project forward, the other
 * the time-reversed project ({@link RcpspCpSatModel#mirrored}), whose proof is often much shorter or longer than the
 * forward one (j3029_3 at makespan 77: 8.6 s reversed against 12.0 s forward, one thread each). An instance with
 * downtimes or time windows, which does not mirror, races the forward search against CP-SAT's default search with its
 * linear relaxation, whose bound proves other instances. The first to finish (optimal or infeasible) stops the other;
 * the result is the better schedule and the higher bound of the two.
 *
 * <p>Measured with 2 threads at 10 s on PSPLIB j30 and j60: see docs/rcpsp.md.
 */
final class RcpspProofRace {

    /** The engine parameter that switches the race on or off ({@code true}/{@code false}) whatever the size. */
    static final String RACE_PARAMETER = "rcpsp.cpsat.race";

    /** The engine parameter that picks the forward search's partner: {@code mirrored} or {@code relaxed}. */
    static final String PARTNER_PARAMETER = "rcpsp.cpsat.race-partner";

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
     * @param start         a known schedule, or {@code null} for none
     * @param horizon       the makespan of {@code start}, or a bound every active schedule meets when it is null
     * @param stopRequested stops both searches once it returns true
     */
    static RcpspCpSatSearch.Outcome run(RcpspInstance instance, RcpspSchedule start, long horizon,
                                        SolveOptions options, Deadline budget,
                                        SolutionListener<RcpspSchedule> listener, BooleanSupplier stopRequested) {
        Incumbent incumbent = new Incumbent(start == null ? Long.MAX_VALUE : horizon, budget,
                SolutionListener.improvementsOnly(ObjectiveSense.MINIMIZE, listener));
        AtomicBoolean decided = new AtomicBoolean();
        BooleanSupplier stop = () -> decided.get() || stopRequested.getAsBoolean();
        SatParameters tuned = RcpspCpSatSearch.tunedParameters();
        SatParameters propagationOnly = propagationOnly(tuned);
        boolean mirrored = mirroredPartner(instance, options);
        long target = start == null ? Long.MAX_VALUE : horizon;
        long shorter = start == null ? horizon : horizon - 1;
        RcpspCpSatModel partnerModel = mirrored ? RcpspCpSatModel.mirrored(instance, shorter)
                : CpSatRcpspSolver.hinted(instance, start, horizon);
        CompletableFuture<RcpspCpSatSearch.Outcome> partner = new CompletableFuture<>();
        Thread.ofPlatform().name(mirrored ? "rcpsp-cpsat-mirrored" : "rcpsp-cpsat-relaxed").start(() -> {
            try {
                partner.complete(decide(decided, mirrored
                        ? shorterThan(target, partnerModel, incumbent, options, budget, propagationOnly, stop)
                        : RcpspCpSatSearch.run(partnerModel, options, budget, target, 1, tuned, incumbent, stop)));
            } catch (Throwable failure) {
                decided.set(true);
                partner.completeExceptionally(failure);
            }
        });
        RcpspCpSatSearch.Outcome forward;
        try {
            forward = decide(decided, shorterThan(target, RcpspCpSatModel.lean(instance, shorter), incumbent,
                    options, budget, propagationOnly, stop));
        } finally {
            decided.set(true);
        }
        return combine(forward, join(partner));
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
     * every clause learnt so far (on the hard j30 sets 9, 13, 29 and 45, starting again below each shorter schedule
     * proved 39 of 40 in a mean 1.89 s, going on 40 in 1.70 s). The infeasibility of the model proves {@code target}
     * optimal, or, without one, the instance infeasible.
     */
    private static RcpspCpSatSearch.Outcome shorterThan(long target, RcpspCpSatModel model, Incumbent incumbent,
                                                        SolveOptions options, Deadline budget,
                                                        SatParameters parameters, BooleanSupplier stop) {
        RcpspCpSatSearch.Outcome outcome = RcpspCpSatSearch.run(model, options, budget, target, 1, parameters,
                incumbent, stop);
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

    private static RcpspCpSatSearch.Outcome decide(AtomicBoolean decided, RcpspCpSatSearch.Outcome outcome) {
        if (outcome.status() == CpSolverStatus.OPTIMAL || outcome.status() == CpSolverStatus.INFEASIBLE) {
            decided.set(true);
        }
        return outcome;
    }

    private static RcpspCpSatSearch.Outcome join(CompletableFuture<RcpspCpSatSearch.Outcome> outcome) {
        try {
            return outcome.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the CP-SAT race ended", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
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
        private final Deadline budget;
        private final SolutionListener<RcpspSchedule> listener;
        private RcpspSchedule best;
        private long makespan;
        private Duration timeToBest = Duration.ZERO;

        Incumbent(long makespan, Deadline budget, SolutionListener<RcpspSchedule> listener) {
            this.makespan = makespan;
            this.budget = budget;
            this.listener = listener;
        }

        @Override
        public synchronized void onImprovingSolution(RcpspSchedule schedule, double objective, double bound,
                                                     Duration elapsed) {
            if (objective < makespan) {
                best = schedule;
                makespan = (long) objective;
                timeToBest = budget.elapsed();
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
