package org.sched4j.cli;

/** The exit codes of every {@code sched4j} command, as documented in each command's usage help. */
public final class ExitCodes {

    /** Every instance was solved and every solution is valid. */
    public static final int OK = 0;
    /** Some instance failed: unreadable (an ERROR row), no solution found, or a solution the evaluator rejects. */
    public static final int FAILED = 1;
    /** A bad command line or bad input: an unknown option, solver, format or suite, a missing file or folder. */
    public static final int BAD_INPUT = 2;

    /** The picocli {@code exitCodeList} entries, {@code "code:description"}. */
    public static final String LIST_OK = "0:every instance solved and every solution valid";
    public static final String LIST_FAILED = "1:some instance failed: unreadable (ERROR row), no solution, or an invalid one";
    public static final String LIST_BAD_INPUT = "2:bad command line or input (unknown option, solver, format, missing data)";

    private ExitCodes() {
    }

    /** {@link #OK} when every instance succeeded, {@link #FAILED} otherwise. */
    public static int of(boolean allSucceeded) {
        return allSucceeded ? OK : FAILED;
    }
}
