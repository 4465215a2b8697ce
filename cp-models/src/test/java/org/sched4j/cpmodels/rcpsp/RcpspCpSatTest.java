package org.sched4j.cpmodels.rcpsp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverStatus;
import org.sched4j.api.Evaluation;
import org.sched4j.api.SolveOptions;
import org.sched4j.api.SolveResult;
import org.sched4j.api.SolveStatus;
import org.sched4j.api.Solver;
import org.sched4j.api.Solvers;
import org.sched4j.cpmodels.OrToolsNativeLibrary;
import org.sched4j.instances.rcpsp.RcpspExamples;
import org.sched4j.instances.rcpsp.RcpspTestFiles;
import org.sched4j.rcpsp.Activity;
import org.sched4j.rcpsp.RcpspEvaluator;
import org.sched4j.rcpsp.RcpspInstance;
import org.sched4j.rcpsp.RcpspSchedule;
import org.sched4j.rcpsp.RcpspProblem;

@Timeout(value = 120, unit = TimeUnit.SECONDS)
class RcpspCpSatTest {

    private static final SolveOptions OPTIONS = new SolveOptions(Duration.ofSeconds(2), 0, 2, false, Map.of());

    @BeforeAll
    static void loadTheNativeLibraryOutsideTheTimedTests() {
        OrToolsNativeLibrary.ensureLoaded();
    }

    static Stream<Solver<RcpspInstance, RcpspSchedule>> solvers() {
        return Stream.of(Solvers.get(RcpspProblem.TYPE, "cpsat"));
    }

    @ParameterizedTest
    @MethodSource("solvers")
    void provesTheHandComputedOptimumOfEveryExtension(Solver<RcpspInstance, RcpspSchedule> solver) {
        for (RcpspExamples.Example example : RcpspExamples.feasible()) {
            SolveResult<RcpspSchedule> result = solver.solve(example.instance(), OPTIONS);
            assertThat(result.isValid()).as(example.name()).isTrue();
            assertThat(result.objective()).as(example.name()).isEqualTo(example.optimum());
            assertThat(result.status()).as(example.name()).isEqualTo(SolveStatus.OPTIMAL);
        }
    }

    @ParameterizedTest
    @MethodSource("solvers")
    void reportsAProvedInfeasibilityAsAStatus(Solver<RcpspInstance, RcpspSchedule> solver) {
        for (RcpspInstance instance : new RcpspInstance[] {RcpspExamples.infeasible(),
                RcpspExamples.triviallyInfeasible()}) {
            SolveResult<RcpspSchedule> result = solver.solve(instance, OPTIONS);
            assertThat(result.status()).isEqualTo(SolveStatus.INFEASIBLE);
            assertThat(result.hasSolution()).isFalse();
        }
    }

    @ParameterizedTest
    @MethodSource("solvers")
    void provesJ30OptimaFromPsplib(Solver<RcpspInstance, RcpspSchedule> solver) {
        for (String name : new String[] {"j301_1", "j3011_1"}) {
            RcpspInstance instance = RcpspTestFiles.psplib(name);
            SolveResult<RcpspSchedule> result = solver.solve(instance, OPTIONS.timeLimit(Duration.ofSeconds(5)));
            assertThat(result.isValid()).as(name + ": " + result.evaluation().summary()).isTrue();
            assertThat(result.status()).as(name).isEqualTo(SolveStatus.OPTIMAL);
            assertThat(result.objective()).as(name).isEqualTo(name.equals("j301_1") ? 43 : 54);
        }
    }

