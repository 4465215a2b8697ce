package org.sched4j.api;

import java.util.List;

/**
 * Declares problem types to {@link ProblemTypes}, through {@link java.util.ServiceLoader}: a problem package lists its
 * provider in {@code META-INF/services/org.sched4j.api.ProblemTypeProvider}. Adding a problem never edits a list
 * elsewhere.
 */
public interface ProblemTypeProvider {

    /** The problem types this provider declares. */
    List<ProblemType<?, ?>> problemTypes();
}
