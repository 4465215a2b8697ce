package org.sched4j.maxcut;

import java.util.Arrays;
import java.util.Objects;

/**
 * A max-cut solution: the side of every vertex ({@code true} or {@code false}). As Ising spins, side {@code true} is
 * spin {@code +1} and side {@code false} spin {@code -1}. Immutable; arrays passed in and returned are copies.
 */
public final class Cut {

    private final boolean[] sides;

    private Cut(boolean[] sides) {
        this.sides = sides;
    }

    /** The cut with {@code sides[v]} the side of vertex {@code v} (copied). */
    public static Cut of(boolean[] sides) {
        return new Cut(Objects.requireNonNull(sides, "sides").clone());
    }

    /**
     * The cut of Ising spins: vertex {@code v} is on side {@code true} when {@code spins[v] > 0}.
     *
     * @param spins one spin per vertex, {@code +1} or {@code -1}
     * @throws IllegalArgumentException when a spin is neither {@code +1} nor {@code -1}
     */
    public static Cut ofSpins(byte[] spins) {
        boolean[] sides = new boolean[spins.length];
        for (int v = 0; v < spins.length; v++) {
            if (spins[v] != 1 && spins[v] != -1) {
                throw new IllegalArgumentException("spin " + v + " must be +1 or -1, got " + spins[v]);
            }
            sides[v] = spins[v] > 0;
        }
        return new Cut(sides);
    }

    /** The number of vertices this cut has a side for. */
    public int vertexCount() {
        return sides.length;
    }

    /** The side of {@code vertex}. */
    public boolean side(int vertex) {
        return sides[vertex];
    }

    /** The spin of {@code vertex}: {@code +1} for side {@code true}, {@code -1} for side {@code false}. */
    public byte spin(int vertex) {
        return sides[vertex] ? (byte) 1 : (byte) -1;
    }

    /** The sides, a copy. */
    public boolean[] sides() {
        return sides.clone();
    }

    /** The spins ({@code +1}/{@code -1}), a fresh array. */
    public byte[] spins() {
        byte[] spins = new byte[sides.length];
        for (int v = 0; v < sides.length; v++) {
            spins[v] = spin(v);
        }
        return spins;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Cut cut && Arrays.equals(sides, cut.sides);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(sides);
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("Cut[");
        for (boolean side : sides) {
            text.append(side ? '1' : '0');
        }
        return text.append(']').toString();
    }
}
