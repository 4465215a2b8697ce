/**
 * Tabu search for the job shop over critical-block neighbourhoods.
 *
 * <p>{@link org.sched4j.localsearch.jobshop.JobShopTabuSearchSolver} (id {@code tabu}) is the solver;
 * {@link org.sched4j.localsearch.jobshop.JobShopTabuSearch} the engine a portfolio can drive, with
 * {@link org.sched4j.localsearch.jobshop.SharedIncumbent} to exchange schedules with other searches.
 *
 * <p>References:
 * <ul>
 *   <li>E. Balas, A. Vazacopoulos, Guided local search with shifting bottleneck for job shop scheduling,
 *       Management Science 44 (1998) 262–275.</li>
 *   <li>E. Nowicki, C. Smutnicki, A fast taboo search algorithm for the job shop problem, Management Science 42
 *       (1996) 797–813 (N5, TSAB).</li>
 *   <li>E. Nowicki, C. Smutnicki, An advanced tabu search algorithm for the job shop problem, Journal of Scheduling
 *       8 (2005) 145–159 (i-TSAB).</li>
 *   <li>B. Peng, Z. Lü, T.C.E. Cheng, A tabu search/path relinking algorithm to solve the job shop scheduling
 *       problem, Computers &amp; Operations Research 53 (2015) 154–164 (TS/PR).</li>
 *   <li>E. Taillard, Parallel taboo search techniques for the job shop scheduling problem, ORSA Journal on
 *       Computing 6 (1994) 108–117.</li>
 *   <li>C.Y. Zhang, P. Li, Z. Guan, Y. Rao, A tabu search algorithm with a new neighborhood structure for the job
 *       shop scheduling problem, Computers &amp; Operations Research 34 (2007) 3229–3242 (N7).</li>
 * </ul>
 */
package org.sched4j.localsearch.jobshop;
