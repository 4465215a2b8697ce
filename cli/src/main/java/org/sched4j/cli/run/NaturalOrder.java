package org.sched4j.cli.run;

import java.util.Comparator;

/**
 * Orders names as people do: runs of digits compare by value, so {@code G2} comes before {@code G10} and
 * {@code abz5} before {@code abz10}; other characters compare case-insensitively, then exactly.
 */
public final class NaturalOrder implements Comparator<String> {

    /** The comparator; it holds no state. */
    public static final NaturalOrder INSTANCE = new NaturalOrder();

    private NaturalOrder() {
    }

    @Override
    public int compare(String left, String right) {
        int i = 0;
        int j = 0;
        while (i < left.length() && j < right.length()) {
            char a = left.charAt(i);
            char b = right.charAt(j);
            if (Character.isDigit(a) && Character.isDigit(b)) {
                int endA = digitsEnd(left, i);
                int endB = digitsEnd(right, j);
                int byValue = compareDigits(left.substring(i, endA), right.substring(j, endB));
                if (byValue != 0) {
                    return byValue;
                }
                i = endA;
                j = endB;
            } else {
                int byChar = Character.compare(Character.toLowerCase(a), Character.toLowerCase(b));
                if (byChar != 0) {
                    return byChar;
                }
                i++;
                j++;
            }
        }
        int byLength = Integer.compare(left.length() - i, right.length() - j);
        return byLength != 0 ? byLength : left.compareTo(right);
    }

    private static int digitsEnd(String text, int from) {
        int end = from;
        while (end < text.length() && Character.isDigit(text.charAt(end))) {
            end++;
        }
        return end;
    }

    private static int compareDigits(String a, String b) {
        String trimmedA = a.replaceFirst("^0+(?=.)", "");
        String trimmedB = b.replaceFirst("^0+(?=.)", "");
        int byLength = Integer.compare(trimmedA.length(), trimmedB.length());
        return byLength != 0 ? byLength : trimmedA.compareTo(trimmedB);
    }
}
