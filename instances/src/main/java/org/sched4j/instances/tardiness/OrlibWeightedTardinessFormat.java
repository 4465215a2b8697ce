package org.sched4j.instances.tardiness;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sched4j.api.ProblemType;
import org.sched4j.instances.BestKnown;
import org.sched4j.instances.DataLineReader;
import org.sched4j.instances.InstanceFormat;
import org.sched4j.instances.InstanceFormatException;
import org.sched4j.instances.ParsedInstance;
import org.sched4j.tardiness.TardinessInstance;
import org.sched4j.tardiness.TardinessJob;
import org.sched4j.tardiness.TardinessProblem;

/**
 * OR-Library's weighted tardiness files {@code wt40}, {@code wt50}, {@code wt100} (Crauwels, Potts &amp; Van
 * Wassenhove 1998; J. E. Beasley's OR-Library): a stream of integers, whatever the line breaks, holding for each
 * instance in turn n processing times, n weights and n due dates. The stream does not say n: it is the number in the
 * file's name ({@code wt40.txt} holds 40-job instances). Instances are named {@code <file base name>#k}, k from 1.
 *
 * <p>Reading a file ({@link #read(Path)}) also reads the best values published beside it, one per line in instance
 * order: {@code wtoptN.txt} for N = 40 and 50 (optimal, except 40#19 and 50#11, 12, 14, 19, 36, 44, 66, 87, 88, 111,
 * which are best known only), else {@code wtbestNb.txt} (best known, Congram, Potts &amp; van de Velde 2002), else
 * {@code wtbestNa.txt}. Proven optima become closed {@link BestKnown} bounds; best known values are upper bounds.
 */
public final class OrlibWeightedTardinessFormat implements InstanceFormat<TardinessInstance> {

    private static final Pattern FILE_NAME = Pattern.compile("wt(\\d+)(\\D.*)?", Pattern.CASE_INSENSITIVE);
    private static final Map<Integer, Set<Integer>> NOT_PROVEN = Map.of(
            40, Set.of(19),
            50, Set.of(11, 12, 14, 19, 36, 44, 66, 87, 88, 111));
    private static final int NUMBERS_PER_LINE = 20;

    /** The format; it holds no state. */
    public OrlibWeightedTardinessFormat() {
    }

    @Override
    public String name() {
        return "orlib-wt";
    }

    @Override
    public ProblemType<TardinessInstance, ?> problemType() {
        return TardinessProblem.TYPE;
    }

    @Override
    public String description() {
        return "OR-Library weighted tardiness streams wt40/wt50/wt100 (p, w, d per instance; n from the file name)";
    }

    /** True for a file named {@code wtN} (any extension) whose first lines hold integers only. */
    @Override
    public boolean recognizes(String fileName, String head) {
        if (!FILE_NAME.matcher(InstanceFormat.baseName(fileName)).matches()) {
            return false;
        }
        return head.lines().limit(3).allMatch(line -> line.isBlank() || line.strip().matches("[0-9\\s]+"));
    }

    @Override
    public List<ParsedInstance<TardinessInstance>> read(Reader reader, String sourceName) {
        String baseName = InstanceFormat.baseName(sourceName);
        int jobs = jobCount(baseName, sourceName);
        DataLineReader lines = DataLineReader.read(reader, sourceName);
        IntegerStream numbers = new IntegerStream(lines);
        List<ParsedInstance<TardinessInstance>> instances = new ArrayList<>();
        do {
            String name = baseName + "#" + (instances.size() + 1);
            instances.add(new ParsedInstance<>(name, readInstance(numbers, name, jobs, sourceName), BestKnown.unknown(name)));
        } while (numbers.hasNext());
        return List.copyOf(instances);
    }

