/**
 * The job shop as a Timefold Solver model, solved by Timefold's local search: {@link
 * org.sched4j.localsearch.timefold.TimefoldJobShopSolver} (id {@code timefold}).
 *
 * <p>Machines are planning entities whose planning list variables are their processing orders ({@link
 * org.sched4j.localsearch.timefold.MachineSchedule}); operations are shadow entities whose start times are
 * declarative shadow variables ({@link org.sched4j.localsearch.timefold.OperationTask}); {@link
 * org.sched4j.localsearch.timefold.JobShopConstraints} scores cycles (hard), the makespan (medium) and the total
 * completion time (soft). Users extend the model with their own constraints by subclassing
 * {@link org.sched4j.localsearch.timefold.JobShopConstraints}.
 *
 * <p>References:
 * <ul>
 *   <li>Timefold Solver 2.x documentation: planning list variables, declarative shadow variables, constraint
 *       streams, late acceptance (https://docs.timefold.ai/timefold-solver/latest/).</li>
 *   <li>E.K. Burke, Y. Bykov, The late acceptance hill-climbing heuristic, European Journal of Operational Research
 *       258 (2017) 70–78.</li>
 * </ul>
 */
package org.sched4j.localsearch.timefold;
