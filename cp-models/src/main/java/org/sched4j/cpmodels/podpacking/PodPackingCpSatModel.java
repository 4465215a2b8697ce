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
import org.sched4j.podpacking.PodScheduling;
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
 *   <li>objective expressions: per priority tier the placed free pods, and the disruption of the running free pods
 *       {@code sum (1 + placed(p) - 2 stay(p))} (0 when it stays, 1 when evicted, 2 when moved); the node-local soft
 *       penalty {@code sum x[p][n] (missed preferred node affinity weight(p, n) + 100 untolerated PreferNoSchedule
 *       taints(p, n))}; a GPU fragmentation proxy ({@link GpuDeviceModel#fragmentation}).</li>
 * </ul>
 * The soft penalty of the model is exact when no pod has a preferred pod (anti-)affinity or a {@code ScheduleAnyway}
 * spread constraint ({@link #softIsExact()}); those terms are left out of the model. {@link CpSatPodPackingSolver}
 * optimises the levels one after the other.
 */
final class PodPackingCpSatModel {

    /** The soft penalty of one untolerated PreferNoSchedule taint, as the evaluator counts it. */
    static final int PREFER_NO_SCHEDULE_PENALTY = 100;

    private record DomainKey(int pod, String key, String domain, boolean anewOnly) {
    }

    private final PodPackingNeighbourhood neighbourhood;
    private final PodPackingInstance instance;
    private final CpModel model = new CpModel();
    private final Selections selections;
    private final int[][] nodesOf;
    private final BoolVar[][] placedOn;
    private final int[] tierOf;
    private final int tierCount;
    private final List<List<Integer>> freeOnNode;
    private final Map<DomainKey, Literal> domainLiterals = new HashMap<>();
    private final HintCompletion hints = new HintCompletion();
    private final List<BoolVar> placementVariables = new ArrayList<>();
    private final GpuDeviceModel gpu;
    private int variables;

    PodPackingCpSatModel(PodPackingNeighbourhood neighbourhood) {
        this.neighbourhood = neighbourhood;
        this.instance = neighbourhood.instance();
        this.tierOf = instance.tierOfPods();
        this.tierCount = instance.tierPriorities().size();
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

    int tierCount() {
        return tierCount;
    }

    /** The GPU devices of the nodes free pods may take. */
    GpuDeviceModel gpu() {
        return gpu;
    }

    /** Whether tier {@code tier} has running free pods (else its disruption in the model is constant). */
    boolean hasDisruptableRunningPods(int tier) {
        for (int p = 0; p < instance.podCount(); p++) {
            if (tierOf[p] == tier && isFree(p) && instance.pods().get(p).isRunning()) {
                return true;
            }
        }
        return false;
    }

    /** The placed free pods of tier {@code tier}. */
    LinearExpr tierPlaced(int tier) {
        LinearExprBuilder placed = LinearExpr.newBuilder();
        for (int p = 0; p < instance.podCount(); p++) {
            if (tierOf[p] == tier && isFree(p)) {
                for (BoolVar x : placedOn[p]) {
                    placed.add(x);
                }
            }
        }
        return placed.build();
    }

    /** The disruption of the running free pods of tier {@code tier}: 1 per eviction, 2 per move. */
    LinearExpr disruption(int tier) {
        LinearExprBuilder disruption = LinearExpr.newBuilder();
        for (int p = 0; p < instance.podCount(); p++) {
            Pod pod = instance.pods().get(p);
            if (tierOf[p] != tier || !pod.isRunning() || !isFree(p)) {
                continue;
            }
            disruption.add(1);
            for (int i = 0; i < nodesOf[p].length; i++) {
                disruption.addTerm(placedOn[p][i], nodesOf[p][i] == pod.currentNode() ? -1 : 1);
            }
        }
        return disruption.build();
    }

    /**
     * The tiers folded into one number to maximise, when it stays below 2<sup>50</sup>: the digits {@code placed_1,
     * -disruption_1, placed_2, ...} (tier 1 the highest) of a mixed-radix number whose digit {@code placed_t} has radix
     * {@code free pods_t + 1} and {@code disruption_t} radix {@code 2 running free pods_t + 1}, so that it orders the
     * free pods' plans as the tiers do. Returns the weight of each digit ({@code placed_t} at {@code 2t},
     * {@code disruption_t} at {@code 2t + 1}), or null when the number would be larger.
     */
    long[] tierWeights() {
        long[] radix = new long[2 * tierCount];
        for (int p = 0; p < instance.podCount(); p++) {
            if (isFree(p)) {
                radix[2 * tierOf[p]]++;
                radix[2 * tierOf[p] + 1] += instance.pods().get(p).isRunning() ? 2 : 0;
            }
        }
        long[] weight = new long[2 * tierCount];
        long product = 1;
        for (int digit = weight.length - 1; digit >= 0; digit--) {
            weight[digit] = product;
            product = Math.multiplyHigh(product, radix[digit] + 1) == 0 ? product * (radix[digit] + 1) : -1;
            if (product < 0 || product > 1L << 50) {
                return null;
            }
        }
        return weight;
    }

    /** The tiers as one number to maximise, with the weights of {@link #tierWeights()}. */
    LinearExpr weightedTiers(long[] weights) {
        LinearExprBuilder value = LinearExpr.newBuilder();
        for (int tier = 0; tier < tierCount; tier++) {
            value.addTerm(tierPlaced(tier), weights[2 * tier]).addTerm(disruption(tier), -weights[2 * tier + 1]);
        }
        return value.build();
    }

    /** The value of {@link #weightedTiers} in {@code plan}. */
    long weightedTiersIn(PodPlacement plan, long[] weights) {
        long value = 0;
        for (int tier = 0; tier < tierCount; tier++) {
            value += placedIn(plan, tier) * weights[2 * tier] - disruptionIn(plan, tier) * weights[2 * tier + 1];
        }
        return value;
    }

    /** The node-local soft penalty of the free pods (see the class comment). */
    LinearExpr softPenalty() {
        LinearExprBuilder penalty = LinearExpr.newBuilder();
        for (int p = 0; p < instance.podCount(); p++) {
            if (!isFree(p)) {
                continue;
            }
            for (int i = 0; i < nodesOf[p].length; i++) {
                long cost = softCost(p, nodesOf[p][i]);
                if (cost > 0) {
                    penalty.addTerm(placedOn[p][i], cost);
                }
            }
        }
        return penalty.build();
    }

    /** Whether some free pod has a node-local soft cost on one of its candidate nodes. */
    boolean hasSoftCosts() {
        for (int p = 0; p < instance.podCount(); p++) {
            if (isFree(p)) {
                for (int n : nodesOf[p]) {
                    if (softCost(p, n) > 0) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private long softCost(int p, int n) {
        Pod pod = instance.pods().get(p);
        ClusterNode node = instance.nodes().get(n);
        return pod.scheduling().nodeAffinity().missedPreferredWeight(node)
                + (long) PREFER_NO_SCHEDULE_PENALTY * PlacementRules.untoleratedPreferNoSchedule(pod, node);
    }

    /**
     * Whether {@link #softPenalty()} plus the fixed pods' part is the evaluator's soft penalty: no pod has a preferred
     * pod affinity or anti-affinity term or a {@code ScheduleAnyway} spread constraint.
     */
    boolean softIsExact() {
        for (Pod pod : instance.pods()) {
            PodScheduling rules = pod.scheduling();
            if (!rules.preferredAffinity().isEmpty() || !rules.preferredAntiAffinity().isEmpty()
                    || rules.topologySpread().stream().anyMatch(constraint -> !constraint.hard())) {
                return false;
            }
        }
        return true;
    }

    /** The placed free pods of tier {@code tier} in {@code plan}. */
    long placedIn(PodPlacement plan, int tier) {
        long placed = 0;
        for (int p = 0; p < instance.podCount(); p++) {
            placed += tierOf[p] == tier && isFree(p) && plan.nodeOf(p) != Pod.PENDING ? 1 : 0;
        }
        return placed;
    }

    /** The free pods of tier {@code tier}. */
    long freePodsOf(int tier) {
        long count = 0;
        for (int p = 0; p < instance.podCount(); p++) {
            count += tierOf[p] == tier && isFree(p) ? 1 : 0;
        }
        return count;
    }

    /** The disruption of the running free pods of tier {@code tier} in {@code plan}. */
    long disruptionIn(PodPlacement plan, int tier) {
        long disruption = 0;
        for (int p = 0; p < instance.podCount(); p++) {
            Pod pod = instance.pods().get(p);
            if (tierOf[p] == tier && isFree(p) && pod.isRunning() && plan.nodeOf(p) != pod.currentNode()) {
                disruption += plan.nodeOf(p) == Pod.PENDING ? 1 : 2;
            }
        }
        return disruption;
    }

    /** The node-local soft penalty of the free pods in {@code plan}. */
    long softPenaltyIn(PodPlacement plan) {
        long penalty = 0;
        for (int p = 0; p < instance.podCount(); p++) {
            if (isFree(p) && plan.nodeOf(p) != Pod.PENDING) {
                penalty += softCost(p, plan.nodeOf(p));
            }
        }
        return penalty;
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
