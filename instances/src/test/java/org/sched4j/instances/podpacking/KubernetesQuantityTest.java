package org.sched4j.instances.podpacking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class KubernetesQuantityTest {

    @ParameterizedTest
    @CsvSource({"500m, 500", "2, 2000", "0.1, 100", "1.5, 1500", "100u, 1", "1n, 1", "1e3, 1000000", "1k, 1000000",
        "'  250m ', 250", "+1, 1000", ".5, 500", "3., 3000", "0, 0"})
    void cpuInMillicores(String text, long millis) {
        assertThat(KubernetesQuantity.parse(text).millis()).isEqualTo(millis);
    }

    @ParameterizedTest
    @CsvSource({"128Mi, 134217728", "1Gi, 1073741824", "1G, 1000000000", "1e3, 1000", "1E6, 1000000", "1.5Ki, 1536",
        "2Ti, 2199023255552", "100M, 100000000", "1k, 1000", "129e-2, 2", "1Ei, 1152921504606846976", "12345, 12345"})
    void memoryInBytes(String text, long bytes) {
        assertThat(KubernetesQuantity.parse(text).units()).isEqualTo(bytes);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "m", "500x", "1K", "1mi", "1.2.3", "1 Gi", "--1", "1e", "Gi"})
    void rejectsWhatIsNoQuantity(String text) {
        assertThatThrownBy(() -> KubernetesQuantity.parse(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("expected a Kubernetes quantity");
    }

    @ParameterizedTest
    @ValueSource(strings = {"10E", "9Ei"})
    void refusesAmountsBeyondLong(String text) {
        assertThatThrownBy(() -> KubernetesQuantity.parse(text).units()).isInstanceOf(ArithmeticException.class);
    }
}
