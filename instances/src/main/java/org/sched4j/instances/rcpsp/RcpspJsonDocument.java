package org.sched4j.instances.rcpsp;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.sched4j.rcpsp.Activity;
import org.sched4j.rcpsp.DisjunctivePair;
import org.sched4j.rcpsp.Downtime;
import org.sched4j.rcpsp.Precedence;
import org.sched4j.rcpsp.RcpspInstance;
import org.sched4j.rcpsp.Resource;
import org.sched4j.rcpsp.TimeWindow;

/**
 * The shape of an {@code rcpsp-json} document as Jackson binds it; see {@link RcpspJsonFormat} for the format. Optional
 * fields are {@code null} when absent. The nested records validate what the model's records validate, so that Jackson
 * reports the position of a bad value.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record RcpspJsonDocument(String name, List<JsonResource> resources, List<JsonActivity> activities,
                         List<JsonPrecedence> precedences, List<JsonDowntime> downtimes, List<JsonWindow> windows,
                         @JsonProperty("disjunctive_pairs") List<JsonPair> disjunctivePairs) {

    record JsonResource(@Required String name, @Required int capacity) {
        JsonResource {
            new Resource(Objects.requireNonNull(name, "resource name"), capacity);
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record JsonActivity(String name, @Required int duration,
                        @Required List<Integer> demands) {
        JsonActivity {
            Objects.requireNonNull(demands, "demands");
            new Activity(name == null ? "?" : name, duration, demands);
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record JsonPrecedence(@Required int predecessor, @Required int successor,
                          Integer lag) {
        JsonPrecedence {
            new Precedence(predecessor, successor, lag == null ? 0 : lag);
        }
    }

    record JsonDowntime(@Required int resource, @Required int start, @Required int end,
                        @Required int unavailable) {
        JsonDowntime {
            new Downtime(resource, start, end, unavailable);
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record JsonWindow(@Required int activity, Integer release, Integer deadline) {
        JsonWindow {
            new TimeWindow(activity, release == null ? 0 : release,
                    deadline == null ? TimeWindow.NO_DEADLINE : deadline);
        }
    }

    record JsonPair(@Required int first, @Required int second) {
        JsonPair {
            new DisjunctivePair(first, second);
        }
    }

    /** The document of {@code instance}. */
    static RcpspJsonDocument of(RcpspInstance instance) {
        return new RcpspJsonDocument(instance.name(),
                instance.resources().stream().map(r -> new JsonResource(r.name(), r.capacity())).toList(),
                instance.activities().stream().map(a -> new JsonActivity(a.name(), a.duration(), a.demands())).toList(),
                instance.precedences().stream().map(p -> new JsonPrecedence(p.predecessor(), p.successor(),
                        p.lag() == 0 ? null : p.lag())).toList(),
                instance.downtimes().isEmpty() ? null : instance.downtimes().stream().map(d -> new JsonDowntime(
                        d.resource(), d.start(), d.end(), d.unavailable())).toList(),
                instance.windows().isEmpty() ? null : instance.windows().stream().map(w -> new JsonWindow(
                        w.activity(), w.release(), w.hasDeadline() ? w.deadline() : null)).toList(),
                instance.disjunctivePairs().isEmpty() ? null : instance.disjunctivePairs().stream()
                        .map(p -> new JsonPair(p.first(), p.second())).toList());
    }

    /**
     * The instance this document describes, named {@code defaultName} when it has no name.
     *
     * @throws IllegalArgumentException when the instance is invalid (an index out of range, a cycle)
     */
    RcpspInstance toInstance(String defaultName) {
        List<Activity> modelActivities = activities == null ? List.of() : activities.stream()
                .map(a -> new Activity(a.name() == null ? "" : a.name(), a.duration(), a.demands())).toList();
        for (int i = 0; i < modelActivities.size(); i++) {
            if (modelActivities.get(i).name().isEmpty()) {
                Activity activity = modelActivities.get(i);
                modelActivities = replace(modelActivities, i, new Activity(Integer.toString(i), activity.duration(),
                        activity.demands()));
            }
        }
        return new RcpspInstance(name == null ? defaultName : name,
                orEmpty(resources).stream().map(r -> new Resource(r.name(), r.capacity())).toList(),
                modelActivities,
                orEmpty(precedences).stream().map(p -> new Precedence(p.predecessor(), p.successor(),
                        p.lag() == null ? 0 : p.lag())).toList(),
                orEmpty(downtimes).stream().map(d -> new Downtime(d.resource(), d.start(), d.end(), d.unavailable()))
                        .toList(),
                orEmpty(windows).stream().map(w -> new TimeWindow(w.activity(), w.release() == null ? 0 : w.release(),
                        w.deadline() == null ? TimeWindow.NO_DEADLINE : w.deadline())).toList(),
                orEmpty(disjunctivePairs).stream().map(p -> new DisjunctivePair(p.first(), p.second())).toList());
    }

    private static List<Activity> replace(List<Activity> activities, int index, Activity activity) {
        List<Activity> copy = new ArrayList<>(activities);
        copy.set(index, activity);
        return copy;
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }

    /** A field that must be present. */
    @java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy.RUNTIME)
    @com.fasterxml.jackson.annotation.JacksonAnnotationsInside
    @JsonProperty(required = true)
    @interface Required {
    }
}
