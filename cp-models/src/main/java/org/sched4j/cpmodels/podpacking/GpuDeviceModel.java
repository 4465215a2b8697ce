package org.sched4j.cpmodels.podpacking;

import com.google.ortools.sat.BoolVar;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.IntVar;
import com.google.ortools.sat.LinearExpr;
import com.google.ortools.sat.LinearExprBuilder;
import com.google.ortools.util.Domain;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.sched4j.podpacking.ClusterNode;
import org.sched4j.podpacking.GpuFragmentation;
import org.sched4j.podpacking.GpuRequest;
import org.sched4j.podpacking.Pod;
import org.sched4j.podpacking.PodPackingInstance;

/**
 * The GPU devices of the nodes that free pods with GPU requests may take, exactly as {@link
 * org.sched4j.podpacking.GpuPacking} defines a packing (whole devices of their own; each share on one device; at most
 * 1000 thousandths per device). For a node {@code n} with {@code G} devices:
 * <ul>
 *   <li>without shares among its fixed pods and candidates: {@code sum_p devices(p) x[p][n] <= G - fixed whole};</li>
 *   <li>otherwise per device {@code d}: a boolean {@code whole[n][d]} (the device is taken whole) with
 *       {@code sum_d whole[n][d] = fixed whole + sum_p devices(p) x[p][n]}; per share pod {@code p} a boolean
 *       {@code share[p][n][d]} with {@code sum_d share[p][n][d] = x[p][n]} (1 for a fixed share); the load
 *       {@code load[n][d] = 1000 whole[n][d] + sum_p milli(p) share[p][n][d] <= 1000}; and, the devices being
 *       identical, {@code load[n][d] >= load[n][d+1]} (any packing can be renumbered so).</li>
 * </ul>
 * A packing exists exactly when these constraints hold; the evaluator's packing search ({@code GpuPacking.freeMilli})
 * finds every packing that exists within its step limit, so a plan of the model it rejects is reported by the solver.
 *
 * <p>The fragmentation proxy ({@link #fragmentation()}) is, per device, the FGD fragment of its free thousandths
 * {@code f = 1000 - load} over the workload's classes ({@link GpuFragmentation}): {@code sum_c popularity(c) f} over
 * the classes that need more than {@code f} on one device or do not accept the node's model, a table over the loads
 * a device can have (0, 1000, and the sums of the node's shares up to 1000, which is also the domain of each load).
 * It equals the node's FGD fragmentation when every class asks for one device and the CPU is not what stops it; a
 * class of several whole devices counts only the partly used devices, and the CPU is left out.
 */
final class GpuDeviceModel {

    private static final int WHOLE = 1000;

    private final PodPackingCpSatModel core;
    private final CpModel model;
    private final PodPackingInstance instance;
    private final Map<Integer, IntVar[]> loads = new LinkedHashMap<>();
    private final Map<Integer, long[]> achievableLoads = new LinkedHashMap<>();
    private final Map<Integer, LinearExpr> wholeUsed = new LinkedHashMap<>();
    private LinearExpr fragmentation;

    GpuDeviceModel(PodPackingCpSatModel core) {
        this.core = core;
        this.model = core.model();
        this.instance = core.instance();
        List<List<GpuRequest>> fixedRequests = new ArrayList<>();
        for (int n = 0; n < instance.nodeCount(); n++) {
            fixedRequests.add(null);
        }
        for (int p = 0; p < instance.podCount(); p++) {
            int node = core.isFree(p) ? Pod.PENDING : core.fixedNode(p);
            GpuRequest request = instance.pods().get(p).gpu();
            if (node != Pod.PENDING && request.any()) {
                if (fixedRequests.get(node) == null) {
                    fixedRequests.set(node, new ArrayList<>());
                }
                fixedRequests.get(node).add(request);
            }
        }
        for (int n = 0; n < instance.nodeCount(); n++) {
            List<Integer> free = core.freeOn(n);
            if (instance.nodes().get(n).gpus() > 0 && free != null
                    && free.stream().anyMatch(p -> instance.pods().get(p).gpu().any())) {
                addNode(n, fixedRequests.get(n) == null ? List.of() : fixedRequests.get(n), free);
            }
        }
    }

