package org.sched4j.cli.bench;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sched4j.api.ProblemTypes;
import org.sched4j.cli.run.BatchEntry;
import org.sched4j.cli.run.InstanceTask;
import org.sched4j.jobshop.JobShopInstance;

/** The benchmark suites {@code sched4j bench} knows, over the public instances folder. */
public final class Suites {

    private static final Pattern FAMILY = Pattern.compile("([A-Za-z]+).*");

    /** Taillard's ta01–ta80 in JSPLIB form, summarised by size class (15x15, 20x15, ... 100x20). */
    public static final Suite JOBSHOP_TA = new Suite("jobshop-ta",
            "Taillard's job-shop instances ta01-ta80 (1993), by size class", ProblemTypes.JOB_SHOP, "jsplib",
            "jobshop/jsplib", Pattern.compile("ta\\d+"), "jobshop/bks.csv", "size", Suites::jobShopSize);

    /** The classic job-shop sets (Fisher-Thompson, Lawrence, Adams-Balas-Zawack, ORB, Storer-Wu-Vaccari, Yamada-Nakano). */
    public static final Suite JOBSHOP_CLASSIC = new Suite("jobshop-classic",
            "classic job-shop instances ft, la, abz, orb, swv, yn, by family", ProblemTypes.JOB_SHOP, "jsplib",
            "jobshop/jsplib", Pattern.compile("(ft|la|abz|orb|swv|yn)\\d+"), "jobshop/bks.csv", "family",
            Suites::family);

    private static final List<Suite> ALL = List.of(JOBSHOP_TA, JOBSHOP_CLASSIC);

    private Suites() {
    }

    /** Every suite, in a stable order. */
    public static List<Suite> all() {
        return ALL;
    }

    /** The suite named {@code name}, if any. */
    public static Optional<Suite> byName(String name) {
        return ALL.stream().filter(suite -> suite.name().equals(name)).findFirst();
    }

    /** A job shop's size class, {@code jobs x machines} ({@code 15x15}); {@code unreadable} for a failed file. */
    static String jobShopSize(BatchEntry entry) {
        if (entry instanceof InstanceTask task && task.instance() instanceof JobShopInstance instance) {
            return instance.jobCount() + "x" + instance.machineCount();
        }
        return "unreadable";
    }

    /** The leading letters of an instance's name: its family ({@code la} for {@code la07}). */
    static String family(BatchEntry entry) {
        Matcher matcher = FAMILY.matcher(entry.name());
        return matcher.matches() ? matcher.group(1) : entry.name();
    }
}
