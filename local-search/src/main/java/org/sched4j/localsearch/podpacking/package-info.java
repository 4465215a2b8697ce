/**
 * Pod packing with Timefold Solver.
 *
 * <p>{@link org.sched4j.localsearch.podpacking.TimefoldPodPackingSolver} (id {@code timefold}) is the solver. The
 * model: each pod is a planning entity ({@link org.sched4j.localsearch.podpacking.PodAssignment}) whose variable is
 * its node or "unplaced", with a value range of its own holding the nodes the node-only rules allow (cordons, taints,
 * node selectors, required node affinity, GPU model and device count); the nodes are the values
 * ({@link org.sched4j.localsearch.podpacking.NodeSlot}); the rules between pods, the GPU packing and the disruption
 * budgets are constraint streams ({@link org.sched4j.localsearch.podpacking.PodPackingConstraints},
 * {@link org.sched4j.localsearch.podpacking.InterPodConstraints}) over facts that
 * {@link org.sched4j.localsearch.podpacking.PodPackingPlanConversion} builds once per solve. Every rule follows the
 * solver API's evaluator, which follows the kube-scheduler plugins ({@code pkg/scheduler/framework/plugins/}
 * {@code nodeunschedulable}, {@code tainttoleration}, {@code nodeaffinity}, {@code interpodaffinity/filtering.go},
 * {@code podtopologyspread/filtering.go}) and the disruption controller ({@code pkg/controller/disruption}).
 *
 * <p>References:
 * <ul>
 *   <li>J. Christensen, S. Giallorenzo, J. Mauro, Priority Matters: Optimising Kubernetes Clusters Usage with
 *       Constraint-Based Pod Packing, 2025 (the lexicographic objective by priority tier).</li>
 *   <li>Q. Weng et al., Beware of Fragmentation: Scheduling GPU-Sharing Workloads with Fragmentation Gradient
 *       Descent, USENIX ATC 2023 (the GPU fragmentation level).</li>
 *   <li>F. Glover, Tabu Search — Part I, ORSA Journal on Computing 1 (1989) 190–206 (the local search).</li>
 * </ul>
 */
package org.sched4j.localsearch.podpacking;
