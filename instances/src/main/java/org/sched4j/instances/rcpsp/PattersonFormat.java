package org.sched4j.instances.rcpsp;

import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
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
 * The Patterson RCPSP format ({@code .rcp}; J. H. Patterson, "A comparison of exact approaches for solving the
 * multiple constrained resource, project scheduling problem", Management Science 30, 1984; the format of the
 * RCPSP files of PSPLIB and OR-Library): line 1 {@code activities resources}, line 2 the capacities, then one record per
 * activity {@code duration demand_1..demand_R #successors successors...} (activities numbered from 1, activity 1 the
 * dummy source). Activity {@code j} becomes activity {@code j - 1}, named {@code j}; resources are named {@code R1}, ...
 *
 * <p>Numbers are read as one stream, so a record may wrap onto the next line. Every defect is an
 * {@link InstanceFormatException} with its line and column.
 */
public final class PattersonFormat implements InstanceFormat<RcpspInstance> {

    /** The format; it holds no state. */
    public PattersonFormat() {
    }

    @Override
    public String name() {
        return "patterson";
    }

    @Override
    public ProblemType<RcpspInstance, ?> problemType() {
        return RcpspProblem.TYPE;
    }

    @Override
    public String description() {
        return "Patterson RCPSP (.rcp): 'activities resources', capacities, then per activity duration, demands, "
                + "successors";
    }

    /** True for the extension {@code .rcp}. */
    @Override
    public boolean recognizes(String fileName, String head) {
        return InstanceFormat.extension(fileName).equals("rcp");
    }

    @Override
    public List<ParsedInstance<RcpspInstance>> read(Reader reader, String sourceName) {
        NumberStream numbers = new NumberStream(DataLineReader.read(reader, sourceName));
        int activityCount = numbers.next(1, Integer.MAX_VALUE, "the number of activities");
        int resourceCount = numbers.next(0, Integer.MAX_VALUE, "the number of resources");
        List<Resource> resources = new ArrayList<>();
        for (int r = 0; r < resourceCount; r++) {
            resources.add(new Resource("R" + (r + 1), numbers.next(0, Integer.MAX_VALUE,
                    "the capacity of R" + (r + 1))));
        }
        List<Activity> activities = new ArrayList<>();
        List<Precedence> precedences = new ArrayList<>();
        for (int job = 1; job <= activityCount; job++) {
            int duration = numbers.next(0, Integer.MAX_VALUE, "the duration of activity " + job);
            List<Integer> demands = new ArrayList<>();
            for (int r = 0; r < resourceCount; r++) {
                demands.add(numbers.next(0, Integer.MAX_VALUE, "the demand of activity " + job + " on R" + (r + 1)));
            }
            activities.add(new Activity(Integer.toString(job), duration, demands));
            int successorCount = numbers.next(0, activityCount - 1, "the number of successors of activity " + job);
            for (int k = 0; k < successorCount; k++) {
                int successor = numbers.next(1, activityCount, "successor " + (k + 1) + " of activity " + job);
                if (successor == job) {
                    throw numbers.errorAtLast("expected a successor other than activity " + job + " itself, found "
                            + job);
                }
                precedences.add(Precedence.of(job - 1, successor - 1));
            }
        }
        numbers.requireEnd(activityCount);
        String name = InstanceFormat.baseName(sourceName);
        RcpspInstance instance = PsplibFormat.build(sourceName, name, resources, activities, precedences);
        return List.of(new ParsedInstance<>(name, instance, BestKnown.unknown(name)));
    }

    /** The numbers of a file as one stream across lines, each with its position. */
    private static final class NumberStream {
        private final DataLineReader lines;
        private DataLine line;
        private int index;
        private int lastIndex;
        private DataLine lastLine;

        NumberStream(DataLineReader lines) {
            this.lines = lines;
        }

        int next(int min, int max, String what) {
            while (line == null || index >= line.size()) {
                line = lines.require(what);
                index = 0;
            }
            lastLine = line;
            lastIndex = index;
            return line.intAt(index++, min, max, what);
        }

        InstanceFormatException errorAtLast(String problem) {
            return lastLine.errorAt(lastIndex, problem);
        }

        void requireEnd(int activityCount) {
            if (line != null && index < line.size()) {
                throw line.errorAt(index, "expected the end of the file after " + activityCount
                        + " activities, found more data");
            }
            Optional<DataLine> extra = lines.next();
            if (extra.isPresent()) {
                throw extra.get().errorAt(0, "expected the end of the file after " + activityCount
                        + " activities, found more data");
            }
        }
    }
}
