package org.sched4j.instances.rcpsp;

import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.sched4j.api.ProblemType;
import org.sched4j.instances.BestKnown;
import org.sched4j.instances.DataLine;
import org.sched4j.instances.DataLineReader;
import org.sched4j.instances.InstanceFormat;
import org.sched4j.instances.InstanceFormatException;
import org.sched4j.instances.ParsedInstance;
import org.sched4j.rcpsp.Activity;
import org.sched4j.rcpsp.Precedence;
import org.sched4j.rcpsp.RcpspInstance;
import org.sched4j.rcpsp.Resource;
import org.sched4j.rcpsp.RcpspProblem;

/**
 * PSPLIB's single-mode RCPSP format ({@code .sm}; Kolisch and Sprecher, "PSPLIB - A project scheduling problem
 * library", EJOR 96, 1997): blocks separated by lines of {@code *}; the header gives
 * {@code jobs (incl. supersource/sink ):} and {@code - renewable : R}; {@code PRECEDENCE RELATIONS:} has one row
 * {@code jobnr #modes #successors successors...} per job; {@code REQUESTS/DURATIONS:} has, after a dashed line, one row
 * {@code jobnr mode duration demand_1..demand_R} per job; {@code RESOURCEAVAILABILITIES:} a header row and a row of
 * capacities. Job {@code j} of the file (numbered from 1, job 1 the dummy source, the last the dummy sink) becomes
 * activity {@code j - 1}, named {@code j}; resources are named {@code R1}, {@code R2}, ...
 *
 * <p>Multi-mode files (a job with more than one mode, or nonrenewable resources) are rejected with a clear message.
 * Every defect is an {@link InstanceFormatException} with its line and column.
 */
public final class PsplibFormat implements InstanceFormat<RcpspInstance> {

    /** The format; it holds no state. */
    public PsplibFormat() {
    }

    @Override
    public String name() {
        return "psplib";
    }

    @Override
    public ProblemType<RcpspInstance, ?> problemType() {
        return RcpspProblem.TYPE;
    }

    @Override
    public String description() {
        return "PSPLIB single-mode RCPSP (.sm): precedence relations, requests/durations, resource availabilities";
    }

    /** True for the extensions {@code .sm} and {@code .mm} (rejected when read) and for files with PSPLIB's headers. */
    @Override
    public boolean recognizes(String fileName, String head) {
        String extension = InstanceFormat.extension(fileName);
        return extension.equals("sm") || extension.equals("mm")
                || head.contains("jobs (incl. supersource/sink") && head.contains("PRECEDENCE RELATIONS");
    }

    @Override
    public List<ParsedInstance<RcpspInstance>> read(Reader reader, String sourceName) {
        DataLineReader lines = DataLineReader.read(reader, sourceName);
        DataLine jobsLine = skipTo(lines, "jobs (incl. supersource/sink");
        int jobCount = jobsLine.intAt(jobsLine.size() - 1, 1, Integer.MAX_VALUE, "the number of jobs");
        DataLine renewableLine = skipTo(lines, "- renewable");
        int resourceCount = countAfterColon(renewableLine, "the number of renewable resources");
        DataLine nonrenewableLine = skipTo(lines, "- nonrenewable");
        if (countAfterColon(nonrenewableLine, "the number of nonrenewable resources") > 0) {
            throw nonrenewableLine.error("expected a single-mode instance without nonrenewable resources, found "
                    + "nonrenewable resources (multi-mode instances are not supported)");
        }
        skipTo(lines, "PRECEDENCE RELATIONS");
        lines.require("the header row of the precedence relations");
        List<Precedence> precedences = new ArrayList<>();
        for (int job = 1; job <= jobCount; job++) {
            readPrecedenceRow(lines.require("the precedence row of job " + job + " of " + jobCount), job, jobCount,
                    precedences);
        }
        skipTo(lines, "REQUESTS/DURATIONS");
        skipTo(lines, "---");
        List<Activity> activities = new ArrayList<>();
        for (int job = 1; job <= jobCount; job++) {
            activities.add(readRequestRow(lines.require("the request row of job " + job + " of " + jobCount), job,
                    resourceCount));
        }
        skipTo(lines, "RESOURCEAVAILABILITIES");
        lines.require("the header row of the resource availabilities");
        List<Resource> resources = readCapacities(lines.require("the row of " + resourceCount + " capacities"),
                resourceCount);
        String name = InstanceFormat.baseName(sourceName);
        RcpspInstance instance = build(sourceName, name, resources, activities, precedences);
        return List.of(new ParsedInstance<>(name, instance, BestKnown.unknown(name)));
    }