    private void addNode(int n, List<GpuRequest> fixed, List<Integer> free) {
        int devices = instance.nodes().get(n).gpus();
        long fixedWhole = 0;
        List<Integer> fixedShares = new ArrayList<>();
        for (GpuRequest request : fixed) {
            if (request.isShare()) {
                fixedShares.add(request.milliPerDevice());
            } else {
                fixedWhole += request.devices();
            }
        }
        LinearExprBuilder whole = LinearExpr.newBuilder().add(fixedWhole);
        List<Integer> freeShares = new ArrayList<>();
        for (int p : free) {
            GpuRequest request = instance.pods().get(p).gpu();
            if (request.isShare()) {
                freeShares.add(p);
            } else if (request.any()) {
                whole.addTerm(core.x(p, n), request.devices());
            }
        }
        if (fixedShares.isEmpty() && freeShares.isEmpty()) {
            LinearExpr used = whole.build();
            model.addLessOrEqual(used, devices);
            wholeUsed.put(n, used);
            return;
        }
        BoolVar[] wholeDevice = new BoolVar[devices];
        LinearExprBuilder[] load = new LinearExprBuilder[devices];
        for (int d = 0; d < devices; d++) {
            wholeDevice[d] = model.newBoolVar("whole_" + n + "_" + d);
            load[d] = LinearExpr.newBuilder().addTerm(wholeDevice[d], WHOLE);
        }
        LinearExpr wholeCount = whole.build();
        model.addEquality(LinearExpr.sum(wholeDevice), wholeCount);
        List<Share> shares = new ArrayList<>();
        for (int milli : fixedShares) {
            BoolVar[] on = shareVariables("fixed_share_" + n, devices);
            model.addExactlyOne(on);
            addShareLoad(load, on, milli);
            shares.add(new Share(milli, null, on));
        }
        for (int p : freeShares) {
            BoolVar[] on = shareVariables("share_" + p + "_" + n, devices);
            model.addEquality(LinearExpr.sum(on), core.x(p, n));
            int milli = instance.pods().get(p).gpu().milliPerDevice();
            addShareLoad(load, on, milli);
            shares.add(new Share(milli, core.x(p, n), on));
        }
        long[] achievable = achievableLoads(shares);
        IntVar[] deviceLoads = new IntVar[devices];
        for (int d = 0; d < devices; d++) {
            deviceLoads[d] = model.newIntVarFromDomain(Domain.fromValues(achievable), "load_" + n + "_" + d);
            model.addEquality(deviceLoads[d], load[d]);
            if (d > 0) {
                model.addGreaterOrEqual(deviceLoads[d - 1], deviceLoads[d]);
            }
        }
        loads.put(n, deviceLoads);
        achievableLoads.put(n, achievable);
        List<IntVar> defined = new ArrayList<>(List.of(wholeDevice));
        shares.forEach(share -> defined.addAll(List.of(share.on())));
        defined.addAll(List.of(deviceLoads));
        core.hints().define(defined, values -> hintDevices(values, wholeCount, shares, wholeDevice, deviceLoads));
    }

    /** The loads a device can have: 0, a whole device, or a sum of some of the shares (at most 1000), ascending. */
    private static long[] achievableLoads(List<Share> shares) {
        boolean[] reachable = new boolean[WHOLE + 1];
        reachable[0] = true;
        for (Share share : shares) {
            for (int load = WHOLE - share.milli(); load >= 0; load--) {
                reachable[load + share.milli()] |= reachable[load];
            }
        }
        reachable[WHOLE] = true;
        return IntStream.rangeClosed(0, WHOLE).filter(load -> reachable[load]).asLongStream()
                .toArray();
    }

    /** A share on a node: its thousandths, its placement variable (null when fixed there) and its device booleans. */
    private record Share(int milli, BoolVar placed, BoolVar[] on) {
    }

