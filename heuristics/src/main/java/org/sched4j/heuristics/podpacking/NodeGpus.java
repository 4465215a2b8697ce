package org.sched4j.heuristics.podpacking;

import java.util.Arrays;
import org.sched4j.podpacking.GpuPacking;
import org.sched4j.podpacking.GpuRequest;
import org.sched4j.podpacking.PodPackingInstance;

/**
 * The GPU requests bound to each node — whole devices taken and the shares, ascending — and the device packing they
 * give ({@link GpuPacking}, the one definition the evaluator also uses). The {@code NodeResourcesFit} filter extended
 * to the GPUs: a pod fits when the node's requests and its own still pack ({@link #fits}). Cheap necessary checks
 * (enough devices not taken whole, enough free thousandths in all) run before the packing is computed.
 */
final class NodeGpus {

    private final int[] devices;
    private final int[] whole;
    private final int[][] shares;
    private final int[] shareCount;
    private final long[] shareSum;
    private final int[][] free;
    private final int[][] after;
    private final GpuRequest[] afterRequest;

    NodeGpus(PodPackingInstance instance) {
        int nodes = instance.nodeCount();
        devices = new int[nodes];
        for (int n = 0; n < nodes; n++) {
            devices[n] = instance.nodes().get(n).gpus();
        }
        whole = new int[nodes];
        shares = new int[nodes][];
        shareCount = new int[nodes];
        shareSum = new long[nodes];
        free = new int[nodes][];
        after = new int[nodes][];
        afterRequest = new GpuRequest[nodes];
        for (int n = 0; n < nodes; n++) {
            shares[n] = new int[4];
            free[n] = GpuPacking.pack(devices[n], 0, new int[0]);
        }
    }

    /** Adds {@code request} to the requests bound to {@code node}. */
    void add(int node, GpuRequest request) {
        if (!request.any()) {
            return;
        }
        if (request.isShare()) {
            if (shareCount[node] == shares[node].length) {
                shares[node] = Arrays.copyOf(shares[node], 2 * shares[node].length);
            }
            int position = shareCount[node];
            while (position > 0 && shares[node][position - 1] > request.milliPerDevice()) {
                shares[node][position] = shares[node][position - 1];
                position--;
            }
            shares[node][position] = request.milliPerDevice();
            shareCount[node]++;
            shareSum[node] += request.milliPerDevice();
        } else {
            whole[node] += request.devices();
        }
        changed(node);
    }

    /** Removes {@code request} from the requests bound to {@code node}. */
    void remove(int node, GpuRequest request) {
        if (!request.any()) {
            return;
        }
        if (request.isShare()) {
            int position = Arrays.binarySearch(shares[node], 0, shareCount[node], request.milliPerDevice());
            System.arraycopy(shares[node], position + 1, shares[node], position, shareCount[node] - position - 1);
            shareCount[node]--;
            shareSum[node] -= request.milliPerDevice();
        } else {
            whole[node] -= request.devices();
        }
        changed(node);
    }

    private void changed(int node) {
        free[node] = null;
        afterRequest[node] = null;
    }

    /** Whether {@code request} packs onto {@code node} beside the requests bound there. */
    boolean fits(int node, GpuRequest request) {
        return !request.any() || freeAfter(node, request) != null;
    }

    /**
     * The free thousandths per device of {@code node} once {@code request} is added, or null when it does not pack
     * (the current packing when {@code request} asks for no GPU). Do not modify the array.
     */
    int[] freeAfter(int node, GpuRequest request) {
        if (!request.any()) {
            return free(node);
        }
        if (request.equals(afterRequest[node])) {
            return after[node];
        }
        int wholeAfter = whole[node] + (request.isShare() ? 0 : request.devices());
        long freeTotal = (long) (devices[node] - whole[node]) * 1000 - shareSum[node];
        int[] packed = null;
        if (wholeAfter + (request.isShare() || shareCount[node] > 0 ? 1 : 0) <= devices[node]
                && freeTotal >= request.totalMilli()) {
            int count = shareCount[node];
            int[] withRequest = Arrays.copyOf(shares[node], count + (request.isShare() ? 1 : 0));
            if (request.isShare()) {
                withRequest[count] = request.milliPerDevice();
            }
            packed = GpuPacking.pack(devices[node], wholeAfter, withRequest);
        }
        after[node] = packed;
        afterRequest[node] = request;
        return packed;
    }

    /** The free thousandths per device of {@code node} as its requests stand. Do not modify the array. */
    int[] free(int node) {
        if (free[node] == null) {
            free[node] = GpuPacking.pack(devices[node], whole[node], Arrays.copyOf(shares[node], shareCount[node]));
            if (free[node] == null) {
                free[node] = new int[devices[node]];
            }
        }
        return free[node];
    }
}
