package org.sched4j.podpacking;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * GPU fragmentation as Weng et al. define it ("Beware of Fragmentation: Scheduling GPU-Sharing Workloads with
 * Fragmentation Gradient Descent", USENIX ATC 2023, §3): the GPU capacity of a node that a task of the target
 * workload could not use, in expectation over the workload's distribution of requests.
 *
 * <p>The workload is the scenario's GPU-requesting pods grouped into classes of equal request (CPU, devices,
 * thousandths per device, accepted models), each with its share of those pods as its popularity. For a node with
 * free CPU {@code c} and free thousandths {@code f_d} per device, the fragment of a class {@code m} is:
 * <ul>
 *   <li>all the free GPU {@code Σ f_d} when the node cannot run {@code m}: a GPU model it does not accept, fewer than
 *       {@code devices(m)} devices with {@code f_d ≥ milli(m)}, or less free CPU than {@code m} requests;</li>
 *   <li>otherwise the free GPU of the devices too small for it, {@code Σ f_d over f_d < milli(m)}.</li>
 * </ul>
 * The node's fragmentation is {@code Σ_m popularity(m) · fragment(m)}, the cluster's the sum over its nodes. As in
 * the authors' simulator ({@code GetNodePodFrag} in hkust-adsl/kubernetes-scheduler-simulator), only the CPU is
 * compared besides the GPUs; CPU-only pods are not part of the workload (they use no GPU, and counting all free
 * GPU as their fragment would add the same to every placement of them). Values are in thousandths of a GPU.
 *
 * <p>Evaluation: the classes are grouped by their GPU request (devices, thousandths, models), each group holding its
 * classes' CPU requests in ascending order with cumulative pod counts. A node's fragment is then
 * {@code (W · Σ f_d − Σ_groups n_g(c) · (Σ f_d − small_g)) / W} over the groups its devices and model can run, where
 * {@code W} is the number of GPU pods, {@code n_g(c)} the pods of the group requesting at most {@code c} CPU (a binary
 * search) and {@code small_g} the free GPU of the devices too small for the group: O(g · (d + log k)) for g groups, d
 * devices and k classes per group, whatever the number of classes. The numerator is an exact integer
 * ({@link #weightedNode}), so the value equals the per-class sum of the definition up to the one final division.
 */
public final class GpuFragmentation {

    /**
     * A class of GPU requests in the workload.
     *
     * @param cpuMillis      its CPU request
     * @param gpu            its GPU request
     * @param popularity     its share of the GPU-requesting pods, in (0, 1]
     */
    public record TaskClass(long cpuMillis, GpuRequest gpu, double popularity) {
    }

    /** The classes of one GPU request: their CPU requests ascending and the pods requesting at most each. */
    private record RequestGroup(GpuRequest gpu, long[] cpuAscending, long[] podsUpTo) {

        /** The group's pods that request at most {@code cpuLeft} millicores. */
        long podsFitting(long cpuLeft) {
            int index = Arrays.binarySearch(cpuAscending, cpuLeft);
            int last = index >= 0 ? index : -index - 2;
            return last < 0 ? 0 : podsUpTo[last];
        }
    }

    private final List<TaskClass> classes;
    private final RequestGroup[] groups;
    private final long workloadPods;

    private GpuFragmentation(List<TaskClass> classes, RequestGroup[] groups, long workloadPods) {
        this.classes = List.copyOf(classes);
        this.groups = groups;
        this.workloadPods = workloadPods;
    }

    /** The workload of {@code instance}: its GPU-requesting pods, running and pending, grouped by request. */
    public static GpuFragmentation of(PodPackingInstance instance) {
        Map<List<Object>, long[]> counts = new LinkedHashMap<>();
        Map<List<Object>, Pod> firsts = new LinkedHashMap<>();
        int total = 0;
        for (Pod pod : instance.pods()) {
            if (!pod.gpu().any()) {
                continue;
            }
            List<Object> key = List.of(pod.cpuMillis(), pod.gpu().devices(), pod.gpu().milliPerDevice(),
                    Set.copyOf(pod.gpu().models()));
            counts.computeIfAbsent(key, k -> new long[1])[0]++;
            firsts.putIfAbsent(key, pod);
            total++;
        }
        List<TaskClass> classes = new ArrayList<>();
        Map<GpuRequest, List<long[]>> byRequest = new LinkedHashMap<>();
        for (Map.Entry<List<Object>, long[]> entry : counts.entrySet()) {
            Pod first = firsts.get(entry.getKey());
            long pods = entry.getValue()[0];
            classes.add(new TaskClass(first.cpuMillis(), first.gpu(), (double) pods / total));
            byRequest.computeIfAbsent(first.gpu(), request -> new ArrayList<>())
                    .add(new long[] {first.cpuMillis(), pods});
        }
        classes.sort(Comparator.comparingDouble(TaskClass::popularity).reversed());
        List<RequestGroup> groups = new ArrayList<>();
        for (Map.Entry<GpuRequest, List<long[]>> entry : byRequest.entrySet()) {
            List<long[]> members = entry.getValue();
            members.sort(Comparator.comparingLong(member -> member[0]));
            long[] cpu = new long[members.size()];
            long[] upTo = new long[members.size()];
            long running = 0;
            for (int i = 0; i < members.size(); i++) {
                cpu[i] = members.get(i)[0];
                running += members.get(i)[1];
                upTo[i] = running;
            }
            groups.add(new RequestGroup(entry.getKey(), cpu, upTo));
        }
        return new GpuFragmentation(classes, groups.toArray(RequestGroup[]::new), total);
    }

    /** The classes of the workload, most popular first. */
    public List<TaskClass> classes() {
        return classes;
    }

    /** The number of GPU-requesting pods of the workload: the denominator of the popularities. */
    public long workloadPods() {
        return workloadPods;
    }

    /**
     * The expected fragment of a node of GPU model {@code model} with {@code cpuLeft} free millicores and
     * {@code freeMilli} free thousandths per device, in thousandths of a GPU: {@link #weightedNode} divided by
     * {@link #workloadPods()} (0 without a workload).
     */
    public double node(String model, long cpuLeft, int[] freeMilli) {
        return workloadPods == 0 ? 0 : (double) weightedNode(model, cpuLeft, freeMilli) / workloadPods;
    }

    /**
     * The node's expected fragment times the number of GPU pods of the workload, {@code Σ_m pods(m) · fragment(m)}:
     * an exact integer, so that two nodes' fragments compare without rounding. Allocates nothing.
     */
    public long weightedNode(String model, long cpuLeft, int[] freeMilli) {
        long freeTotal = 0;
        for (int free : freeMilli) {
            freeTotal += free;
        }
        if (freeTotal == 0 || workloadPods == 0) {
            return 0;
        }
        long usable = 0;
        for (RequestGroup group : groups) {
            if (!group.gpu().acceptsModel(model)) {
                continue;
            }
            int milli = group.gpu().milliPerDevice();
            int fitting = 0;
            long tooSmall = 0;
            for (int free : freeMilli) {
                if (free >= milli) {
                    fitting++;
                } else {
                    tooSmall += free;
                }
            }
            if (fitting >= group.gpu().devices()) {
                usable += group.podsFitting(cpuLeft) * (freeTotal - tooSmall);
            }
        }
        return workloadPods * freeTotal - usable;
    }
}
