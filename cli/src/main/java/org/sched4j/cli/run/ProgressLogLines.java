package org.sched4j.cli.run;

import java.io.PrintWriter;

/**
 * Batch progress for logs: one line per finished solve on standard error, such as
 * {@code [ 3/80] ta03  mwkr  FEASIBLE  objective 1402  gap 15.11%  0.02 s}.
 */
final class ProgressLogLines implements BatchProgress {

    private final int total;
    private final PrintWriter err;
    private final int width;
    private int done;

    ProgressLogLines(int total, PrintWriter err) {
        this.total = total;
        this.err = err;
        this.width = Integer.toString(total).length();
    }

    @Override
    public void starting(String label) {
    }

    @Override
    public void finished(ResultRow row) {
        done++;
        StringBuilder line = new StringBuilder(String.format("[%" + width + "d/%d] %s  %s  %s", done, total,
                row.instance(), row.solver(), row.status()));
        if (!Double.isNaN(row.objective())) {
            line.append("  objective ").append(ResultCsv.number(row.objective()));
        }
        if (!Double.isNaN(row.gapPercent())) {
            line.append("  gap ").append(ResultCsv.fixed(row.gapPercent(), 2)).append('%');
        }
        if (!Double.isNaN(row.timeSeconds())) {
            line.append("  ").append(ResultCsv.fixed(row.timeSeconds(), 2)).append(" s");
        }
        if (!row.isError() && !row.valid()) {
            line.append("  NOT VALID");
        }
        err.println(line);
        err.flush();
    }

    @Override
    public void note(String message) {
        err.println(message);
        err.flush();
    }

    @Override
    public void close() {
    }
}
