package org.sched4j.cli.gantt;

import java.util.List;
import java.util.Objects;
import org.sched4j.tardiness.JobSequence;
import org.sched4j.tardiness.TardinessInstance;
import org.sched4j.tardiness.TardinessJob;

/**
 * Draws a single-machine sequence as an SVG strip: one bar per job in processing order (idle time before a release
 * date left blank), on-time jobs in blue, tardy jobs in red with a tick at their due date and their weighted
 * tardiness in the tooltip, a time axis with round ticks, and a title with the result.
 */
public final class TardinessGanttStrip {

    private static final double PLOT_WIDTH = 1200;
    private static final double LEFT = 40;
    private static final double TOP = 80;
    private static final double BAR_HEIGHT = 44;
    private static final String ON_TIME = "#4e79a7";
    private static final String TARDY = "#e15759";
    private static final String STYLE = ChartTitle.STYLE + """
            .tick { font-size: 10.5px; fill: #6b7178; text-anchor: middle; }
            .bar { stroke: #ffffff; stroke-width: 0.75; }
            .label { font-size: 10px; text-anchor: middle; fill: #ffffff; pointer-events: none; }
            .due { stroke: #1b1b1b; stroke-width: 1.2; }""";

    private TardinessGanttStrip() {
    }

    /**
     * The strip of {@code sequence} as SVG text.
     *
     * @param sequence a valid sequence of {@code instance}
     */
    public static String render(TardinessInstance instance, JobSequence sequence, ChartCaption caption) {
        Objects.requireNonNull(caption, "caption");
        long end = 0;
        for (int job : sequence.toArray()) {
            end = Math.max(end, instance.job(job).releaseDate()) + instance.job(job).processingTime();
        }
        double scale = PLOT_WIDTH / Math.max(1, end);
        SvgDocument svg = new SvgDocument(LEFT * 2 + PLOT_WIDTH, TOP + BAR_HEIGHT + 60, STYLE);
        ChartTitle.draw(svg, LEFT, 30, caption.instance() + " - " + caption.solver() + " (" + caption.status() + ")",
                List.of(subtitle(caption, instance.jobCount())));
        long time = 0;
        for (int job : sequence.toArray()) {
            TardinessJob data = instance.job(job);
            time = Math.max(time, data.releaseDate());
            long completion = time + data.processingTime();
            long tardiness = Math.max(0, completion - data.dueDate());
            bar(svg, job, data, time, completion, tardiness, scale);
            time = completion;
        }
        axis(svg, end, scale);
        return svg.finish();
    }

    private static void bar(SvgDocument svg, int job, TardinessJob data, long start, long completion, long tardiness,
                            double scale) {
        double x = LEFT + start * scale;
        double width = data.processingTime() * scale;
        svg.open("g");
        svg.textElement("title", "job " + job + ": " + start + "-" + completion + ", due " + data.dueDate()
                + ", weight " + data.weight() + ", tardiness " + tardiness + " (weighted " + tardiness * data.weight()
                + ")");
        svg.empty("rect", "class", "bar", "x", SvgDocument.number(x), "y", SvgDocument.number(TOP),
                "width", SvgDocument.number(width), "height", SvgDocument.number(BAR_HEIGHT),
                "fill", tardiness > 0 ? TARDY : ON_TIME);
        if (width >= 16) {
            svg.textElement("text", Integer.toString(job), "class", "label", "x", SvgDocument.number(x + width / 2),
                    "y", SvgDocument.number(TOP + BAR_HEIGHT / 2 + 4));
        }
        if (tardiness > 0) {
            double due = LEFT + data.dueDate() * scale;
            svg.empty("line", "class", "due", "x1", SvgDocument.number(due), "x2", SvgDocument.number(due),
                    "y1", SvgDocument.number(TOP + BAR_HEIGHT), "y2", SvgDocument.number(TOP + BAR_HEIGHT + 8));
        }
        svg.close("g");
    }

    private static void axis(SvgDocument svg, long end, double scale) {
        double y = TOP + BAR_HEIGHT + 24;
        for (long tick : NiceTicks.ticks(end, 12)) {
            svg.textElement("text", Long.toString(tick), "class", "tick", "x", SvgDocument.number(LEFT + tick * scale),
                    "y", SvgDocument.number(y));
        }
    }

    private static String subtitle(ChartCaption caption, int jobs) {
        StringBuilder text = new StringBuilder(jobs + " jobs; total weighted tardiness ")
                .append(SvgDocument.number(caption.objective()));
        if (!Double.isNaN(caption.bestKnown())) {
            text.append("; best known ").append(SvgDocument.number(caption.bestKnown()));
        }
        if (!Double.isNaN(caption.seconds())) {
            text.append("; ").append(SvgDocument.number(caption.seconds())).append(" s");
        }
        return text.append("; tardy jobs in red, ticks at their due dates").toString();
    }
}
