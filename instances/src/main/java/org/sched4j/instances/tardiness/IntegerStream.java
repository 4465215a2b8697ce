package org.sched4j.instances.tardiness;

import java.util.Optional;
import org.sched4j.instances.DataLine;
import org.sched4j.instances.DataLineReader;

/**
 * The integers of a text file read one at a time whatever the line breaks, as OR-Library streams them, each known by
 * its position for error messages. Not thread-safe.
 */
final class IntegerStream {

    private final DataLineReader lines;
    private DataLine line;
    private int index;

    IntegerStream(DataLineReader lines) {
        this.lines = lines;
    }

    /** Whether another number follows. */
    boolean hasNext() {
        while (line == null || index >= line.size()) {
            Optional<DataLine> next = lines.next();
            if (next.isEmpty()) {
                return false;
            }
            line = next.get();
            index = 0;
        }
        return true;
    }

    /**
     * The next number, from {@code min} to {@code max}.
     *
     * @param what what the number is, for the message
     * @throws org.sched4j.instances.InstanceFormatException at the end of the input, or at a token that is not such a
     *                                                        number
     */
    int next(int min, int max, String what) {
        if (!hasNext()) {
            throw lines.endOfInput(what);
        }
        int value = line.intAt(index, min, max, what);
        index++;
        return value;
    }
}
