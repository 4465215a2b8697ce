package org.sched4j.cpmodels;

import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.SatParameters;
import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.TextFormat;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.sched4j.api.Deadline;
import org.sched4j.api.SolveOptions;

/**
 * The one adapter from {@link SolveOptions} to CP-SAT's {@link SatParameters}, shared by every CP-SAT model.
 *
 * <p>Parameters are applied in three layers, later layers winning:
 * <ol>
 *   <li>the model's tuned parameters (what its author measured to pay for that problem);</li>
 *   <li>the options: {@code max_time_in_seconds} (what the solve's {@link Deadline} has left), {@code num_workers}
 *       ({@link SolveOptions#threads()}), {@code random_seed} ({@link SolveOptions#seed()}) and
 *       {@code log_search_progress} ({@link SolveOptions#log()}; the log then goes to standard error);</li>
 *   <li>the free-form parameters whose key starts with {@value #PREFIX}: {@code cpsat.linearization-level=2},
 *       {@code cpsat.subsolvers=default_lp,fixed} (repeated fields take comma-separated values). These pass
 *       OR-Tools' parameters through by their own names: the rest of the key is the name of a field of
 *       {@code sat_parameters.proto}, written in the project's key style with hyphens
 *       ({@code cpsat.max-deterministic-time}) or, as OR-Tools spells it, with underscores
 *       ({@code cpsat.max_deterministic_time}); spell each field once. They override everything above, the time
 *       limit included (so {@code cpsat.max-time-in-seconds} is not cut short by an early termination's stop request,
 *       which still stops the search). Keys without the prefix belong to other engines and are ignored.</li>
 * </ol>
 */
public final class CpSatParameters {

    /** The prefix of the free-form parameters meant for CP-SAT. */
    public static final String PREFIX = "cpsat.";

    private CpSatParameters() {
    }

    /**
     * {@code parameters} with {@code cpsat.<field>} set to {@code value} unless the user set the field already, in
     * either spelling ({@code use-lns-only} or {@code use_lns_only}): how a portfolio gives CP-SAT its own default.
     *
     * @param field a field of {@code sat_parameters.proto} in the key style, e.g. {@code use-lns-only}
     */
    public static Map<String, String> withDefault(Map<String, String> parameters, String field, String value) {
        String hyphens = PREFIX + field.replace('_', '-');
        String underscores = PREFIX + field.replace('-', '_');
        if (parameters.containsKey(hyphens) || parameters.containsKey(underscores)) {
            return parameters;
        }
        Map<String, String> with = new HashMap<>(parameters);
        with.put(hyphens, value);
        return with;
    }

    /**
     * The parameters for one solve.
     *
     * @param options    the caller's options
     * @param timeBudget the time CP-SAT may use, usually the time limit less what was spent before; at least 1 ms
     *                   is passed on so that CP-SAT stops at once when the budget is spent
     * @param tuned      the model's tuned parameters, {@link SatParameters#getDefaultInstance()} for none
     * @throws IllegalArgumentException when a {@value #PREFIX} key names no CP-SAT parameter or its value does not
     *                                  parse, naming the key and the value
     */
    public static SatParameters translate(SolveOptions options, Duration timeBudget, SatParameters tuned) {
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(timeBudget, "timeBudget");
        SatParameters.Builder builder = Objects.requireNonNull(tuned, "tuned").toBuilder()
                .setMaxTimeInSeconds(Math.max(0.001, timeBudget.toNanos() / 1e9))
                .setNumWorkers(options.threads())
                .setRandomSeed(seed(options.seed()))
                .setLogSearchProgress(options.log())
                .setLogToStdout(false);
        for (Map.Entry<String, String> entry : new TreeMap<>(options.parameters()).entrySet()) {
            if (entry.getKey().startsWith(PREFIX)) {
                merge(builder, entry.getKey(), entry.getValue());
            }
        }
        return builder.build();
    }

    /**
     * A solver configured with {@link #translate}, its time limit what {@code deadline} has left
     * ({@link Deadline#remainingSeconds()}); when {@link SolveOptions#log()} is set, CP-SAT's log lines go to standard
     * error. Solve with {@link StoppableSearch} so that the deadline's termination stops it too.
     */
    public static CpSolver newSolver(SolveOptions options, Deadline deadline, SatParameters tuned) {
        CpSolver solver = new CpSolver();
        solver.getParameters().mergeFrom(translate(options,
                Duration.ofNanos((long) (deadline.remainingSeconds() * 1e9)), tuned));
        if (options.log()) {
            solver.setLogCallback(System.err::println);
        }
        return solver;
    }

    /** CP-SAT's seed is a 32-bit integer: seeds 0 to 2^31 - 1 pass unchanged, others are folded into that range. */
    static int seed(long seed) {
        return (int) Math.floorMod(seed, (long) Integer.MAX_VALUE + 1);
    }

    private static void merge(SatParameters.Builder builder, String key, String value) {
        String name = key.substring(PREFIX.length()).replace('-', '_');
        FieldDescriptor field = SatParameters.getDescriptor().findFieldByName(name);
        if (field == null) {
            throw new IllegalArgumentException("unknown CP-SAT parameter '" + key + "': no field '" + name
                    + "' in sat_parameters.proto");
        }
        String[] values = field.isRepeated() ? value.split(",") : new String[] {value};
        StringBuilder text = new StringBuilder();
        for (String single : values) {
            text.append(name).append(": ").append(literal(field, single.strip())).append('\n');
        }
        try {
            TextFormat.merge(text, builder);
        } catch (TextFormat.ParseException e) {
            throw new IllegalArgumentException("cannot set CP-SAT parameter '" + key + "' to '" + value + "': "
                    + e.getMessage(), e);
        }
    }

    private static String literal(FieldDescriptor field, String value) {
        if (field.getType() != FieldDescriptor.Type.STRING) {
            return value;
        }
        return '"' + value.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }
}
