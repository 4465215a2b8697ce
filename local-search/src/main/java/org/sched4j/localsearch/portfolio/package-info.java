/**
 * Portfolios that run several engines on one problem and return the best of all: {@code auto} for the job shop.
 */
package org.sched4j.localsearch.portfolio;
