package org.sched4j.cli.gantt;

import java.util.List;
import org.sched4j.cli.run.ResultCsv;

/**
 * The two lines above a schedule chart: a title, and below it a subtitle of facts joined by middle dots, both from the
 * plot's left edge. The charts' style sheets start with {@link #STYLE}.
 */
final class ChartTitle {

    /** The styles of the title and subtitle lines, to start a chart's style sheet with. */
    static final String STYLE = """
            .title { font-size: 19px; font-weight: 600; fill: #1b1b1b; }
            .subtitle { font-size: 12.5px; fill: #555b63; }
            """;

    private static final double SUBTITLE_BELOW = 22;

    private ChartTitle() {
    }

    /** Draws {@code title} with its baseline at {@code y} and the {@code facts} 22 pixels below it, from {@code x}. */
    static void draw(SvgDocument svg, double x, double y, String title, List<String> facts) {
        svg.textElement("text", title, "class", "title", "x", SvgDocument.number(x), "y", SvgDocument.number(y));
        svg.textElement("text", String.join("  \u00b7  ", facts), "class", "subtitle", "x", SvgDocument.number(x),
                "y", SvgDocument.number(y + SUBTITLE_BELOW));
    }

    /** The title of a schedule: {@code ta01 — makespan 1231}. */
    static String makespan(ChartCaption caption, double makespan) {
        return caption.instance() + " \u2014 makespan " + ResultCsv.number(makespan);
    }

    /** {@code solver cpsat, OPTIMAL}, followed by {@code in 1.2 s} when {@code withTime} and the time is known. */
    static String solver(ChartCaption caption, boolean withTime) {
        String solved = "solver " + caption.solver() + ", " + caption.status();
        if (withTime && !Double.isNaN(caption.seconds())) {
            solved += " in " + ResultCsv.fixed(caption.seconds(), caption.seconds() < 1 ? 3 : 1) + " s";
        }
        return solved;
    }

    /** Adds {@code label value} to {@code facts} when {@code value} is known (not {@code NaN}). */
    static void addKnown(List<String> facts, String label, double value) {
        if (!Double.isNaN(value)) {
            facts.add(label + " " + ResultCsv.number(value));
        }
    }
}
