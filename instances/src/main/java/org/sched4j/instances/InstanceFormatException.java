package org.sched4j.instances;

/**
 * Malformed instance input. The message reads {@code source:line:column: what was expected, what was found}, with
 * lines and columns counted from 1 (column 0 when the whole line or file is at fault).
 */
public class InstanceFormatException extends RuntimeException {

    private final String source;
    private final int line;
    private final int column;
    private final String problem;

    /**
     * @param source  the file name or other source name
     * @param line    the line, from 1 (0 when the defect concerns the whole input, e.g. an empty file)
     * @param column  the column, from 1 (0 when the defect concerns the whole line)
     * @param problem what was expected and what was found
     */
    public InstanceFormatException(String source, int line, int column, String problem) {
        super(source + ":" + line + ":" + column + ": " + problem);
        this.source = source;
        this.line = line;
        this.column = column;
        this.problem = problem;
    }

    public String source() {
        return source;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }

    /** The message without the position. */
    public String problem() {
        return problem;
    }
}
