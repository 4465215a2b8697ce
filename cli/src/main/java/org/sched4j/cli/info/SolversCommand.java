package org.sched4j.cli.info;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.sched4j.api.ProblemType;
import org.sched4j.api.ProblemTypes;
import org.sched4j.api.Solver;
import org.sched4j.api.Solvers;
import org.sched4j.cli.ExitCodes;
import org.sched4j.cli.TextTable;
import org.sched4j.cli.bench.Suite;
import org.sched4j.cli.bench.Suites;
import org.sched4j.instances.InstanceFormat;
import org.sched4j.instances.InstanceFormats;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code sched4j solvers}: lists the problem types, the instance formats, the solvers on the class path and the benchmark
 * suites. */
@Command(name = "solvers", description = "List the problems, the instance formats, the solvers and the benchmark suites.",
        exitCodeListHeading = "%nExit codes:%n", exitCodeList = {"0:always"})
public final class SolversCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        out.println("Problems");
        TextTable problems = new TextTable("ll", List.of(List.of("name", "description")));
        for (ProblemType<?, ?> type : ProblemTypes.all()) {
            problems.add(List.of(type.name(), type.description()));
        }
        out.print(problems.render());
        out.println();
        out.println("Formats");
        TextTable formats = new TextTable("llll", List.of(List.of("name", "problem", "read/write", "description")));
        for (InstanceFormat<?> format : InstanceFormats.all()) {
            formats.add(List.of(format.name(), format.problemType().name(), format.canWrite() ? "read, write" : "read",
                    format.description()));
        }
        out.print(formats.render());
        out.println();
        out.println("Solvers");
        TextTable solvers = new TextTable("lll", List.of(List.of("problem", "id", "description")));
        List<Solver<?, ?>> all = Solvers.all();
        for (Solver<?, ?> solver : all) {
            solvers.add(List.of(solver.problemType().name(), solver.id(), solver.description()));
        }
        out.print(solvers.render());
        if (all.isEmpty()) {
            out.println("(no solver on the class path)");
        }
        out.println();
        out.println("Benchmark suites (sched4j bench SUITE)");
        TextTable suites = new TextTable("lll", List.of(List.of("name", "problem", "description")));
        for (Suite suite : Suites.all()) {
            suites.add(List.of(suite.name(), suite.problem().name(), suite.description()));
        }
        out.print(suites.render());
        out.flush();
        return ExitCodes.OK;
    }
}
