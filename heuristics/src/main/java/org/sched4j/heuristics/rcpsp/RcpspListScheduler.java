package org.sched4j.heuristics.rcpsp;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.sched4j.rcpsp.RcpspInstance;
import org.sched4j.rcpsp.RcpspLowerBounds;
import org.sched4j.rcpsp.RcpspSchedule;

/**
 * The list-scheduling heuristics of one RCPSP instance: a schedule generation scheme with a priority rule, forward-
 * backward improvement, the best of all rules, regret-based biased random sampling, and a genetic algorithm. Every
 * schedule respects releases, deadlines, lags, downtimes and disjunctive pairs; a method that finds none returns
 * empty. Not thread-safe: one per thread.
 */
public final class RcpspListScheduler {

    /** The exponent of the regret-based sampling's weights (Kolisch and Hartmann 1999 recommend 1). */
    private static final double SAMPLING_ALPHA = 1;
    /** The population of the genetic algorithm (Hartmann 1998 uses 40 for 5000 schedules). */
    private static final int POPULATION = 40;
    private static final PriorityRule[] SAMPLING_RULES =
            {PriorityRule.LFT, PriorityRule.LST, PriorityRule.MTS, PriorityRule.GRPW};

    private final RcpspInstance instance;
    private final ProjectNetwork network;
    private final long lowerBound;
    private final Map<PriorityRule, double[]> deterministicValues = new EnumMap<>(PriorityRule.class);
    private int schedulesBuilt;

    /** The heuristics of {@code instance}. */
    public RcpspListScheduler(RcpspInstance instance) {
        this.instance = Objects.requireNonNull(instance, "instance");
        this.network = ProjectNetwork.of(instance);
        this.lowerBound = RcpspLowerBounds.of(instance);
    }

    /** The lower bound of {@link RcpspLowerBounds}: a schedule this long is optimal. */
    public long lowerBound() {
        return lowerBound;
    }

    /** The number of schedules built so far (forward-backward passes included). */
    public int schedulesBuilt() {
        return schedulesBuilt;
    }

    /** One schedule of {@code scheme} with {@code rule} ({@link PriorityRule#RANDOM} drawn from {@code seed}). */
    public Optional<RcpspSchedule> schedule(GenerationScheme scheme, PriorityRule rule, long seed) {
        return wrap(build(scheme, ActivityChooser.lowestValue(values(rule, new Random(seed)))));
    }

    /** {@code schedule} after forward-backward improvement, never longer. */
    public RcpspSchedule improve(RcpspSchedule schedule) {
        schedulesBuilt += 2;
        return RcpspSchedule.of(ForwardBackwardImprovement.improve(network, schedule.startTimes()));
    }

