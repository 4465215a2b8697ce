package org.sched4j.cli.problem;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.regex.Pattern;
import org.sched4j.api.ProblemType;
import org.sched4j.cli.bench.Suite;
import org.sched4j.cli.gantt.ChartCaption;
import org.sched4j.cli.gantt.RcpspGanttChart;
import org.sched4j.rcpsp.RcpspCriticalPath;
import org.sched4j.rcpsp.RcpspInstance;
import org.sched4j.rcpsp.RcpspSchedule;
import org.sched4j.rcpsp.RcpspProblem;

/**
 * RCPSP on the command line: sizes {@code 32 activities x 4 resources}, size classes {@code j30}, {@code j60},
 * {@code j120}, {@code patterson}; Gantt charts with a usage profile per resource; the PSPLIB and Patterson suites,
 * whose tables add the mean deviation from the critical-path bound (the standard PSPLIB metric).
 */
public final class RcpspSupport implements ProblemSupport<RcpspInstance, RcpspSchedule> {

    private static final Pattern PATTERSON_NAME = Pattern.compile("pat\\d+");
    private static final Pattern PSPLIB_NAME = Pattern.compile("j(30|60|90|120)\\d+_\\d+");

    /** PSPLIB j30: 480 instances of 30 activities (Kolisch and Sprecher 1996), all solved to optimality. */
    public static final Suite RCPSP_J30 = psplib("j30");
    /** PSPLIB j60: 480 instances of 60 activities. */
    public static final Suite RCPSP_J60 = psplib("j60");
    /** PSPLIB j120: 600 instances of 120 activities. */
    public static final Suite RCPSP_J120 = psplib("j120");
    /** Patterson's 110 instances (1984), all solved to optimality. */
    public static final Suite RCPSP_PATTERSON = new Suite("rcpsp-patterson",
            "Patterson's 110 RCPSP instances (1984)", RcpspProblem.TYPE, "patterson", "rcpsp/patterson",
            PATTERSON_NAME, "rcpsp/patterson/bks.csv", "size", Suite::sizeClassOf);

    private static Suite psplib(String set) {
        return new Suite("rcpsp-" + set, "PSPLIB " + set + " single-mode RCPSP instances (Kolisch and Sprecher 1996)",
                RcpspProblem.TYPE, "psplib", "rcpsp/" + set, Pattern.compile(set + "\\d+_\\d+"),
                "rcpsp/" + set + "/bks.csv", "size", Suite::sizeClassOf);
    }

    @Override
    public ProblemType<RcpspInstance, RcpspSchedule> type() {
        return RcpspProblem.TYPE;
    }

    @Override
    public String size(RcpspInstance instance) {
        return instance.activityCount() + " activities x " + instance.resourceCount() + " resources";
    }

    /**
     * {@code patterson} for Patterson's instances, {@code j30} ... {@code j120} for PSPLIB's (by name, or by 30, 60, 90
     * or 120 real activities between the two dummies), else {@code N activities}.
     */
    @Override
    public String sizeClass(RcpspInstance instance) {
        if (PATTERSON_NAME.matcher(instance.name()).matches()) {
            return "patterson";
        }
        int real = instance.activityCount() - 2;
        if (PSPLIB_NAME.matcher(instance.name()).matches() || List.of(30, 60, 90, 120).contains(real)) {
            return "j" + real;
        }
        return instance.activityCount() + " activities";
    }

    @Override
    public Optional<String> chart(RcpspInstance instance, RcpspSchedule solution, ChartCaption caption) {
        return Optional.of(RcpspGanttChart.render(instance, solution, caption));
    }

    @Override
    public JsonNode solutionJson(RcpspInstance instance, RcpspSchedule solution, ObjectMapper mapper) {
        ObjectNode node = mapper.createObjectNode();
        node.set("start_times", mapper.valueToTree(solution.startTimes()));
        return node;
    }

    @Override
    public Optional<String> deviationBaselineTitle() {
        return Optional.of("dev CPB");
    }

    /** The critical-path length (with releases and lags), PSPLIB's reference bound. */
    @Override
    public OptionalDouble deviationBaseline(RcpspInstance instance) {
        return OptionalDouble.of(RcpspCriticalPath.length(instance));
    }

    @Override
    public List<Suite> suites() {
        return List.of(RCPSP_J30, RCPSP_J60, RCPSP_J120, RCPSP_PATTERSON);
    }
}
