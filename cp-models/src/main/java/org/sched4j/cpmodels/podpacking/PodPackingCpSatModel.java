package org.sched4j.cpmodels.podpacking;

import com.google.ortools.sat.BoolVar;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.LinearExpr;
import com.google.ortools.sat.LinearExprBuilder;
import com.google.ortools.sat.Literal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sched4j.podpacking.ClusterNode;
import org.sched4j.podpacking.DisruptionBudget;
import org.sched4j.podpacking.Pod;
import org.sched4j.podpacking.PodPackingInstance;
import org.sched4j.podpacking.PodPlacement;
import org.sched4j.podpacking.PlacementRules;
import org.sched4j.podpacking.TopologySpreadConstraint;

/**
 * The CP-SAT model of pod packing, after Christensen, Giallorenzo &amp; Mauro ("Priority Matters", 2025), extended to
 * the scheduling rules of the evaluator, over a {@link PodPackingNeighbourhood} (the free pods are variables, the
 * others constants where the base plan puts them). In the order of the mathematics:
 * <ul>
 *   <li>variables: a boolean {@code x[p][n]} "free pod p runs on node n" only for the nodes {@link CandidateNodes}
 *       keeps (fit while empty, {@link PlacementRules#allowed} with {@code n == currentNode(p)} as staying, topology
 *       labels present, no anti-affinity clash with a fixed pod); {@code placed(p) = sum_n x[p][n] <= 1};
 *       {@code stay(p) = x[p][currentNode(p)]} (0 without that variable); a pod is <em>placed anew</em> when
 *       {@code placed(p) - stay(p) = 1};</li>
 *   <li>capacities: on each node a free pod may take, {@code sum_p req(p) x[p][n] <= allocatable(n) - fixed(n)} for
 *       CPU, memory and the pod count; GPU devices exactly ({@link GpuDeviceModel});</li>
 *   <li>required pod affinity and anti-affinity ({@link InterPodConstraints}) and {@code DoNotSchedule} topology
 *       spread ({@link SpreadConstraints}), as the evaluator defines them;</li>
 *   <li>PodDisruptionBudgets: for each budget, {@code sum over covered running free pods of (1 - stay(p))} at most
 *       its allowed disruptions less the covered fixed pods the base plan disrupts;</li>
 *   <li>the levels of the objective over the free pods ({@link ObjectiveLevels}: per tier the placed pods and the
 *       disruption, the node-local soft penalty) and a GPU fragmentation proxy
 *       ({@link GpuDeviceModel#fragmentation}).</li>
 * </ul>
 * {@link CpSatPodPackingSolver} optimises the levels one after the other ({@link LexicographicSteps}).
 */
final class PodPackingCpSatModel {

    private record DomainKey(int pod, String key, String domain, boolean anewOnly) {
    }

    private final PodPackingNeighbourhood neighbourhood;
    private final PodPackingInstance instance;
    private final CpModel model = new CpModel();
    private final Selections selections;
    private final int[][] nodesOf;
    private final BoolVar[][] placedOn;
    private final List<List<Integer>> freeOnNode;
    private final Map<DomainKey, Literal> domainLiterals = new HashMap<>();
    private final HintCompletion hints = new HintCompletion();
    private final List<BoolVar> placementVariables = new ArrayList<>();
    private final GpuDeviceModel gpu;
    private final ObjectiveLevels levels;
    private int variables;

    PodPackingCpSatModel(PodPackingNeighbourhood neighbourhood) {
        this.neighbourhood = neighbourhood;
        this.instance = neighbourhood.instance();
        this.selections = new Selections(neighbourhood);
        this.nodesOf = CandidateNodes.of(neighbourhood, selections);
        this.placedOn = new BoolVar[instance.podCount()][];
        this.freeOnNode = new ArrayList<>();
        for (int n = 0; n < instance.nodeCount(); n++) {
            freeOnNode.add(null);
        }
        createVariables();
        addCapacities();
        this.gpu = new GpuDeviceModel(this);
        new InterPodConstraints(this, selections).addAll();
        new SpreadConstraints(this, selections.labels()).addAll();
        addBudgets();
        this.levels = new ObjectiveLevels(this);
    }

