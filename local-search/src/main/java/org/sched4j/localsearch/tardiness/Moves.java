package org.sched4j.localsearch.tardiness;

/** Moves on a job sequence, in place. */
final class Moves {

    private Moves() {
    }

    /** Moves the job at position {@code from} to position {@code to}, shifting the jobs between by one. */
    static void insert(int[] order, int from, int to) {
        int moved = order[from];
        if (from < to) {
            System.arraycopy(order, from + 1, order, from, to - from);
        } else {
            System.arraycopy(order, to, order, to + 1, from - to);
        }
        order[to] = moved;
    }

    /** Exchanges the jobs at positions {@code a} and {@code b}. */
    static void swap(int[] order, int a, int b) {
        int job = order[a];
        order[a] = order[b];
        order[b] = job;
    }
}
