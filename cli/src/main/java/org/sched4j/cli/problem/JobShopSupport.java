package org.sched4j.cli.problem;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sched4j.api.ProblemType;
import org.sched4j.cli.bench.Suite;
import org.sched4j.cli.gantt.ChartCaption;
import org.sched4j.cli.gantt.JobShopGanttChart;
import org.sched4j.cli.run.BatchEntry;
import org.sched4j.jobshop.JobShopInstance;
import org.sched4j.jobshop.JobShopSchedule;
import org.sched4j.jobshop.JobShopProblem;

/** The job shop on the command line: sizes {@code 15x15}, Gantt charts by machine, the Taillard and classic suites. */
public final class JobShopSupport implements ProblemSupport<JobShopInstance, JobShopSchedule> {

    private static final Pattern FAMILY = Pattern.compile("([A-Za-z]+).*");

    /** Taillard's ta01–ta80 in JSPLIB form, summarised by size class (15x15, 20x15, ... 100x20). */
    public static final Suite JOBSHOP_TA = new Suite("jobshop-ta",
            "Taillard's job-shop instances ta01-ta80 (1993), by size class", JobShopProblem.TYPE, "jsplib",
            "jobshop/jsplib", Pattern.compile("ta\\d+"), "jobshop/bks.csv", "size", Suite::sizeClassOf);

    /** The classic job-shop sets (Fisher-Thompson, Lawrence, Adams-Balas-Zawack, ORB, Storer-Wu-Vaccari, Yamada-Nakano). */
    public static final Suite JOBSHOP_CLASSIC = new Suite("jobshop-classic",
            "classic job-shop instances ft, la, abz, orb, swv, yn, by family", JobShopProblem.TYPE, "jsplib",
            "jobshop/jsplib", Pattern.compile("(ft|la|abz|orb|swv|yn)\\d+"), "jobshop/bks.csv", "family",
            JobShopSupport::family);

    @Override
    public ProblemType<JobShopInstance, JobShopSchedule> type() {
        return JobShopProblem.TYPE;
    }

    @Override
    public String size(JobShopInstance instance) {
        return instance.jobCount() + " jobs x " + instance.machineCount() + " machines";
    }

    @Override
    public String sizeClass(JobShopInstance instance) {
        return instance.jobCount() + "x" + instance.machineCount();
    }

    @Override
    public Optional<String> chart(JobShopInstance instance, JobShopSchedule solution, ChartCaption caption) {
        return Optional.of(JobShopGanttChart.render(instance, solution, caption));
    }

    @Override
    public JsonNode solutionJson(JobShopInstance instance, JobShopSchedule solution, ObjectMapper mapper) {
        ObjectNode node = mapper.createObjectNode();
        node.set("start_times", mapper.valueToTree(solution.startTimes()));
        return node;
    }

    @Override
    public List<Suite> suites() {
        return List.of(JOBSHOP_TA, JOBSHOP_CLASSIC);
    }

    /** The leading letters of an instance's name: its family ({@code la} for {@code la07}). */
    static String family(BatchEntry entry) {
        Matcher matcher = FAMILY.matcher(entry.name());
        return matcher.matches() ? matcher.group(1) : entry.name();
    }
}
