package org.sched4j.instances.maxcut;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sched4j.api.ProblemType;
import org.sched4j.instances.BestKnown;
import org.sched4j.instances.DataLine;
import org.sched4j.instances.InstanceFormat;
import org.sched4j.instances.InstanceFormatException;
import org.sched4j.instances.ParsedInstance;
import org.sched4j.maxcut.MaxCutInstance;
import org.sched4j.maxcut.MaxCutProblem;

/**
 * The rudy / Gset format of weighted graphs (Rinaldi's {@code rudy} generator; Helmberg and Rendl's Gset graphs G1 to
 * G81): a line {@code n m} (vertices, edges), then {@code m} lines {@code i j w}, an edge between vertices {@code i}
 * and {@code j} (numbered from 1) of integer weight {@code w}. Any whitespace separates numbers; blank lines and lines
 * starting with {@code #} are skipped. One graph per file, named after the file without its extension.
 *
 * <p>Reading streams the file line by line (G81 has 20,000 vertices and 40,000 edges) and is strict: every defect is
 * an {@link InstanceFormatException} with its line and column, among them self-loops, vertices out of range,
 * repeated edges (in either direction, naming the line of the first) and a wrong number of edges.
 */
public final class GsetFormat implements InstanceFormat<MaxCutInstance> {

    private static final Set<String> EXTENSIONS = Set.of("", "txt", "gset", "rud", "graph");

    /** The format; it holds no state. */
    public GsetFormat() {
    }

    @Override
    public String name() {
        return "gset";
    }

    @Override
    public ProblemType<MaxCutInstance, ?> problemType() {
        return MaxCutProblem.TYPE;
    }

    @Override
    public String description() {
        return "rudy / Gset graph: 'n m', then m lines 'i j w' (vertices from 1, integer weights)";
    }

    /**
     * True when the extension is none, {@code .txt}, {@code .gset}, {@code .rud} or {@code .graph}, the first data
     * line is two positive integers and the second is three integers, the first two from 1 to n.
     */
    @Override
    public boolean recognizes(String fileName, String head) {
        if (!EXTENSIONS.contains(InstanceFormat.extension(fileName))) {
            return false;
        }
        List<DataLine> lines = head.lines().limit(50).map(line -> DataLine.of(fileName, 1, line))
                .filter(line -> !line.isBlank() && !line.tokens().getFirst().text().startsWith("#"))
                .limit(2).toList();
        if (lines.size() < 2 || lines.get(0).size() != 2 || !lines.get(0).allIntegers()
                || lines.get(1).size() != 3 || !lines.get(1).allIntegers()) {
            return false;
        }
        long n = Long.parseLong(lines.get(0).tokens().get(0).text());
        long i = Long.parseLong(lines.get(1).tokens().get(0).text());
        long j = Long.parseLong(lines.get(1).tokens().get(1).text());
        return n >= 1 && i >= 1 && i <= n && j >= 1 && j <= n;
    }

    @Override
    public List<ParsedInstance<MaxCutInstance>> read(Reader reader, String sourceName) {
        try {
            MaxCutInstance graph = new GsetParser(new BufferedReader(reader), sourceName).parse(
                    InstanceFormat.baseName(sourceName));
            return List.of(new ParsedInstance<>(graph.name(), graph, BestKnown.unknown(graph.name())));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + sourceName + ": " + e.getMessage(), e);
        }
    }

    @Override
    public boolean canWrite() {
        return true;
    }

    /** Writes {@code n m} and one line {@code i j w} per edge, in the instance's edge order, vertices from 1. */
    @Override
    public void write(MaxCutInstance instance, Writer writer) throws IOException {
        writer.write(instance.vertexCount() + " " + instance.edgeCount() + "\n");
        StringBuilder line = new StringBuilder();
        for (int e = 0; e < instance.edgeCount(); e++) {
            line.setLength(0);
            line.append(instance.edgeFrom(e) + 1).append(' ').append(instance.edgeTo(e) + 1).append(' ')
                    .append(instance.edgeWeight(e)).append('\n');
            writer.write(line.toString());
        }
    }

    /** One pass over one file. */
    private static final class GsetParser {

        private final BufferedReader reader;
        private final String source;
        private int lineNumber;
        private String lastLine = "";
        private boolean sawData;

        GsetParser(BufferedReader reader, String source) {
            this.reader = reader;
            this.source = source;
        }

        MaxCutInstance parse(String name) throws IOException {
            DataLine header = require("the header line 'vertices edges'");
            header.requireSize(2, "numbers on the header line (vertices edges)");
            int n = header.intAt(0, 1, Integer.MAX_VALUE, "the number of vertices");
            int m = header.intAt(1, 0, Integer.MAX_VALUE / 2, "the number of edges");
            int[] from = new int[m];
            int[] to = new int[m];
            int[] weight = new int[m];
            Map<Long, Integer> firstLine = new HashMap<>(2 * m);
            for (int e = 0; e < m; e++) {
                DataLine line = require("edge " + (e + 1) + " of " + m + " ('i j w')");
                line.requireSize(3, "numbers for edge " + (e + 1) + " (i j w)");
                int i = line.intAt(0, 1, n, "the first vertex of edge " + (e + 1));
                int j = line.intAt(1, 1, n, "the second vertex of edge " + (e + 1));
                weight[e] = line.intAt(2, Integer.MIN_VALUE, Integer.MAX_VALUE, "the weight of edge " + (e + 1));
                if (i == j) {
                    throw line.errorAt(1, "expected two different vertices, found the self-loop " + i + " " + j);
                }
                Integer earlier = firstLine.putIfAbsent(((long) Math.min(i, j) << 32) | Math.max(i, j), line.number());
                if (earlier != null) {
                    throw line.errorAt(0, "expected each edge once, found " + i + " " + j + " again (first on line "
                            + earlier + ")");
                }
                from[e] = i - 1;
                to[e] = j - 1;
            }
            DataLine extra = next();
            if (extra != null) {
                throw extra.errorAt(0, "expected the end of the file after " + m + " edges, found more data");
            }
            return MaxCutInstance.of(name, n, from, to, weight);
        }

        private DataLine next() throws IOException {
            String text;
            while ((text = reader.readLine()) != null) {
                lineNumber++;
                lastLine = text;
                String content = text.strip();
                if (!content.isEmpty() && !content.startsWith("#")) {
                    sawData = true;
                    return DataLine.of(source, lineNumber, text);
                }
            }
            return null;
        }

        private DataLine require(String expected) throws IOException {
            DataLine line = next();
            if (line != null) {
                return line;
            }
            if (!sawData) {
                throw new InstanceFormatException(source, 0, 0, "expected " + expected
                        + ", found no data (an empty file or only comments)");
            }
            throw new InstanceFormatException(source, lineNumber, lastLine.length() + 1, "expected " + expected
                    + ", found the end of the file (the file is truncated)");
        }
    }
}
