package org.sched4j.cli.gantt;

import java.util.Locale;
import java.util.Objects;
import org.sched4j.podpacking.ClusterNode;
import org.sched4j.podpacking.Pod;
import org.sched4j.podpacking.PodPackingEvaluator;
import org.sched4j.podpacking.PodPackingInstance;
import org.sched4j.podpacking.PodPackingObjective;
import org.sched4j.podpacking.PodPlacement;

/**
 * An SVG chart of a pod packing plan: per node, the share of its allocatable CPU and memory that its pods request
 * before the plan (the current state, grey) and after it (coloured), one row per node, at most
 * {@value #MAX_NODES} nodes (the first ones, in scenario order). The title gives the placed, unplaced, moved and
 * evicted pods.
 */
public final class PodPackingUsageChart {

    /** The most nodes drawn. */
    public static final int MAX_NODES = 200;

    private static final String STYLE = """
            .title { font-size: 15px; font-weight: 600; fill: #1f2933; }
            .facts { font-size: 12px; fill: #52606d; }
            .label { font-size: 10px; fill: #323f4b; }
            .before { fill: #cbd2d9; }
            .cpu { fill: #2680c2; }
            .memory { fill: #e8590c; }
            .frame { fill: none; stroke: #9aa5b1; stroke-width: 0.5; }
            """;
    private static final double LEFT = 130;
    private static final double PLOT_WIDTH = 300;
    private static final double GAP = 30;
    private static final double TOP = 70;
    private static final double ROW = 18;
    private static final double BAR = 7;

    private PodPackingUsageChart() {
    }

    /**
     * The chart of {@code plan} for {@code instance}.
     *
     * @param caption what the title says
     */
    public static String render(PodPackingInstance instance, PodPlacement plan, ChartCaption caption) {
        Objects.requireNonNull(caption, "caption");
        int nodes = Math.min(MAX_NODES, instance.nodeCount());
        double width = LEFT + 2 * PLOT_WIDTH + GAP + 20;
        SvgDocument svg = new SvgDocument(width, TOP + nodes * ROW + 20, STYLE);
        title(svg, instance, plan, caption);
        long[][] before = usage(instance, instance.currentPlacement());
        long[][] after = usage(instance, plan);
        svg.textElement("text", "CPU requested / allocatable (grey: before, blue: after)", "class", "facts",
                "x", SvgDocument.number(LEFT), "y", SvgDocument.number(TOP - 8));
        svg.textElement("text", "memory requested / allocatable (grey: before, orange: after)", "class", "facts",
                "x", SvgDocument.number(LEFT + PLOT_WIDTH + GAP), "y", SvgDocument.number(TOP - 8));
        for (int n = 0; n < nodes; n++) {
            ClusterNode node = instance.nodes().get(n);
            double y = TOP + n * ROW;
            svg.textElement("text", node.name(), "class", "label", "x", "8", "y", SvgDocument.number(y + BAR + 3));
            bars(svg, LEFT, y, share(before[0][n], node.cpuMillis()), share(after[0][n], node.cpuMillis()), "cpu");
            bars(svg, LEFT + PLOT_WIDTH + GAP, y, share(before[1][n], node.memoryBytes()),
                    share(after[1][n], node.memoryBytes()), "memory");
        }
        return svg.finish();
    }

    private static void title(SvgDocument svg, PodPackingInstance instance, PodPlacement plan, ChartCaption caption) {
        PodPackingObjective objective = PodPackingEvaluator.objective(instance, plan);
        String heading = String.format(Locale.ROOT, "%s \u2014 %d of %d pods placed, %d moved, %d evicted",
                caption.instance(), objective.placed(), instance.podCount(), plan.moves(instance).size(),
                plan.evictions(instance).size());
        svg.textElement("text", heading, "class", "title", "x", "8", "y", "22");
        String facts = ChartTitle.solver(caption, true) + "; " + instance.nodeCount() + " nodes"
                + (instance.nodeCount() > MAX_NODES ? " (the first " + MAX_NODES + " drawn)" : "");
        svg.textElement("text", facts, "class", "facts", "x", "8", "y", "42");
    }

    private static void bars(SvgDocument svg, double x, double y, double before, double after, String style) {
        svg.empty("rect", "class", "frame", "x", SvgDocument.number(x), "y", SvgDocument.number(y),
                "width", SvgDocument.number(PLOT_WIDTH), "height", SvgDocument.number(2 * BAR));
        svg.empty("rect", "class", "before", "x", SvgDocument.number(x), "y", SvgDocument.number(y),
                "width", SvgDocument.number(PLOT_WIDTH * before), "height", SvgDocument.number(BAR));
        svg.empty("rect", "class", style, "x", SvgDocument.number(x), "y", SvgDocument.number(y + BAR),
                "width", SvgDocument.number(PLOT_WIDTH * after), "height", SvgDocument.number(BAR));
    }

    private static double share(long requested, long allocatable) {
        return allocatable == 0 ? 0 : Math.min(1.0, (double) requested / allocatable);
    }

    /** The CPU (row 0) and memory (row 1) requested on each node under {@code plan}. */
    private static long[][] usage(PodPackingInstance instance, PodPlacement plan) {
        long[][] usage = new long[2][instance.nodeCount()];
        for (int p = 0; p < instance.podCount(); p++) {
            int node = plan.nodeOf(p);
            if (node != Pod.PENDING) {
                usage[0][node] += instance.pods().get(p).cpuMillis();
                usage[1][node] += instance.pods().get(p).memoryBytes();
            }
        }
        return usage;
    }
}
