package org.sched4j.heuristics.tardiness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sched4j.api.SolveOptions;
import org.sched4j.instances.ParsedInstance;
import org.sched4j.instances.TestFiles;
import org.sched4j.instances.tardiness.TardinessTextFormat;
import org.sched4j.tardiness.TardinessEvaluator;
import org.sched4j.tardiness.TardinessInstance;

/**
 * The rules reproduce the mean gaps to optimal that Çetinkaya et al. 2025 report (instances with optimum 0 left out),
 * within 0.1 point.
 */
class PaperGapsTest {

    @ParameterizedTest(name = "{0} on {1}")
    @Timeout(60)
    @CsvSource(delimiter = '|', textBlock = """
            edd  | data_100_200 | 59.6
            eddc | data_100_200 | 28.1
            mdd  | data_100_200 | 1.81
            mddc | data_100_200 | 1.52
            edd  | data_200_200 | 63.0
            eddc | data_200_200 | 52.0
            mdd  | data_200_200 | 2.07
            mddc | data_200_200 | 2.00
            """)
    void reproducesThePublishedMeanGap(String rule, String file, double published) {
        List<ParsedInstance<TardinessInstance>> instances = new TardinessTextFormat()
                .read(TestFiles.benchmark("smtt", "tardiness-llm-paper", file + ".txt"));
        SequencingRule sequencing = SequencingRules.plain().stream().filter(r -> r.id().equals(rule)).findFirst()
                .orElseThrow();

        double sum = 0;
        int counted = 0;
        for (ParsedInstance<TardinessInstance> parsed : instances) {
            double optimum = parsed.embedded().upperBound();
            if (optimum > 0) {
                long cost = TardinessEvaluator.totalWeightedTardiness(parsed.instance(),
                        sequencing.sequence(parsed.instance(), SolveOptions.DEFAULT));
                sum += 100 * (cost - optimum) / optimum;
                counted++;
            }
        }

        assertThat(sum / counted).isCloseTo(published, within(0.1));
    }
}
