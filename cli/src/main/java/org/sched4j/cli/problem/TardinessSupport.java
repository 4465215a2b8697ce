package org.sched4j.cli.problem;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.sched4j.api.ProblemType;
import org.sched4j.cli.bench.Suite;
import org.sched4j.cli.gantt.ChartCaption;
import org.sched4j.cli.gantt.TardinessGanttStrip;
import org.sched4j.cli.run.BatchEntry;
import org.sched4j.tardiness.JobSequence;
import org.sched4j.tardiness.TardinessInstance;
import org.sched4j.tardiness.TardinessProblem;

/**
 * Single-machine tardiness on the command line: sizes {@code n=40}, a Gantt strip with the tardy jobs marked, the
 * sequence as JSON, and the OR-Library and Çetinkaya et al. 2025 suites. Instances whose optimum is 0 have no gap
 * (a gap to 0 is undefined), so the mean gaps of the summaries leave them out, as the paper does.
 */
public final class TardinessSupport implements ProblemSupport<TardinessInstance, JobSequence> {

    private static final String ZERO_NOTE = "; mean gaps leave out instances whose optimum is 0 (as the paper does)";

    /** OR-Library's weighted tardiness sets wt40, wt50, wt100, by size, against wtopt/wtbest. */
    public static final Suite SMTT_ORLIB = new Suite("smtt-orlib",
            "OR-Library weighted tardiness wt40/wt50/wt100 (125 each), against wtopt40/50 and wtbest100b"
                    + ZERO_NOTE, TardinessProblem.TYPE, "orlib-wt", "smtt",
            Pattern.compile("wt\\d+"), "smtt/bks.csv", "size", Suite::sizeClassOf);

    /** The 1||ΣT sets of Çetinkaya et al. 2025 (n = 20, 100, 200), by file, against their optima. */
    public static final Suite SMTT_LLM_PAPER = new Suite("smtt-llm-paper",
            "1||ΣT sets of Cetinkaya et al. 2025 (n=20 uniform and normal, 100, 200), against their optima"
                    + ZERO_NOTE, TardinessProblem.TYPE, "tardiness-txt", "smtt/tardiness-llm-paper",
            Pattern.compile("data_.*"), "smtt/tardiness-llm-paper/bks.csv", "file", TardinessSupport::file);

    @Override
    public ProblemType<TardinessInstance, JobSequence> type() {
        return TardinessProblem.TYPE;
    }

    @Override
    public String size(TardinessInstance instance) {
        String weights = instance.isUnweighted() ? "" : ", weighted";
        String releases = instance.hasReleaseDates() ? ", release dates" : "";
        return instance.jobCount() + " jobs" + weights + releases;
    }

    @Override
    public String sizeClass(TardinessInstance instance) {
        return "n=" + instance.jobCount();
    }

    @Override
    public Optional<String> chart(TardinessInstance instance, JobSequence solution, ChartCaption caption) {
        return Optional.of(TardinessGanttStrip.render(instance, solution, caption));
    }

    @Override
    public JsonNode solutionJson(TardinessInstance instance, JobSequence solution, ObjectMapper mapper) {
        ObjectNode node = mapper.createObjectNode();
        node.set("sequence", mapper.valueToTree(solution.jobs()));
        return node;
    }

    @Override
    public List<Suite> suites() {
        return List.of(SMTT_ORLIB, suiteOf("smtt-wt40", "wt40"), suiteOf("smtt-wt50", "wt50"),
                suiteOf("smtt-wt100", "wt100"), SMTT_LLM_PAPER, paperSuite("smtt-llm-100", "data_100_200"),
                paperSuite("smtt-llm-200", "data_200_200"));
    }

    /** The file an instance comes from: its name before {@code #}. */
    static String file(BatchEntry entry) {
        int hash = entry.name().indexOf('#');
        return hash > 0 ? entry.name().substring(0, hash) : entry.name();
    }

    private static Suite suiteOf(String name, String file) {
        return new Suite(name, "OR-Library weighted tardiness " + file + " (125 instances)" + ZERO_NOTE,
                TardinessProblem.TYPE, "orlib-wt", "smtt", Pattern.compile(file), "smtt/bks.csv",
                "size", Suite::sizeClassOf);
    }

    private static Suite paperSuite(String name, String file) {
        return new Suite(name, "1||ΣT set " + file + " of Cetinkaya et al. 2025" + ZERO_NOTE,
                TardinessProblem.TYPE, "tardiness-txt", "smtt/tardiness-llm-paper",
                Pattern.compile(file), "smtt/tardiness-llm-paper/bks.csv", "file", TardinessSupport::file);
    }
}
