package org.sched4j.podpacking;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One requirement on labels, as in a label selector's or a node selector term's {@code matchExpressions}
 * ({@code k8s.io/apimachinery/pkg/labels/selector.go}, {@code Requirement.Matches}): {@code In} and {@code NotIn} a
 * set of values, {@code Exists}, {@code DoesNotExist}, and for node selectors {@code Gt} and {@code Lt} (the label's
 * value parsed as an integer compared with the one value). {@code NotIn} and {@code DoesNotExist} hold when the label
 * is absent; {@code Gt} and {@code Lt} fail when it is absent or not an integer.
 *
 * @param key      the label key
 * @param operator the operator
 * @param values   the values ({@code In}, {@code NotIn}: at least one; {@code Gt}, {@code Lt}: exactly one integer;
 *                 {@code Exists}, {@code DoesNotExist}: none)
 */
public record LabelRequirement(String key, Operator operator, List<String> values) {

    /** The operators of a requirement. */
    public enum Operator {
        IN("In"), NOT_IN("NotIn"), EXISTS("Exists"), DOES_NOT_EXIST("DoesNotExist"), GT("Gt"), LT("Lt");

        private final String kubernetesName;

        Operator(String kubernetesName) {
            this.kubernetesName = kubernetesName;
        }

        /** The operator as Kubernetes spells it. */
        public String kubernetesName() {
            return kubernetesName;
        }
    }

    public LabelRequirement {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(operator, "operator");
        values = List.copyOf(values == null ? List.of() : values);
        switch (operator) {
            case IN, NOT_IN -> {
                if (values.isEmpty()) {
                    throw new IllegalArgumentException("requirement on " + key + ": " + operator.kubernetesName()
                            + " needs at least one value");
                }
            }
            case EXISTS, DOES_NOT_EXIST -> {
                if (!values.isEmpty()) {
                    throw new IllegalArgumentException("requirement on " + key + ": " + operator.kubernetesName()
                            + " takes no values");
                }
            }
            case GT, LT -> {
                if (values.size() != 1) {
                    throw new IllegalArgumentException("requirement on " + key + ": " + operator.kubernetesName()
                            + " needs exactly one value");
                }
                try {
                    Long.parseLong(values.getFirst());
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("requirement on " + key + ": " + operator.kubernetesName()
                            + " needs an integer value, got " + values.getFirst(), e);
                }
            }
        }
    }

    /** Whether {@code labels} satisfy the requirement. */
    public boolean matches(Map<String, String> labels) {
        String value = labels.get(key);
        return switch (operator) {
            case IN -> value != null && values.contains(value);
            case NOT_IN -> value == null || !values.contains(value);
            case EXISTS -> value != null;
            case DOES_NOT_EXIST -> value == null;
            case GT, LT -> {
                if (value == null) {
                    yield false;
                }
                try {
                    long actual = Long.parseLong(value);
                    long bound = Long.parseLong(values.getFirst());
                    yield operator == Operator.GT ? actual > bound : actual < bound;
                } catch (NumberFormatException e) {
                    yield false;
                }
            }
        };
    }
}
