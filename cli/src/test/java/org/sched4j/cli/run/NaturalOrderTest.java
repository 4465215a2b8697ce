package org.sched4j.cli.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class NaturalOrderTest {

    @Test
    void ordersNumbersInNamesByValue() {
        List<String> names = new ArrayList<>(List.of("G10", "abz10", "G2", "la01", "abz5", "G1", "ta001", "ta01",
                "la1", "Abz7"));

        names.sort(NaturalOrder.INSTANCE);

        assertThat(names).containsExactly("abz5", "Abz7", "abz10", "G1", "G2", "G10", "la01", "la1", "ta001", "ta01");
    }
}