    /** Reads the file and attaches the best values of the file beside it, when there is one. */
    @Override
    public List<ParsedInstance<TardinessInstance>> read(Path file) {
        List<ParsedInstance<TardinessInstance>> instances = InstanceFormat.super.read(file);
        String baseName = InstanceFormat.baseName(file.getFileName().toString());
        Matcher matcher = FILE_NAME.matcher(baseName);
        if (!matcher.matches()) {
            return instances;
        }
        int jobs = Integer.parseInt(matcher.group(1));
        for (String candidate : List.of("wtopt" + jobs + ".txt", "wtbest" + jobs + "b.txt", "wtbest" + jobs + "a.txt")) {
            Path values = file.resolveSibling(candidate);
            if (Files.isRegularFile(values)) {
                return withBestValues(instances, values, candidate.startsWith("wtopt") ? jobs : -1);
            }
        }
        return instances;
    }

    @Override
    public boolean canWrite() {
        return true;
    }

    /** Writes the processing times, weights and due dates, twenty numbers a line; release dates cannot be written. */
    @Override
    public void write(TardinessInstance instance, Writer writer) throws IOException {
        if (instance.hasReleaseDates()) {
            throw new IllegalArgumentException("the orlib-wt format has no release dates; " + instance.name()
                    + " has some");
        }
        for (int[] numbers : List.of(instance.processingTimes(), instance.weights(), instance.dueDates())) {
            StringBuilder text = new StringBuilder();
            for (int k = 0; k < numbers.length; k++) {
                text.append(String.format(Locale.ROOT, "%6d", numbers[k]));
                if ((k + 1) % NUMBERS_PER_LINE == 0 || k == numbers.length - 1) {
                    text.append('\n');
                }
            }
            writer.write(text.toString());
        }
    }

    private static int jobCount(String baseName, String sourceName) {
        Matcher matcher = FILE_NAME.matcher(baseName);
        if (!matcher.matches() || Integer.parseInt(matcher.group(1)) < 1) {
            throw new InstanceFormatException(sourceName, 0, 0, "expected a file named wtN (N the number of jobs, "
                    + "as in wt40.txt): the stream does not say how many jobs an instance has, found the name '"
                    + baseName + "'");
        }
        return Integer.parseInt(matcher.group(1));
    }

    private static TardinessInstance readInstance(IntegerStream numbers, String name, int jobs, String source) {
        int[] processingTimes = readBlock(numbers, name, jobs, 1, "processing time");
        int[] weights = readBlock(numbers, name, jobs, 0, "weight");
        int[] dueDates = readBlock(numbers, name, jobs, 0, "due date");
        List<TardinessJob> list = new ArrayList<>(jobs);
        for (int j = 0; j < jobs; j++) {
            list.add(TardinessJob.weighted(processingTimes[j], dueDates[j], weights[j]));
        }
        try {
            return new TardinessInstance(name, list);
        } catch (IllegalArgumentException e) {
            throw new InstanceFormatException(source, 0, 0, "invalid instance " + name + ": " + e.getMessage());
        }
    }

    private static int[] readBlock(IntegerStream numbers, String name, int jobs, int min, String what) {
        int[] values = new int[jobs];
        for (int j = 0; j < jobs; j++) {
            values[j] = numbers.next(min, Integer.MAX_VALUE, "the " + what + " of job " + (j + 1) + " of " + name);
        }
        return values;
    }

    private static List<ParsedInstance<TardinessInstance>> withBestValues(List<ParsedInstance<TardinessInstance>>
            instances, Path file, int provenJobs) {
        DataLineReader lines;
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            lines = DataLineReader.read(reader, file.getFileName().toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
        IntegerStream values = new IntegerStream(lines);
        Set<Integer> notProven = NOT_PROVEN.getOrDefault(provenJobs, Set.of());
        List<ParsedInstance<TardinessInstance>> result = new ArrayList<>();
        for (int k = 0; k < instances.size(); k++) {
            ParsedInstance<TardinessInstance> parsed = instances.get(k);
            double best = values.next(0, Integer.MAX_VALUE, "the best value of " + parsed.name());
            double lower = provenJobs > 0 && !notProven.contains(k + 1) ? best : Double.NaN;
            result.add(new ParsedInstance<>(parsed.name(), parsed.instance(),
                    new BestKnown(parsed.name(), lower, best)));
        }
        return List.copyOf(result);
    }
}
