package org.sched4j.podpacking;

import java.util.Arrays;
import java.util.Collection;

/**
 * Which GPU device of a node each GPU request of its pods takes: the requests of whole devices take devices of their
 * own; the shares (less than a whole device) are packed onto the remaining devices, at most 1000 thousandths per
 * device, one device per share.
 *
 * <p>The packing is defined, so that every solver and the evaluator see the same devices: the shares in decreasing
 * size, each onto the device with the least room that still takes it (best fit decreasing, as the GPU-sharing
 * scheduler extensions bind a share to the tightest device). When best fit decreasing fails, an exact depth-first
 * search over the shares (decreasing, devices of equal room tried once) decides; it gives up after
 * {@value #SEARCH_LIMIT} steps and reports "no packing", which never claims a packing that does not exist. A node
 * holds its pods' GPU requests exactly when {@link #freeMilli} finds a packing. Time: O(s log s + s d) for s shares on
 * d devices when best fit succeeds.
 */
public final class GpuPacking {

    /** The most steps of the exact search before it reports that no packing exists. */
    public static final int SEARCH_LIMIT = 100_000;

    private GpuPacking() {
    }

    /**
     * The free thousandths of each of the {@code devices} devices once {@code requests} are packed (whole devices
     * first, at 0 free), or null when they cannot all be packed.
     */
    public static int[] freeMilli(int devices, Collection<GpuRequest> requests) {
        int whole = 0;
        int shareCount = 0;
        for (GpuRequest request : requests) {
            if (request.isShare()) {
                shareCount++;
            } else {
                whole += request.devices();
            }
        }
        if (whole > devices) {
            return null;
        }
        int[] shares = new int[shareCount];
        int s = 0;
        for (GpuRequest request : requests) {
            if (request.isShare()) {
                shares[s++] = request.milliPerDevice();
            }
        }
        return pack(devices, whole, shares);
    }

    /**
     * The free thousandths per device of {@code devices} devices of which {@code wholeTaken} are taken whole, once
     * {@code shares} (thousandths, any order; sorted in place) are packed; null when they do not fit.
     */
    public static int[] pack(int devices, int wholeTaken, int[] shares) {
        if (wholeTaken > devices) {
            return null;
        }
        int[] free = new int[devices];
        Arrays.fill(free, wholeTaken, devices, 1000);
        Arrays.sort(shares);
        if (bestFitDecreasing(free, wholeTaken, shares)) {
            return free;
        }
        Arrays.fill(free, wholeTaken, devices, 1000);
        int[] steps = {0};
        return search(free, wholeTaken, shares, shares.length - 1, steps) ? free : null;
    }

    private static boolean bestFitDecreasing(int[] free, int first, int[] ascendingShares) {
        for (int i = ascendingShares.length - 1; i >= 0; i--) {
            int share = ascendingShares[i];
            int best = -1;
            for (int d = first; d < free.length; d++) {
                if (free[d] >= share && (best < 0 || free[d] < free[best])) {
                    best = d;
                }
            }
            if (best < 0) {
                return false;
            }
            free[best] -= share;
        }
        return true;
    }

    private static boolean search(int[] free, int first, int[] ascendingShares, int next, int[] steps) {
        if (next < 0) {
            return true;
        }
        if (++steps[0] > SEARCH_LIMIT) {
            return false;
        }
        int share = ascendingShares[next];
        for (int d = first; d < free.length; d++) {
            if (free[d] < share || seenRoom(free, first, d)) {
                continue;
            }
            free[d] -= share;
            if (search(free, first, ascendingShares, next - 1, steps)) {
                return true;
            }
            free[d] += share;
        }
        return false;
    }

    /** Whether a device before {@code d} has the same room (trying it again would repeat a failed branch). */
    private static boolean seenRoom(int[] free, int first, int d) {
        for (int e = first; e < d; e++) {
            if (free[e] == free[d]) {
                return true;
            }
        }
        return false;
    }
}