    private static DataLine skipTo(DataLineReader lines, String prefix) {
        String wanted = prefix.toLowerCase(Locale.ROOT);
        while (true) {
            Optional<DataLine> line = lines.next();
            if (line.isEmpty()) {
                throw lines.endOfInput("a line starting with '" + prefix + "'");
            }
            if (line.get().text().strip().toLowerCase(Locale.ROOT).startsWith(wanted)) {
                return line.get();
            }
        }
    }

    private static int countAfterColon(DataLine line, String what) {
        for (int index = 0; index + 1 < line.size(); index++) {
            if (line.tokens().get(index).text().endsWith(":")) {
                return line.intAt(index + 1, 0, Integer.MAX_VALUE, what);
            }
        }
        throw line.error("expected '" + what + "' after a colon, found '" + line.text().strip() + "'");
    }

    private static void readPrecedenceRow(DataLine line, int job, int jobCount, List<Precedence> precedences) {
        if (line.size() < 3) {
            line.requireSize(3, "numbers at least (jobnr #modes #successors)");
        }
        line.intAt(0, job, job, "the job number");
        int modes = line.intAt(1, 1, Integer.MAX_VALUE, "the number of modes of job " + job);
        if (modes != 1) {
            throw line.errorAt(1, "expected 1 mode (single-mode RCPSP), found " + modes
                    + " modes for job " + job + " (multi-mode instances are not supported)");
        }
        int successorCount = line.intAt(2, 0, jobCount - 1, "the number of successors of job " + job);
        line.requireSize(3 + successorCount, "numbers for job " + job + " (jobnr #modes #successors and "
                + successorCount + " successors)");
        for (int k = 0; k < successorCount; k++) {
            int successor = line.intAt(3 + k, 1, jobCount, "successor " + (k + 1) + " of job " + job);
            if (successor == job) {
                throw line.errorAt(3 + k, "expected a successor other than job " + job + " itself, found " + job);
            }
            precedences.add(Precedence.of(job - 1, successor - 1));
        }
    }

    private static Activity readRequestRow(DataLine line, int job, int resourceCount) {
        line.requireSize(3 + resourceCount, "numbers for job " + job + " (jobnr mode duration and "
                + resourceCount + " demands)");
        line.intAt(0, job, job, "the job number");
        line.intAt(1, 1, 1, "mode 1 (single-mode RCPSP)");
        int duration = line.intAt(2, 0, Integer.MAX_VALUE, "the duration of job " + job);
        List<Integer> demands = new ArrayList<>();
        for (int r = 0; r < resourceCount; r++) {
            demands.add(line.intAt(3 + r, 0, Integer.MAX_VALUE, "the demand of job " + job + " on R" + (r + 1)));
        }
        return new Activity(Integer.toString(job), duration, demands);
    }

    private static List<Resource> readCapacities(DataLine line, int resourceCount) {
        line.requireSize(resourceCount, "resource capacities");
        List<Resource> resources = new ArrayList<>();
        for (int r = 0; r < resourceCount; r++) {
            resources.add(new Resource("R" + (r + 1), line.intAt(r, 0, Integer.MAX_VALUE,
                    "the capacity of R" + (r + 1))));
        }
        return resources;
    }

    /** Builds the instance; a cycle of precedences is a defect of the whole file. */
    static RcpspInstance build(String sourceName, String name, List<Resource> resources, List<Activity> activities,
                               List<Precedence> precedences) {
        try {
            return RcpspInstance.of(name, resources, activities, precedences);
        } catch (IllegalArgumentException e) {
            throw new InstanceFormatException(sourceName, 0, 0, "expected a valid project, found: "
                    + e.getMessage());
        }
    }
}
