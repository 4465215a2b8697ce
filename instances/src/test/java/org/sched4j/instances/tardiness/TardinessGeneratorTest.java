package org.sched4j.instances.tardiness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.sched4j.tardiness.TardinessInstance;
import org.sched4j.tardiness.TardinessJob;

class TardinessGeneratorTest {

    @Test
    void drawsDueDatesInTheTardinessFactorRange() {
        TardinessInstance instance = TardinessGenerator.generate("g", 200, 0.6, 0.2, true, 3);
        int total = instance.totalProcessingTime();

        assertThat(instance.jobs()).allSatisfy(job -> {
            assertThat(job.processingTime()).isBetween(1, 100);
            assertThat(job.weight()).isBetween(1, 10);
            assertThat(job.dueDate()).isBetween((int) Math.floor(total * 0.3), (int) Math.ceil(total * 0.5));
        });
        assertThat(instance.jobs()).extracting(TardinessJob::weight).contains(1, 10);
    }

    @Test
    void isReproducibleAndUnweightedOnRequest() {
        TardinessInstance first = TardinessGenerator.generate("g", 30, 1.0, 1.0, false, 9);

        assertThat(first).isEqualTo(TardinessGenerator.generate("g", 30, 1.0, 1.0, false, 9));
        assertThat(first.isUnweighted()).isTrue();
        assertThat(first.jobs()).allSatisfy(job -> assertThat(job.dueDate()).isGreaterThanOrEqualTo(0));
    }

    @Test
    void rejectsATardinessFactorAboveOne() {
        assertThatThrownBy(() -> TardinessGenerator.generate("g", 5, 1.5, 0.2, false, 1))
                .hasMessage("the tardiness factor TF must be from 0 to 1, got 1.5");
    }
}
