package org.sched4j.instances;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DataLineReaderTest {

    @Test
    void numbersLinesAndColumnsFromOneSkippingComments() {
        DataLineReader reader = DataLineReader.of("# head\n\n  7\t 8\r\n", "x.txt");

        DataLine line = reader.next().orElseThrow();

        assertThat(line.number()).isEqualTo(3);
        assertThat(line.tokens()).containsExactly(new DataLine.Token("7", 3), new DataLine.Token("8", 6));
        assertThat(reader.next()).isEmpty();
    }

    @Test
    void placesTheEndOfAFileWithoutAFinalLineBreakAfterItsLastCharacter() {
        DataLineReader reader = DataLineReader.of("1 2\n3 4", "x.txt");
        reader.next();
        reader.next();

        InstanceFormatException error = reader.endOfInput("more");

        assertThat(error.line()).isEqualTo(2);
        assertThat(error.column()).isEqualTo(4);
    }

    @Test
    void placesTheEndOfAFileWithAFinalLineBreakOnTheNextLine() {
        DataLineReader reader = DataLineReader.of("1 2\n3 4\n\n", "x.txt");
        reader.next();
        reader.next();

        InstanceFormatException error = reader.endOfInput("more");

        assertThat(error.line()).isEqualTo(4);
        assertThat(error.column()).isEqualTo(1);
        assertThat(error.getMessage()).isEqualTo("x.txt:4:1: expected more, found the end of the file (the file is truncated)");
    }
}
