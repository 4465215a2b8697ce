package org.sched4j.cli.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A result's solution, ready to be written as JSON by its problem's
 * {@link org.sched4j.cli.problem.ProblemSupport#solutionJson}: the typed instance and solution stay bound inside, so
 * that {@link ResultJson} writes any problem's solution without knowing its class.
 */
@FunctionalInterface
public interface SolutionJson {

    /** The solution as a JSON tree built with {@code mapper}. */
    JsonNode toJson(ObjectMapper mapper);
}
