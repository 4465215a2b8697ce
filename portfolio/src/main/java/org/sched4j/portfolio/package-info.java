/**
 * Every {@code auto}: one portfolio per problem type, in a sub-package named after the problem, each combining the
 * engines of the heuristics, cp-models, local-search and ising-gpu modules. To improve {@code auto} for a problem,
 * start in its sub-package here.
 */
package org.sched4j.portfolio;
