/**
 * The job shop as a Timefold Solver 2.x model, solved by Timefold's local search: {@link
 * org.sched4j.localsearch.timefold.TimefoldJobShopSolver} (id {@code timefold}).
 *
 * <h2>The model</h2>
 * <ul>
 *   <li>{@link org.sched4j.localsearch.timefold.MachineSchedule}: a planning entity per machine; its planning list
 *       variable is the machine's processing order, its value range (on the entity) the machine's own
 *       operations, so no move puts an operation on another machine.</li>
 *   <li>{@link org.sched4j.localsearch.timefold.OperationTask}: a shadow entity per operation; its machine and
 *       machine predecessor are the list's inverse relation and previous element shadow variables, its start time a
 *       declarative shadow variable ({@code @ShadowVariable(supplierName)} with {@code @ShadowSources} on the
 *       machine predecessor's and the job predecessor's starts). Machine orders that, with the job orders, form a
 *       cycle have no start times: Timefold detects the loop and marks the operations on and after it
 *       ({@code @ShadowVariablesInconsistent}).</li>
 *   <li>{@link org.sched4j.localsearch.timefold.JobShopConstraints}: hard, minus one per operation in or after a
 *       cycle; medium, minus the makespan; soft, minus the total completion time, a tie-breaker over the makespan's
 *       plateaus. Users add constraints by subclassing it.</li>
 *   <li>{@link org.sched4j.localsearch.timefold.JobShopNeighborhood}: late acceptance over swaps across tight
 *       machine arcs and Timefold's list change moves, through the Neighborhoods API (a Timefold preview feature,
 *       which may change between Timefold versions).</li>
 * </ul>
 * The search starts from the best dispatching schedule, so it is feasible from the start; Timefold's community
 * edition searches with one thread.
 *
 * <h2>Performance</h2>
 * Measured with a 10 s limit, one thread, seed 0, on a shared 2-core machine with other benchmarks running (both
 * solvers got about 9.5 CPU seconds each); makespan, in brackets the gap to the best known upper bound, then
 * Timefold's moves per second:
 * <table>
 *   <caption>timefold against tabu</caption>
 *   <tr><th>instance</th><th>size</th><th>best dispatch</th><th>timefold</th><th>tabu</th><th>moves/s</th></tr>
 *   <tr><td>ta01</td><td>15 × 15</td><td>1433</td><td>1345 (+9.3 %)</td><td>1231 (0 %)</td><td>3,000</td></tr>
 *   <tr><td>ta11</td><td>20 × 15</td><td>1663</td><td>1587 (+17.0 %)</td><td>1362 (+0.4 %)</td><td>3,200</td></tr>
 *   <tr><td>ta21</td><td>20 × 20</td><td>1930</td><td>1880 (+14.5 %)</td><td>1663 (+1.3 %)</td><td>2,400</td></tr>
 *   <tr><td>ta41</td><td>30 × 20</td><td>2499</td><td>2435 (+21.4 %)</td><td>2037 (+1.6 %)</td><td>1,500</td></tr>
 *   <tr><td>ta71</td><td>100 × 20</td><td>5852</td><td>5852 (+7.1 %)</td><td>5464 (0 %)</td><td>370</td></tr>
 * </table>
 * The tabu search evaluates 7 to 9 million moves per second on the same instances. A profile (la21) shows where
 * Timefold's time goes: about two thirds in the declarative shadow variable graph (recomputing start times after
 * each move and checking the orders for cycles), about a seventh in the constraint streams. This engine is for modelling
 * convenience (extra constraints in a few lines of constraint streams), not for speed; use {@code tabu} or
 * {@code auto} for plain job shops.
 *
 * <h2>References</h2>
 * <ul>
 *   <li>Timefold Solver 2.x documentation: planning list variables, declarative shadow variables, constraint
 *       streams, the Neighborhoods API, late acceptance (https://docs.timefold.ai/timefold-solver/latest/).</li>
 *   <li>E.K. Burke, Y. Bykov, The late acceptance hill-climbing heuristic, European Journal of Operational Research
 *       258 (2017) 70–78.</li>
 *   <li>P.J.M. van Laarhoven, E.H.L. Aarts, J.K. Lenstra, Job shop scheduling by simulated annealing, Operations
 *       Research 40 (1992) 113–125 (swapping adjacent critical operations never creates a cycle).</li>
 * </ul>
 */
package org.sched4j.localsearch.timefold;