    private void createVariables() {
        for (int p = 0; p < instance.podCount(); p++) {
            if (nodesOf[p] == null) {
                continue;
            }
            placedOn[p] = new BoolVar[nodesOf[p].length];
            for (int i = 0; i < nodesOf[p].length; i++) {
                int n = nodesOf[p][i];
                placedOn[p][i] = model.newBoolVar("x_" + p + "_" + n);
                placementVariables.add(placedOn[p][i]);
                if (freeOnNode.get(n) == null) {
                    freeOnNode.set(n, new ArrayList<>());
                }
                freeOnNode.get(n).add(p);
                variables++;
            }
            if (placedOn[p].length > 1) {
                model.addAtMostOne(placedOn[p]);
            }
        }
    }

    private void addCapacities() {
        long[] fixedCpu = new long[instance.nodeCount()];
        long[] fixedMemory = new long[instance.nodeCount()];
        long[] fixedCount = new long[instance.nodeCount()];
        for (int p = 0; p < instance.podCount(); p++) {
            int node = fixedNode(p);
            if (!isFree(p) && node != Pod.PENDING) {
                fixedCpu[node] += instance.pods().get(p).cpuMillis();
                fixedMemory[node] += instance.pods().get(p).memoryBytes();
                fixedCount[node]++;
            }
        }
        for (int n = 0; n < instance.nodeCount(); n++) {
            List<Integer> pods = freeOnNode.get(n);
            if (pods == null) {
                continue;
            }
            ClusterNode node = instance.nodes().get(n);
            LinearExprBuilder cpu = LinearExpr.newBuilder();
            LinearExprBuilder memory = LinearExpr.newBuilder();
            LinearExprBuilder count = LinearExpr.newBuilder();
            for (int p : pods) {
                BoolVar x = x(p, n);
                cpu.addTerm(x, instance.pods().get(p).cpuMillis());
                memory.addTerm(x, instance.pods().get(p).memoryBytes());
                count.add(x);
            }
            model.addLessOrEqual(cpu, node.cpuMillis() - fixedCpu[n]);
            model.addLessOrEqual(memory, node.memoryBytes() - fixedMemory[n]);
            model.addLessOrEqual(count, node.podLimit() - fixedCount[n]);
        }
    }

    /** For each budget: the covered running free pods that do not stay, at most what the fixed pods leave. */
    private void addBudgets() {
        for (DisruptionBudget budget : instance.budgets()) {
            LinearExprBuilder disrupted = LinearExpr.newBuilder();
            long fixedDisrupted = 0;
            boolean anyFree = false;
            for (int p : selections.labels().candidates(budget.selector())) {
                Pod pod = instance.pods().get(p);
                if (!pod.isRunning() || !budget.covers(pod)) {
                    continue;
                }
                if (isFree(p)) {
                    anyFree = true;
                    disrupted.add(1);
                    BoolVar stay = stay(p);
                    if (stay != null) {
                        disrupted.addTerm(stay, -1);
                    }
                } else if (fixedNode(p) != pod.currentNode()) {
                    fixedDisrupted++;
                }
            }
            if (anyFree) {
                model.addLessOrEqual(disrupted, budget.allowedDisruptions() - fixedDisrupted);
            }
        }
    }

    PodPackingInstance instance() {
        return instance;
    }

    PodPackingNeighbourhood neighbourhood() {
        return neighbourhood;
    }

    CpModel model() {
        return model;
    }

    /** Whether pod {@code p} is a variable of the model. */
    boolean isFree(int p) {
        return nodesOf[p] != null;
    }

    /** The node of a fixed pod (the base plan's; a protected pod's current node). */
    int fixedNode(int p) {
        return neighbourhood.baseNode(p);
    }

    /** The candidate nodes of free pod {@code p}, ascending. */
    int[] nodesOf(int p) {
        return nodesOf[p];
    }

    /** The variables of free pod {@code p}, in the order of {@link #nodesOf}. */
    BoolVar[] variablesOf(int p) {
        return placedOn[p];
    }

    /** The free pods that may take node {@code n} (null when none). */
    List<Integer> freeOn(int n) {
        return freeOnNode.get(n);
    }

