package org.sched4j.bench.reference;

import java.util.List;
import java.util.Locale;
import org.sched4j.api.ObjectiveSense;

/**
 * The text table of {@link JobShopSideBySide} and {@link IsingGsetRun}: one row per instance, a column group per
 * solver (objective, gap to the best known in percent, wall time in seconds), then the mean gap per solver over the
 * instances whose best known objective is known and that the solver solved validly, and, with two solvers or more, the
 * ratio of the last solver's mean gap to the first's.
 */
final class SideBySideTable {

    private static final String INSTANCE_COLUMNS = "%-10s %8s";
    private static final String SOLVER_COLUMNS = " | %8s %7s %6s";

    /**
     * One solver's result on one instance.
     *
     * @param status    the result's status, or {@code ERROR}
     * @param objective the evaluator's objective, {@code NaN} when there is no solution
     * @param bound     the solver's bound, {@code NaN} when none
     * @param valid     the evaluator's verdict (false when there is no solution)
     * @param seconds   the wall time of the call
     */
    record Cell(String status, double objective, double bound, boolean valid, double seconds) {

        /**
         * The gap of the objective to {@code bestKnown} in percent for {@code sense}, {@code NaN} when either is
         * unknown or invalid.
         */
        double gapPercent(double bestKnown, ObjectiveSense sense) {
            return valid ? sense.gapPercent(objective, bestKnown) : Double.NaN;
        }
    }

    private final List<String> solverIds;
    private final ObjectiveSense sense;
    private final String objectiveName;
    private final double[] gapSums;
    private final int[] gapCounts;

    /** A table of {@code solverIds}' results, whose objective is called {@code objectiveName} (8 characters at most). */
    SideBySideTable(List<String> solverIds, ObjectiveSense sense, String objectiveName) {
        this.solverIds = List.copyOf(solverIds);
        this.sense = sense;
        this.objectiveName = objectiveName;
        this.gapSums = new double[solverIds.size()];
        this.gapCounts = new int[solverIds.size()];
    }

    /** The two header lines. */
    String header() {
        StringBuilder first = new StringBuilder(String.format(Locale.ROOT, INSTANCE_COLUMNS, "", ""));
        StringBuilder second = new StringBuilder(String.format(Locale.ROOT, INSTANCE_COLUMNS, "instance", "best"));
        for (String id : solverIds) {
            first.append(String.format(Locale.ROOT, " | %-23s", id));
            second.append(String.format(Locale.ROOT, SOLVER_COLUMNS, objectiveName, "gap %", "time"));
        }
        return first + System.lineSeparator() + second;
    }

    /** The row of {@code instance}, whose best known objective is {@code bestKnown}; its gaps count towards the means. */
    String row(String instance, double bestKnown, List<Cell> cells) {
        StringBuilder row = new StringBuilder(String.format(Locale.ROOT, INSTANCE_COLUMNS, instance,
                format(bestKnown, "%.0f")));
        for (int s = 0; s < cells.size(); s++) {
            Cell cell = cells.get(s);
            double gap = cell.gapPercent(bestKnown, sense);
            if (!Double.isNaN(gap)) {
                gapSums[s] += gap;
                gapCounts[s]++;
            }
            String objective = cell.valid() ? format(cell.objective(), "%.0f") : cell.status();
            row.append(String.format(Locale.ROOT, SOLVER_COLUMNS, objective, format(gap, "%.2f"),
                    String.format(Locale.ROOT, "%.1f", cell.seconds())));
        }
        return row.toString();
    }

    /** The mean gaps and, with two solvers or more, the ratio of the last solver's mean gap to the first solver's. */
    String footer() {
        StringBuilder means = new StringBuilder(String.format(Locale.ROOT, INSTANCE_COLUMNS, "mean gap", ""));
        for (int s = 0; s < solverIds.size(); s++) {
            means.append(String.format(Locale.ROOT, SOLVER_COLUMNS, "", format(meanGap(s), "%.2f"),
                    "(" + gapCounts[s] + ")"));
        }
        int last = solverIds.size() - 1;
        if (last == 0) {
            return means.toString();
        }
        String ratio = String.format(Locale.ROOT, "mean gap of %s / mean gap of %s: %s", solverIds.get(last),
                solverIds.getFirst(), format(meanGap(last) / meanGap(0), "%.2f"));
        return means + System.lineSeparator() + ratio;
    }

    private double meanGap(int solver) {
        return gapCounts[solver] == 0 ? Double.NaN : gapSums[solver] / gapCounts[solver];
    }

    private static String format(double value, String pattern) {
        return Double.isNaN(value) ? "-" : String.format(Locale.ROOT, pattern, value);
    }
}