    /**
     * Hints the devices of a node for the hinted placement: the whole devices first, the shares best fit decreasing,
     * the devices then ordered by load as the model's symmetry breaking asks; nothing when best fit fails.
     */
    private static void hintDevices(HintCompletion.Values values, LinearExpr wholeCount, List<Share> shares,
                                    BoolVar[] wholeDevice, IntVar[] deviceLoads) {
        int devices = wholeDevice.length;
        int whole = (int) values.of(wholeCount);
        if (whole > devices) {
            return;
        }
        int[] load = new int[devices];
        Arrays.fill(load, 0, whole, WHOLE);
        List<Share> placed = new ArrayList<>(shares.stream()
                .filter(share -> share.placed() == null || values.of(share.placed()) == 1).toList());
        placed.sort(Comparator.comparingInt(Share::milli).reversed());
        Map<Share, Integer> deviceOf = new HashMap<>();
        for (Share share : placed) {
            int best = -1;
            for (int d = whole; d < devices; d++) {
                if (load[d] + share.milli() <= WHOLE && (best < 0 || load[d] > load[best])) {
                    best = d;
                }
            }
            if (best < 0) {
                return;
            }
            load[best] += share.milli();
            deviceOf.put(share, best);
        }
        Integer[] order = new Integer[devices];
        for (int d = 0; d < devices; d++) {
            order[d] = d;
        }
        Arrays.sort(order, Comparator.comparingInt((Integer d) -> -load[d]).thenComparingInt(d -> d));
        int[] position = new int[devices];
        for (int k = 0; k < devices; k++) {
            position[order[k]] = k;
            values.set(wholeDevice[k], order[k] < whole ? 1 : 0);
            values.set(deviceLoads[k], load[order[k]]);
        }
        for (Share share : shares) {
            Integer device = deviceOf.get(share);
            for (int k = 0; k < devices; k++) {
                values.set(share.on()[k], device != null && position[device] == k ? 1 : 0);
            }
        }
    }

    private BoolVar[] shareVariables(String name, int devices) {
        BoolVar[] on = new BoolVar[devices];
        for (int d = 0; d < devices; d++) {
            on[d] = model.newBoolVar(name + "_" + d);
        }
        return on;
    }

    private static void addShareLoad(LinearExprBuilder[] load, BoolVar[] on, int milli) {
        for (int d = 0; d < on.length; d++) {
            load[d].addTerm(on[d], milli);
        }
    }

    /** Whether some node's GPU use may change in the model. */
    boolean hasDevices() {
        return !loads.isEmpty() || !wholeUsed.isEmpty();
    }

    /** The fragmentation proxy of the nodes whose GPU use may change, in thousandths of a GPU (see the class). */
    LinearExpr fragmentation() {
        if (fragmentation != null) {
            return fragmentation;
        }
        List<GpuFragmentation.TaskClass> classes = GpuFragmentation.of(instance).classes();
        LinearExprBuilder total = LinearExpr.newBuilder();
        for (Map.Entry<Integer, IntVar[]> node : loads.entrySet()) {
            long[] byLoad = fragmentByLoad(classes, instance.nodes().get(node.getKey()));
            long[][] tuples = Arrays.stream(achievableLoads.get(node.getKey()))
                    .mapToObj(load -> new long[] {load, byLoad[(int) load]}).toArray(long[][]::new);
            long[] fragments = Arrays.stream(tuples).mapToLong(tuple -> tuple[1]).distinct().sorted().toArray();
            IntVar[] deviceLoads = node.getValue();
            for (int d = 0; d < deviceLoads.length; d++) {
                IntVar fragment = model.newIntVarFromDomain(Domain.fromValues(fragments),
                        "fragment_" + node.getKey() + "_" + d);
                model.addAllowedAssignments(new IntVar[] {deviceLoads[d], fragment}).addTuples(tuples);
                IntVar deviceLoad = deviceLoads[d];
                core.hints().define(List.of(fragment), values -> {
                    if (values.has(deviceLoad)) {
                        values.set(fragment, byLoad[(int) values.of(deviceLoad)]);
                    }
                });
                total.add(fragment);
            }
        }
        for (Map.Entry<Integer, LinearExpr> node : wholeUsed.entrySet()) {
            ClusterNode host = instance.nodes().get(node.getKey());
            long idle = fragmentByLoad(classes, host)[0];
            total.add(idle * host.gpus()).addTerm(node.getValue(), -idle);
        }
        fragmentation = total.build();
        return fragmentation;
    }

    /** The fragment of one device of {@code node} by its load (index 0 to 1000), in thousandths of a GPU. */
    private static long[] fragmentByLoad(List<GpuFragmentation.TaskClass> classes, ClusterNode node) {
        long[] table = new long[WHOLE + 1];
        for (int load = 0; load <= WHOLE; load++) {
            int free = WHOLE - load;
            double fragment = 0;
            for (GpuFragmentation.TaskClass task : classes) {
                if (!task.gpu().acceptsModel(node.gpuModel()) || free < task.gpu().milliPerDevice()) {
                    fragment += task.popularity() * free;
                }
            }
            table[load] = Math.round(fragment);
        }
        return table;
    }
}