    /** {@code x[p][n]}, or null when free pod {@code p} may not take node {@code n}. */
    BoolVar x(int p, int n) {
        int i = Arrays.binarySearch(nodesOf[p], n);
        return i < 0 ? null : placedOn[p][i];
    }

    /** {@code stay(p)}: free pod {@code p} on its current node; null when it cannot stay (or is pending). */
    BoolVar stay(int p) {
        int current = instance.pods().get(p).currentNode();
        return current == Pod.PENDING ? null : x(p, current);
    }

    /**
     * The candidate variables of free pod {@code p} per domain of {@code key} (nodes without the label left out), only
     * on nodes other than its current one when {@code anewOnly}.
     */
    Map<String, List<BoolVar>> byDomain(int p, String key, boolean anewOnly) {
        Map<String, List<BoolVar>> domains = new LinkedHashMap<>();
        int current = instance.pods().get(p).currentNode();
        for (int i = 0; i < nodesOf[p].length; i++) {
            int n = nodesOf[p][i];
            String domain = instance.nodes().get(n).topologyValue(key);
            if (domain != null && !(anewOnly && n == current)) {
                domains.computeIfAbsent(domain, d -> new ArrayList<>()).add(placedOn[p][i]);
            }
        }
        return domains;
    }

    /**
     * The literal "free pod {@code p} is in {@code domain} of {@code key}" (placed anew there, when {@code anewOnly}):
     * the variable itself for a single node, else a boolean equal to the sum; null when it cannot be.
     */
    Literal inDomain(int p, String key, String domain, boolean anewOnly) {
        DomainKey cacheKey = new DomainKey(p, key, domain, anewOnly);
        if (domainLiterals.containsKey(cacheKey)) {
            return domainLiterals.get(cacheKey);
        }
        List<BoolVar> vars = byDomain(p, key, anewOnly).get(domain);
        Literal literal = vars == null ? null : literalOf(vars, (anewOnly ? "anew_" : "in_") + p + "_" + domain);
        domainLiterals.put(cacheKey, literal);
        return literal;
    }

    private Literal literalOf(List<BoolVar> vars, String name) {
        if (vars.size() == 1) {
            return vars.getFirst();
        }
        BoolVar sum = model.newBoolVar(name);
        LinearExpr definition = LinearExpr.sum(vars.toArray(new BoolVar[0]));
        model.addEquality(definition, sum);
        hints.equal(sum, definition);
        return sum;
    }

    /** The definitions of the auxiliary variables, for a complete hint. */
    HintCompletion hints() {
        return hints;
    }

    /** The number of placement booleans. */
    int variableCount() {
        return variables;
    }

    /** The levels of the objective over the free pods. */
    ObjectiveLevels levels() {
        return levels;
    }

    /** The GPU devices of the nodes free pods may take. */
    GpuDeviceModel gpu() {
        return gpu;
    }

    /**
     * Replaces the solution hint with {@code plan} (free pods on nodes they may not take are hinted unplaced), every
     * auxiliary variable hinted with the value the plan implies ({@link HintCompletion}).
     */
    void hint(PodPlacement plan) {
        hints.hint(model, values -> {
            for (int p = 0; p < instance.podCount(); p++) {
                if (isFree(p)) {
                    for (int i = 0; i < nodesOf[p].length; i++) {
                        values.set(placedOn[p][i], plan.nodeOf(p) == nodesOf[p][i] ? 1 : 0);
                    }
                }
            }
        }, placementVariables);
    }

    /** The plan of {@code solver}'s last solution: the fixed pods where the base plan puts them. */
    PodPlacement read(CpSolver solver) {
        int[] nodes = new int[instance.podCount()];
        for (int p = 0; p < instance.podCount(); p++) {
            nodes[p] = isFree(p) ? Pod.PENDING : fixedNode(p);
            if (isFree(p)) {
                for (int i = 0; i < nodesOf[p].length; i++) {
                    if (solver.booleanValue(placedOn[p][i])) {
                        nodes[p] = nodesOf[p][i];
                    }
                }
            }
        }
        return new PodPlacement(nodes);
    }

    /** The hard spread constraints of {@code pod}. */
    static List<TopologySpreadConstraint> hardSpread(Pod pod) {
        return pod.scheduling().topologySpread().stream().filter(TopologySpreadConstraint::hard).toList();
    }
}
