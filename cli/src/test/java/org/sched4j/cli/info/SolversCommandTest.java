package org.sched4j.cli.info;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sched4j.cli.CommandRun;

class SolversCommandTest {

    @Test
    void listsTheProblemsTheFormatsAndTheSolvers() {
        CommandRun run = CommandRun.of("solvers");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Problems").contains("Formats").contains("Solvers")
                .containsPattern("(?m)^jobshop\\s+job shop")
                .containsPattern("(?m)^jsplib\\s+jobshop\\s+read, write\\s+")
                .containsPattern("(?m)^taillard\\s+jobshop\\s+read\\s+")
                .containsPattern("(?m)^jobshop\\s+mwkr\\s+")
                .containsPattern("(?m)^jobshop\\s+best-rule\\s+");
    }

    @Test
    void documentsTheExitCodesInTheUsageHelp() {
        CommandRun run = CommandRun.of("solve", "--help");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Exit codes:").containsPattern("0\\s+every instance solved")
                .containsPattern("1\\s+some instance failed").containsPattern("2\\s+bad command line");
    }
}
