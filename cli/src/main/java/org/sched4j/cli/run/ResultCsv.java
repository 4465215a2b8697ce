package org.sched4j.cli.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes result rows as CSV with exactly the header {@link ResultRow#HEADER} (the command-line contract; a problem's
 * own measures go to the JSON results and the bench tables), one row per line ({@code \n}), flushed after every row so that a long
 * batch can be followed and a crash keeps what was done. The output is never closed here; its owner closes it.
 * Integers print without decimals, the gap with two decimals, the time with three; unknown numbers print as empty
 * cells.
 */
public final class ResultCsv {

    private final CSVPrinter printer;

    /** Starts a CSV on {@code output} and writes the header line. */
    public ResultCsv(Appendable output) {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader(ResultRow.HEADER.toArray(String[]::new))
                .setRecordSeparator('\n').get();
        try {
            this.printer = new CSVPrinter(output, format);
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write results: " + e.getMessage(), e);
        }
    }

    /** Writes one row and flushes it. */
    public void write(ResultRow row) {
        List<String> cells = List.of(row.instance(), row.problem(), row.solver(), row.status(),
                number(row.objective()), number(row.lowerBound()), number(row.bestKnown()),
                fixed(row.gapPercent(), 2), row.isError() ? "false" : Boolean.toString(row.valid()),
                fixed(row.timeSeconds(), 3));
        try {
            printer.printRecord(cells);
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write results: " + e.getMessage(), e);
        }
    }

    /** A number as printed in results: integers without decimals, others as short as exact; empty for NaN. */
    public static String number(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return "";
        }
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    /** A number with exactly {@code decimals} decimals ({@code 0.00}, never {@code -0.00}); empty for NaN. */
    public static String fixed(double value, int decimals) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return "";
        }
        String text = String.format(Locale.ROOT, "%." + decimals + "f", value);
        return text.matches("-0\\.?0*") ? text.substring(1) : text;
    }
}
