/** Graph algorithms the problem models share, on JGraphT; nothing here appears in a problem's public signatures. */
package org.sched4j.graphs;
