package org.sched4j.localsearch.tardiness;

import java.util.Arrays;

/**
 * A map from non-negative {@code long} keys to {@code long} values with open addressing, for the memo of
 * {@link LawlerDecomposition}: millions of entries without a boxed object each. When it would pass its capacity it
 * forgets everything (the memo is then rebuilt as needed). Not thread-safe.
 */
final class LongCostTable {

    private static final long EMPTY = -1;

    private final int maxEntries;
    private long[] keys;
    private long[] values;
    private int size;

    /** @param maxEntries the most entries kept before the table is cleared */
    LongCostTable(int maxEntries) {
        this.maxEntries = maxEntries;
        allocate(1 << 16);
    }

    /** The value of {@code key}, or -1 when absent. */
    long get(long key) {
        int mask = keys.length - 1;
        for (int slot = slot(key, mask); ; slot = (slot + 1) & mask) {
            if (keys[slot] == key) {
                return values[slot];
            }
            if (keys[slot] == EMPTY) {
                return -1;
            }
        }
    }

    /** Stores {@code value} (non-negative) for {@code key} (non-negative). */
    void put(long key, long value) {
        if (size >= maxEntries) {
            allocate(keys.length);
        } else if (2 * (size + 1) > keys.length) {
            grow();
        }
        int mask = keys.length - 1;
        int slot = slot(key, mask);
        while (keys[slot] != EMPTY && keys[slot] != key) {
            slot = (slot + 1) & mask;
        }
        if (keys[slot] == EMPTY) {
            size++;
        }
        keys[slot] = key;
        values[slot] = value;
    }

    /** The number of entries. */
    int size() {
        return size;
    }

    private void grow() {
        long[] oldKeys = keys;
        long[] oldValues = values;
        allocate(keys.length * 2);
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != EMPTY) {
                put(oldKeys[i], oldValues[i]);
            }
        }
    }

    private void allocate(int capacity) {
        keys = new long[capacity];
        values = new long[capacity];
        Arrays.fill(keys, EMPTY);
        size = 0;
    }

    private static int slot(long key, int mask) {
        long mixed = key * 0x9E3779B97F4A7C15L;
        return (int) (mixed ^ (mixed >>> 32)) & mask;
    }
}
