package org.sched4j.localsearch.jobshop;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The best distinct solutions (machine orders) seen so far, at most {@code capacity}, from which the search restarts
 * (the elite set of i-TSAB, Nowicki &amp; Smutnicki 2005, and of TS/PR, Peng, Lü &amp; Cheng 2015). A new solution
 * enters when it differs from every member and the pool is not full or it beats the worst member, which it
 * replaces (the oldest among equally bad ones).
 */
final class ElitePool {

    private final int capacity;
    private final List<int[]> sequences = new ArrayList<>();
    private final List<Integer> makespans = new ArrayList<>();

    ElitePool(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1, got " + capacity);
        }
        this.capacity = capacity;
    }

    /**
     * Offers a solution; the pool keeps its own copy when it enters.
     *
     * @return true when it entered
     */
    boolean offer(int[] sequence, int makespan) {
        for (int i = 0; i < sequences.size(); i++) {
            if (makespans.get(i) == makespan && Arrays.equals(sequences.get(i), sequence)) {
                return false;
            }
        }
        if (sequences.size() < capacity) {
            sequences.add(sequence.clone());
            makespans.add(makespan);
            return true;
        }
        int worst = 0;
        for (int i = 1; i < sequences.size(); i++) {
            if (makespans.get(i) > makespans.get(worst)) {
                worst = i;
            }
        }
        if (makespan >= makespans.get(worst)) {
            return false;
        }
        sequences.remove(worst);
        makespans.remove(worst);
        sequences.add(sequence.clone());
        makespans.add(makespan);
        return true;
    }

    int size() {
        return sequences.size();
    }

    /** Member {@code i}'s machine orders (the pool's own array: do not modify). */
    int[] sequence(int i) {
        return sequences.get(i);
    }

    int makespan(int i) {
        return makespans.get(i);
    }
}
