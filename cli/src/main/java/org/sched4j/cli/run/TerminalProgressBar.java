package org.sched4j.cli.run;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Batch progress in a terminal: a progress bar on standard error (me.tongfei progressbar) with the solve in hand and
 * an estimate of the time left. Before a result row or a note is printed, the bar's line is cleared, so that rows on
 * standard output stay whole; the bar redraws itself below them.
 */
final class TerminalProgressBar implements BatchProgress {

    private static final String CLEAR_LINE = "\r\u001b[K";
    private static final int DEFAULT_WIDTH = 100;

    private final ProgressBar bar;

    TerminalProgressBar(int total) {
        boolean unicode = Charset.forName(System.getProperty("stderr.encoding", "UTF-8"), StandardCharsets.US_ASCII)
                .equals(StandardCharsets.UTF_8);
        this.bar = new ProgressBarBuilder()
                .setTaskName("solving")
                .setInitialMax(total)
                .setStyle(unicode ? ProgressBarStyle.COLORFUL_UNICODE_BLOCK : ProgressBarStyle.ASCII)
                .setUpdateIntervalMillis(250)
                .setConsumer(new ConsoleProgressBarConsumer(System.err, terminalWidth()))
                .clearDisplayOnFinish()
                .build();
    }

    private static int terminalWidth() {
        String columns = System.getenv("COLUMNS");
        try {
            return columns == null ? DEFAULT_WIDTH : Math.max(40, Integer.parseInt(columns.trim()) - 1);
        } catch (NumberFormatException e) {
            return DEFAULT_WIDTH;
        }
    }

    @Override
    public void starting(String label) {
        bar.setExtraMessage(label);
    }

    @Override
    public void finished(ResultRow row) {
        clearLine();
        bar.step();
    }

    @Override
    public void note(String message) {
        clearLine();
        System.err.println(message);
        System.err.flush();
        bar.refresh();
    }

    private static void clearLine() {
        System.err.print(CLEAR_LINE);
        System.err.flush();
    }

    @Override
    public void close() {
        bar.close();
    }
}
