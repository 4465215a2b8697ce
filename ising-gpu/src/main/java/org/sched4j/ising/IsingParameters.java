package org.sched4j.ising;

import java.util.Locale;
import java.util.Optional;
import org.sched4j.api.SolveOptions;
import org.sched4j.maxcut.IsingModel;

/**
 * The one adapter from {@link SolveOptions} to the annealers' settings. Free-form parameters (all optional):
 * <ul>
 *   <li>{@code ising.sweeps} — sweeps per annealing run; default: on the CPU a schedule paced by the clock (two full
 *       runs per thread in the time limit), on the GPU 4000;</li>
 *   <li>{@code ising.restarts} — the number of annealing runs over all replicas; default: as many as fit in the time
 *       limit. With a fixed number the result depends only on the seed (and, for the CPU, not even on the threads)
 *       unless the time limit cuts the runs short;</li>
 *   <li>{@code ising.beta-start}, {@code ising.beta-end} — the inverse temperatures of the first and last sweeps, in
 *       units of the mean absolute coupling; defaults {@value #DEFAULT_BETA_START} and {@value #DEFAULT_BETA_END};</li>
 *   <li>{@code ising.tempering} — {@code true} (or {@code false}, the default) for parallel tempering instead of
 *       annealing on the CPU (the ladder's temperatures span the same range; {@code ising.tempering-replicas} per
 *       thread, at least 2, default {@value #DEFAULT_TEMPERING_REPLICAS});</li>
 *   <li>{@code ising.replicas} — the number of replicas the GPU anneals at once; default as many as fill the GPU (the
 *       occupancy the driver reports for the launch, at most 8 per streaming multiprocessor).</li>
 * </ul>
 *
 * @param sweeps             sweeps per run, empty for automatic
 * @param restarts           the number of runs, empty for as many as fit
 * @param betaStart          the first inverse temperature, relative to the mean absolute coupling
 * @param betaEnd            the last inverse temperature, relative to the mean absolute coupling
 * @param tempering          parallel tempering instead of annealing (CPU)
 * @param temperingReplicas  replicas per thread in parallel tempering
 * @param gpuReplicas        replicas on the GPU, 0 for automatic
 */
public record IsingParameters(Optional<Integer> sweeps, Optional<Integer> restarts, double betaStart, double betaEnd,
                              boolean tempering, int temperingReplicas, int gpuReplicas) {

    /** The default first inverse temperature, in units of the mean absolute coupling. */
    public static final double DEFAULT_BETA_START = 0.1;
    /** The default last inverse temperature, in units of the mean absolute coupling. */
    public static final double DEFAULT_BETA_END = 3.0;
    /** The default number of replicas per thread in parallel tempering. */
    public static final int DEFAULT_TEMPERING_REPLICAS = 16;

    public IsingParameters {
        sweeps.ifPresent(value -> positive("ising.sweeps", value));
        restarts.ifPresent(value -> positive("ising.restarts", value));
        if (temperingReplicas < 2) {
            throw new IllegalArgumentException("parameter ising.tempering-replicas must be at least 2, got "
                    + temperingReplicas);
        }
        if (!(betaStart > 0) || !(betaEnd >= betaStart) || Double.isInfinite(betaEnd)) {
            throw new IllegalArgumentException("parameters ising.beta-start and ising.beta-end must be finite with "
                    + "0 < ising.beta-start <= ising.beta-end, got " + betaStart + " and " + betaEnd);
        }
        if (gpuReplicas < 0) {
            throw new IllegalArgumentException("parameter ising.replicas must be at least 0, got " + gpuReplicas);
        }
    }

    /**
     * The settings in {@code options}' free-form parameters.
     *
     * @throws IllegalArgumentException naming the key and the value when a value does not parse or is out of range
     */
    public static IsingParameters from(SolveOptions options) {
        return new IsingParameters(optionalInt(options, "ising.sweeps"), optionalInt(options, "ising.restarts"),
                number(options, "ising.beta-start", DEFAULT_BETA_START), number(options, "ising.beta-end",
                DEFAULT_BETA_END), bool(options, "ising.tempering"), optionalInt(options, "ising.tempering-replicas")
                .orElse(DEFAULT_TEMPERING_REPLICAS),
                optionalInt(options, "ising.replicas").orElse(0));
    }

    /** The annealing schedule for {@code model} with {@code sweeps} sweeps: β scaled by the mean absolute coupling. */
    public AnnealingSchedule schedule(IsingModel model, int sweepCount) {
        double scale = meanAbsoluteCoupling(model);
        return new AnnealingSchedule(betaStart / scale, betaEnd / scale, sweepCount);
    }

    /** The mean absolute coupling (and field) of {@code model}, 1 when it has none. */
    public static double meanAbsoluteCoupling(IsingModel model) {
        double sum = 0;
        int count = 0;
        for (double coupling : model.couplingValues()) {
            sum += Math.abs(coupling);
            count++;
        }
        for (double field : model.fields()) {
            if (field != 0) {
                sum += Math.abs(field);
                count++;
            }
        }
        return count == 0 || sum == 0 ? 1 : sum / count;
    }

    private static Optional<Integer> optionalInt(SolveOptions options, String key) {
        String value = options.parameters().get(key);
        if (value == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Integer.parseInt(value.strip()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("parameter " + key + " must be an integer, got '" + value + "'");
        }
    }

    private static double number(SolveOptions options, String key, double defaultValue) {
        String value = options.parameters().get(key);
        if (value == null) {
            return defaultValue;
        }
        try {
            return Double.parseDouble(value.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("parameter " + key + " must be a number, got '" + value + "'");
        }
    }

    private static boolean bool(SolveOptions options, String key) {
        String value = options.parameters().get(key);
        if (value == null) {
            return false;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new IllegalArgumentException("parameter " + key + " must be true or false, got '" + value
                    + "'");
        };
    }

    private static void positive(String key, int value) {
        if (value < 1) {
            throw new IllegalArgumentException("parameter " + key + " must be at least 1, got " + value);
        }
    }
}