    /** The shortest of every rule with both schemes, each improved forward-backward. */
    public Optional<RcpspSchedule> bestRule(long seed) {
        RcpspSchedule best = null;
        for (GenerationScheme scheme : GenerationScheme.values()) {
            for (PriorityRule rule : PriorityRule.values()) {
                Optional<RcpspSchedule> schedule = schedule(scheme, rule, seed);
                if (schedule.isPresent()) {
                    RcpspSchedule improved = improve(schedule.get());
                    if (best == null || makespan(improved) < makespan(best)) {
                        best = improved;
                    }
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * Regret-based biased random sampling: schedules drawn with {@link RegretBasedChooser} over the rules LFT, LST,
     * MTS and GRPW in turn, serial and parallel schemes alternating, each improved forward-backward, until
     * {@code stop} says so or a schedule meets the lower bound.
     *
     * @param start       the best schedule known so far, or {@code null}
     * @param improvement told about every schedule shorter than all before, from this thread
     * @return the best schedule, {@code start} when sampling found none shorter, empty when neither exists
     */
    public Optional<RcpspSchedule> sample(RcpspSchedule start, long seed, BooleanSupplier stop,
                                          Consumer<RcpspSchedule> improvement) {
        Random random = new Random(seed);
        RcpspSchedule best = start;
        for (long pass = 0; (best == null || makespan(best) > lowerBound) && !stop.getAsBoolean(); pass++) {
            GenerationScheme scheme = pass % 8 < 4 ? GenerationScheme.SERIAL : GenerationScheme.PARALLEL;
            Optional<RcpspSchedule> drawn = regretDraw(SAMPLING_RULES[(int) (pass % SAMPLING_RULES.length)], scheme,
                    random);
            if (drawn.isPresent()) {
                RcpspSchedule improved = drawn.get();
                if (best == null || makespan(improved) < makespan(best)) {
                    best = improved;
                    improvement.accept(best);
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * Hartmann's activity-list genetic algorithm with justification ({@link ActivityListGeneticAlgorithm}), its first
     * population {@code start} and regret-based samples, until {@code stop} says so or a schedule meets the lower
     * bound.
     *
     * @param start       the best schedule known so far, or {@code null}
     * @param improvement told about every schedule shorter than all before (and than {@code start}), from this thread
     * @return the best schedule, {@code start} when none is shorter, empty when neither exists
     */
    public Optional<RcpspSchedule> evolve(RcpspSchedule start, long seed, BooleanSupplier stop,
                                          Consumer<RcpspSchedule> improvement) {
        Random random = new Random(seed);
        List<int[]> population = new ArrayList<>();
        RcpspSchedule[] best = {start};
        if (start != null) {
            population.add(start.startTimes());
        }
        Consumer<RcpspSchedule> keepBest = improved -> {
            if (best[0] == null || makespan(improved) < makespan(best[0])) {
                best[0] = improved;
                improvement.accept(improved);
            }
        };
        population.addAll(regretSamples(POPULATION - population.size(), random, stop, keepBest));
        if (population.size() < 2 || makespan(best[0]) <= lowerBound) {
            return Optional.ofNullable(best[0]);
        }
        ActivityListGeneticAlgorithm genetic = new ActivityListGeneticAlgorithm(network, starts -> {
            schedulesBuilt += 3;
            return ForwardBackwardImprovement.improve(network, starts);
        }, random);
        int[] evolved = genetic.evolve(population, lowerBound, stop,
                starts -> keepBest.accept(RcpspSchedule.of(starts)),
                () -> regretSamples(POPULATION - 1, random, stop, keepBest));
        RcpspSchedule result = RcpspSchedule.of(evolved);
        return Optional.of(makespan(result) < makespan(best[0]) ? result : best[0]);
    }

    /**
     * Up to {@code count} regret-based samples (rules in turn, serial and parallel schemes alternating), each improved
     * forward-backward; fewer when {@code stop} says so or a draw fails.
     */
    private List<int[]> regretSamples(int count, Random random, BooleanSupplier stop,
                                      Consumer<RcpspSchedule> improvement) {
        List<int[]> samples = new ArrayList<>();
        for (int pass = 0; samples.size() < count && pass < 4 * count && !stop.getAsBoolean(); pass++) {
            GenerationScheme scheme = pass % 2 == 0 ? GenerationScheme.SERIAL : GenerationScheme.PARALLEL;
            Optional<RcpspSchedule> drawn = regretDraw(SAMPLING_RULES[pass % SAMPLING_RULES.length], scheme, random);
            if (drawn.isPresent()) {
                samples.add(drawn.get().startTimes());
                improvement.accept(drawn.get());
            }
        }
        return samples;
    }

    /** One regret-based draw with {@code rule} and {@code scheme}, improved forward-backward; empty when it fails. */
    private Optional<RcpspSchedule> regretDraw(PriorityRule rule, GenerationScheme scheme, Random random) {
        return wrap(build(scheme, new RegretBasedChooser(values(rule, random), random, SAMPLING_ALPHA)))
                .map(this::improve);
    }

    /** The makespan of {@code schedule}. */
    public long makespan(RcpspSchedule schedule) {
        return schedule.makespan(instance);
    }

    private int[] build(GenerationScheme scheme, ActivityChooser chooser) {
        schedulesBuilt++;
        return scheme.schedule(network, chooser);
    }

    private double[] values(PriorityRule rule, Random random) {
        if (!rule.isDeterministic()) {
            return rule.values(instance, random);
        }
        return deterministicValues.computeIfAbsent(rule, r -> r.values(instance, random));
    }

    private static Optional<RcpspSchedule> wrap(int[] starts) {
        return starts == null ? Optional.empty() : Optional.of(RcpspSchedule.of(starts));
    }
}
