package org.sched4j.cli.bench;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.sched4j.cli.TextTable;
import org.sched4j.cli.problem.ProblemSupport;
import org.sched4j.cli.problem.ProblemSupports;
import org.sched4j.cli.run.BatchEntry;
import org.sched4j.cli.run.InstanceTask;
import org.sched4j.cli.run.ResultCsv;
import org.sched4j.cli.run.ResultRow;
import org.sched4j.cli.run.SolveOutcome;

/**
 * The summary of a bench run: one table with a line per group of the suite (size class or family) and an overall
 * line, and for each solver, side by side: the mean and the largest gap to the best known objective (over the
 * instances with one), how many instances reached the optimum (the solver proved it, or the objective equals the best
 * known proven bound), how many failed (an ERROR row, no solution, or an invalid one), and the mean wall time; for
 * problems whose {@link ProblemSupport} names a deviation baseline, also the mean deviation of valid objectives from
 * it (RCPSP: from the critical-path bound); and the mean over valid results of each measure the problem's support puts
 * in the table ({@link ProblemSupport#benchMeasures}: pod packing's GPU fragmentation, soft penalty and unallocated
 * GPUs).
 */
public final class BenchReport {

    private final Suite suite;
    private final List<String> solverIds;
    private final List<SolveOutcome> outcomes;
    private final Optional<String> deviationTitle;
    private final Map<String, String> measureTitles;

    /**
     * @param suite     the suite, for its grouping
     * @param solverIds the solvers, in column order
     * @param outcomes  every row of the run
     */
    public BenchReport(Suite suite, List<String> solverIds, List<SolveOutcome> outcomes) {
        this.suite = suite;
        this.solverIds = List.copyOf(solverIds);
        this.outcomes = List.copyOf(outcomes);
        this.deviationTitle = ProblemSupports.of(suite.problem())
                .flatMap(ProblemSupport::deviationBaselineTitle);
        this.measureTitles = ProblemSupports.of(suite.problem()).map(ProblemSupport::benchMeasures)
                .orElse(Map.of());
    }

    /** The table as text. */
    public String render() {
        Map<String, List<SolveOutcome>> groups = new LinkedHashMap<>();
        for (SolveOutcome outcome : outcomes) {
            groups.computeIfAbsent(suite.groupOf().apply(outcome.entry()), group -> new ArrayList<>()).add(outcome);
        }
        TextTable table = new TextTable(alignments(), headers());
        for (Map.Entry<String, List<SolveOutcome>> group : groups.entrySet()) {
            table.add(line(group.getKey(), group.getValue()));
        }
        if (groups.size() > 1) {
            table.add(line("all", outcomes));
        }
        return table.render();
    }

    private String alignments() {
        String perSolver = "|rrrrr" + (deviationTitle.isPresent() ? "r" : "") + "r".repeat(measureTitles.size());
        return "lr" + perSolver.repeat(solverIds.size());
    }

    private List<List<String>> headers() {
        List<String> solverLine = new ArrayList<>(List.of("", ""));
        List<String> columnLine = new ArrayList<>(List.of(suite.groupTitle(), "instances"));
        for (String solverId : solverIds) {
            solverLine.addAll(List.of("", solverId, "", "", "", ""));
            columnLine.addAll(List.of("", "mean gap", "max gap", "optimal", "failed", "mean time"));
            deviationTitle.ifPresent(title -> {
                solverLine.add("");
                columnLine.add("mean " + title);
            });
            for (String title : measureTitles.values()) {
                solverLine.add("");
                columnLine.add(title);
            }
        }
        return List.of(solverLine, columnLine);
    }

    private List<String> line(String group, List<SolveOutcome> members) {
        List<String> cells = new ArrayList<>();
        cells.add(group);
        cells.add(Long.toString(members.stream().map(outcome -> outcome.entry().name()).distinct().count()));
        for (String solverId : solverIds) {
            Statistics statistics = new Statistics(deviationTitle.isPresent(), measureTitles.keySet());
            members.stream().filter(outcome -> outcome.row().solver().equals(solverId)).forEach(statistics::add);
            cells.add("");
            cells.addAll(statistics.cells());
        }
        return cells;
    }

    /** The figures of one solver over one group. */
    private static final class Statistics {
        private final boolean withDeviationColumn;
        private final List<String> measures;
        private final double[] measureSums;
        private final int[] measureCounts;
        private int withDeviation;
        private double deviationSum;
        private int count;
        private int withGap;
        private double gapSum;
        private double gapMax = Double.NEGATIVE_INFINITY;
        private int optimal;
        private int failed;
        private int timed;
        private double timeSum;

        Statistics(boolean withDeviationColumn, Collection<String> measures) {
            this.withDeviationColumn = withDeviationColumn;
            this.measures = List.copyOf(measures);
            this.measureSums = new double[this.measures.size()];
            this.measureCounts = new int[this.measures.size()];
        }

        void add(SolveOutcome outcome) {
            addDeviation(outcome);
            addMeasures(outcome.row());
            ResultRow row = outcome.row();
            count++;
            if (!row.succeeded()) {
                failed++;
            }
            if (!Double.isNaN(row.gapPercent())) {
                withGap++;
                gapSum += row.gapPercent();
                gapMax = Math.max(gapMax, row.gapPercent());
            }
            if (!Double.isNaN(row.timeSeconds())) {
                timed++;
                timeSum += row.timeSeconds();
            }
            BatchEntry entry = outcome.entry();
            if (entry instanceof InstanceTask<?, ?> task && row.reachesOptimum(task.bestKnown(), task.type())) {
                optimal++;
            }
        }

        private void addDeviation(SolveOutcome outcome) {
            if (!withDeviationColumn || !outcome.row().valid() || !(outcome.entry() instanceof InstanceTask<?, ?> task)) {
                return;
            }
            OptionalDouble baseline = task.deviationBaseline();
            if (baseline.isPresent() && baseline.getAsDouble() > 0) {
                withDeviation++;
                deviationSum += 100 * (outcome.row().objective() - baseline.getAsDouble()) / baseline.getAsDouble();
            }
        }

        private void addMeasures(ResultRow row) {
            if (!row.valid()) {
                return;
            }
            for (int m = 0; m < measures.size(); m++) {
                double value = row.measures().getOrDefault(measures.get(m), Double.NaN);
                if (!Double.isNaN(value)) {
                    measureSums[m] += value;
                    measureCounts[m]++;
                }
            }
        }

        List<String> cells() {
            String meanGap = withGap == 0 ? "-" : ResultCsv.fixed(gapSum / withGap, 2) + "%";
            String maxGap = withGap == 0 ? "-" : ResultCsv.fixed(gapMax, 2) + "%";
            double mean = timeSum / timed;
            String meanTime = timed == 0 ? "-" : ResultCsv.fixed(mean, mean < 1 ? 3 : 2) + " s";
            List<String> cells = new ArrayList<>(List.of(meanGap, maxGap, optimal + "/" + count,
                    Integer.toString(failed), meanTime));
            if (withDeviationColumn) {
                cells.add(withDeviation == 0 ? "-" : ResultCsv.fixed(deviationSum / withDeviation, 2) + "%");
            }
            for (int m = 0; m < measures.size(); m++) {
                cells.add(measureCounts[m] == 0 ? "-" : ResultCsv.fixed(measureSums[m] / measureCounts[m], 2));
            }
            return cells;
        }
    }
}
