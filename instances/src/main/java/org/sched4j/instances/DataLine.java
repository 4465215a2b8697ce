package org.sched4j.instances;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One line of data in a text instance file, split into whitespace-separated tokens, that knows its position so that
 * every defect can be reported as {@code source:line:column}.
 *
 * @param source the file name used in error messages
 * @param number the line's number, from 1
 * @param text   the line without its line terminator
 * @param tokens the whitespace-separated tokens, in order
 */
public record DataLine(String source, int number, String text, List<Token> tokens) {

    /**
     * One token of a line.
     *
     * @param text   the characters of the token, without whitespace
     * @param column the column of its first character, from 1
     */
    public record Token(String text, int column) {

        public Token {
            Objects.requireNonNull(text, "text");
            if (column < 1) {
                throw new IllegalArgumentException("column must be at least 1, got " + column);
            }
        }

        /** Whether the token is a decimal integer that fits in a {@code long} (an optional sign, then digits). */
        public boolean isInteger() {
            try {
                Long.parseLong(text);
                return true;
            } catch (NumberFormatException e) {
                return false;
            }
        }
    }

    public DataLine {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(text, "text");
        tokens = List.copyOf(Objects.requireNonNull(tokens, "tokens"));
        if (number < 1) {
            throw new IllegalArgumentException("number must be at least 1, got " + number);
        }
    }

    /** Splits {@code text}, line {@code number} of {@code source}, at whitespace ({@link Character#isWhitespace}). */
    public static DataLine of(String source, int number, String text) {
        List<Token> tokens = new ArrayList<>();
        int index = 0;
        while (index < text.length()) {
            while (index < text.length() && Character.isWhitespace(text.charAt(index))) {
                index++;
            }
            int start = index;
            while (index < text.length() && !Character.isWhitespace(text.charAt(index))) {
                index++;
            }
            if (index > start) {
                tokens.add(new Token(text.substring(start, index), start + 1));
            }
        }
        return new DataLine(source, number, text, tokens);
    }

    /** The number of tokens. */
    public int size() {
        return tokens.size();
    }

    /** Whether the line holds no tokens. */
    public boolean isBlank() {
        return tokens.isEmpty();
    }

    /** Whether every token is an integer (see {@link Token#isInteger}); true for a blank line. */
    public boolean allIntegers() {
        return tokens.stream().allMatch(Token::isInteger);
    }

    /**
     * Checks that the line has exactly {@code expected} tokens.
     *
     * @param what what the tokens are, for the message ({@code "numbers for job 3 (6 pairs machine duration)"})
     * @throws InstanceFormatException at the first extra token when there are too many, or just after the last token
     *                                 when there are too few
     */
    public void requireSize(int expected, String what) {
        if (tokens.size() == expected) {
            return;
        }
        String problem = "expected " + expected + " " + what + ", found " + tokens.size();
        if (tokens.size() > expected) {
            throw errorAt(expected, problem);
        }
        throw new InstanceFormatException(source, number, endColumn(), problem);
    }

    /**
     * Token {@code index} as an {@code int} from {@code min} to {@code max}.
     *
     * @param what what the number is, for the message ({@code "the machine of operation 2 of job 1"})
     * @throws InstanceFormatException at the token when it is not an integer or out of range
     */
    public int intAt(int index, int min, int max, String what) {
        return (int) longAt(index, min, max, what);
    }

    /**
     * Token {@code index} as a {@code long} from {@code min} to {@code max}.
     *
     * @param what what the number is, for the message
     * @throws InstanceFormatException at the token when it is not an integer or out of range
     */
    public long longAt(int index, long min, long max, String what) {
        Token token = tokens.get(index);
        long value;
        try {
            value = Long.parseLong(token.text());
        } catch (NumberFormatException e) {
            throw errorAt(index, "expected " + what + " (an integer), found '" + token.text() + "'");
        }
        if (value < min || value > max) {
            throw errorAt(index, "expected " + what + " to be " + range(min, max) + ", found " + value);
        }
        return value;
    }

    /** An error at the first character of token {@code index}. */
    public InstanceFormatException errorAt(int index, String problem) {
        return new InstanceFormatException(source, number, tokens.get(index).column(), problem);
    }

    /** An error about the whole line (column 0). */
    public InstanceFormatException error(String problem) {
        return new InstanceFormatException(source, number, 0, problem);
    }

    private int endColumn() {
        if (tokens.isEmpty()) {
            return 1;
        }
        Token last = tokens.getLast();
        return last.column() + last.text().length();
    }

    private static String range(long min, long max) {
        if (max == Integer.MAX_VALUE || max == Long.MAX_VALUE) {
            return "at least " + min;
        }
        return "from " + min + " to " + max;
    }
}
