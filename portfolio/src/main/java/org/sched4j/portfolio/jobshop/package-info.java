/**
 * The job shop's {@code auto}: the best dispatching rule, then the tabu search and CP-SAT side by side sharing one
 * incumbent, with CP-SAT's bound.
 */
package org.sched4j.portfolio.jobshop;