    @Test
    void racesTwoSearchesForTheProofOfSmallInstancesAsTheParameterSays() {
        assertThat(RcpspProofRace.races(32, 2, OPTIONS)).isTrue();
        assertThat(RcpspProofRace.races(62, 2, OPTIONS)).isTrue();
        assertThat(RcpspProofRace.races(122, 2, OPTIONS)).as("j120: CP-SAT's own workers").isFalse();
        assertThat(RcpspProofRace.races(32, 1, OPTIONS)).as("one thread").isFalse();
        Map<String, String> off = Map.of(RcpspProofRace.RACE_PARAMETER, "false");
        assertThat(RcpspProofRace.races(32, 2, OPTIONS.parameters(off))).isFalse();
        assertThat(RcpspProofRace.races(122, 1, OPTIONS.parameters(Map.of(RcpspProofRace.RACE_PARAMETER, "true"))))
                .isTrue();
        assertThatThrownBy(() -> RcpspProofRace.races(32, 2, OPTIONS.parameters(Map.of(
                RcpspProofRace.RACE_PARAMETER, "yes")))).hasMessageContaining("'true' or 'false'");
        RcpspInstance j3011 = RcpspTestFiles.psplib("j3011_1");
        assertThat(RcpspProofRace.mirroredPartner(j3011, OPTIONS)).isTrue();
        assertThat(RcpspProofRace.mirroredPartner(j3011, OPTIONS.parameters(Map.of(
                RcpspProofRace.PARTNER_PARAMETER, "relaxed")))).isFalse();
        assertThat(RcpspProofRace.mirroredPartner(RcpspExamples.feasible().get(1).instance(), OPTIONS))
                .as("downtime is not mirrored").isFalse();
        assertThatThrownBy(() -> RcpspProofRace.mirroredPartner(j3011, OPTIONS.parameters(Map.of(
                RcpspProofRace.PARTNER_PARAMETER, "backward")))).hasMessageContaining("'mirrored' or 'relaxed'");
        for (Map<String, String> parameters : List.of(off, Map.of(RcpspProofRace.RACE_PARAMETER, "true"),
                Map.of(RcpspProofRace.PARTNER_PARAMETER, "relaxed"),
                Map.of(RcpspProofRace.PARTNER_PARAMETER, "mirrored"))) {
            SolveResult<RcpspSchedule> result = new CpSatRcpspSolver().solve(j3011, OPTIONS.parameters(parameters)
                    .timeLimit(Duration.ofSeconds(5)));
            assertThat(result.isValid()).as(parameters + ": " + result.evaluation().summary()).isTrue();
            assertThat(result.status()).as(parameters.toString()).isEqualTo(SolveStatus.OPTIMAL);
            assertThat(result.objective()).as(parameters.toString()).isEqualTo(54);
            assertThat(result.bound()).as(parameters.toString()).isEqualTo(54);
        }
    }

    @Test
    void readsTheMirroredModelsSchedulesBackAsSchedulesOfTheProject() {
        List<RcpspExamples.Example> mirrorable = new ArrayList<>(RcpspExamples.feasible().stream()
                .filter(example -> RcpspCpSatModel.mirrors(example.instance())).toList());
        assertThat(mirrorable).extracting(RcpspExamples.Example::name).containsExactly("base", "disjunctive", "lag");
        mirrorable.add(new RcpspExamples.Example("j3011_1", RcpspTestFiles.psplib("j3011_1"), 54));
        for (RcpspExamples.Example example : mirrorable) {
            RcpspInstance instance = example.instance();
            RcpspCpSatModel mirrored = RcpspCpSatModel.mirrored(instance, instance.activeScheduleHorizon());
            CpSolver solver = new CpSolver();
            solver.getParameters().setNumWorkers(1).setMaxTimeInSeconds(10);
            assertThat(solver.solve(mirrored.model())).as(example.name()).isEqualTo(CpSolverStatus.OPTIMAL);
            RcpspSchedule schedule = mirrored.schedule(solver::value);
            Evaluation evaluation = new RcpspEvaluator().evaluate(instance, schedule);
            assertThat(evaluation.isFeasible()).as(example.name() + ": " + evaluation.summary()).isTrue();
            assertThat(schedule.makespan(instance)).as(example.name()).isEqualTo(example.optimum());

            RcpspCpSatModel hinted = RcpspCpSatModel.mirrored(instance, instance.activeScheduleHorizon());
            hinted.hint(schedule);
            CpSolver fixed = new CpSolver();
            fixed.getParameters().setNumWorkers(1).setFixVariablesToTheirHintedValue(true);
            assertThat(fixed.solve(hinted.model())).as(example.name() + ", hint").isEqualTo(CpSolverStatus.OPTIMAL);
            assertThat(hinted.schedule(fixed::value)).as(example.name() + ": the hint, mirrored and read back")
                    .isEqualTo(schedule);
        }
        RcpspInstance window = RcpspExamples.feasible().get(2).instance();
        assertThat(RcpspCpSatModel.mirrors(window)).isFalse();
        assertThatThrownBy(() -> RcpspCpSatModel.mirrored(window, 10)).hasMessageContaining("not mirrored");
    }

    @Test
    void provesAPlainProjectInfeasibleWithoutAStartingSchedule() {
        RcpspInstance base = RcpspExamples.base();
        RcpspInstance tooBig = RcpspInstance.of("too big", base.resources(), List.of(base.activity(0),
                new Activity("B", 4, List.of(4)), base.activity(2)), base.precedences());
        assertThat(RcpspProofRace.mirroredPartner(tooBig, OPTIONS)).isTrue();
        SolveResult<RcpspSchedule> result = new CpSatRcpspSolver().solve(tooBig, OPTIONS);
        assertThat(result.status()).isEqualTo(SolveStatus.INFEASIBLE);
        assertThat(result.hasSolution()).isFalse();
    }
}
