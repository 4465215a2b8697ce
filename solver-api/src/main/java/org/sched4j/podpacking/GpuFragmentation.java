package org.sched4j.podpacking;

import java.util.ArrayList;
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

    private final List<TaskClass> classes;

    private GpuFragmentation(List<TaskClass> classes) {
        this.classes = List.copyOf(classes);
    }

    /** The workload of {@code instance}: its GPU-requesting pods, running and pending, grouped by request. */
    public static GpuFragmentation of(PodPackingInstance instance) {
        Map<List<Object>, long[]> counts = new LinkedHashMap<>();
        Map<List<Object>, TaskClass> firsts = new LinkedHashMap<>();
        int total = 0;
        for (Pod pod : instance.pods()) {
            if (!pod.gpu().any()) {
                continue;
            }
            List<Object> key = List.of(pod.cpuMillis(), pod.gpu().devices(), pod.gpu().milliPerDevice(),
                    Set.copyOf(pod.gpu().models()));
            counts.computeIfAbsent(key, k -> new long[1])[0]++;
            firsts.putIfAbsent(key, new TaskClass(pod.cpuMillis(), pod.gpu(), 0));
            total++;
        }
        List<TaskClass> classes = new ArrayList<>();
        for (Map.Entry<List<Object>, long[]> entry : counts.entrySet()) {
            TaskClass first = firsts.get(entry.getKey());
            classes.add(new TaskClass(first.cpuMillis(), first.gpu(), (double) entry.getValue()[0] / total));
        }
        classes.sort(Comparator.comparingDouble(TaskClass::popularity).reversed());
        return new GpuFragmentation(classes);
    }

    /** The classes of the workload, most popular first. */
    public List<TaskClass> classes() {
        return classes;
    }

    /**
     * The expected fragment of a node of GPU model {@code model} with {@code cpuLeft} free millicores and
     * {@code freeMilli} free thousandths per device, in thousandths of a GPU.
     */
    public double node(String model, long cpuLeft, int[] freeMilli) {
        long freeTotal = 0;
        for (int free : freeMilli) {
            freeTotal += free;
        }
        if (freeTotal == 0) {
            return 0;
        }
        double fragment = 0;
        for (TaskClass task : classes) {
            fragment += task.popularity() * fragmentOf(task, model, cpuLeft, freeMilli, freeTotal);
        }
        return fragment;
    }

    private static long fragmentOf(TaskClass task, String model, long cpuLeft, int[] freeMilli, long freeTotal) {
        if (!task.gpu().acceptsModel(model) || cpuLeft < task.cpuMillis()) {
            return freeTotal;
        }
        int milli = task.gpu().milliPerDevice();
        int fitting = 0;
        long tooSmall = 0;
        for (int free : freeMilli) {
            if (free >= milli) {
                fitting++;
            } else {
                tooSmall += free;
            }
        }
        return fitting >= task.gpu().devices() ? tooSmall : freeTotal;
    }
}
