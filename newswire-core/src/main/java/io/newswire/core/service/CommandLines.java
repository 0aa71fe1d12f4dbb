package io.newswire.core.service;

import java.util.Arrays;
import java.util.function.Supplier;
import picocli.CommandLine;

/**
 * Runs a service's command line: a failure is reported as one line, {@code NAME: message}, with exit code 1; the
 * stack trace follows only with {@code --verbose}.
 */
public final class CommandLines {

    public static final String VERBOSE = "--verbose";

    private CommandLines() {
    }

    /** The command is made here, so that a bad environment variable its options read is one line too. */
    public static int execute(String name, Supplier<?> command, String... args) {
        boolean verbose = Arrays.asList(args).contains(VERBOSE);
        CommandLine commandLine;
        try {
            commandLine = new CommandLine(command.get());
        } catch (RuntimeException e) {
            System.err.println(name + ": " + oneLine(e));
            return 1;
        }
        commandLine.setExecutionExceptionHandler((exception, failed, parseResult) -> {
            failed.getErr().println(name + ": " + oneLine(exception));
            if (verbose) {
                exception.printStackTrace(failed.getErr());
            }
            failed.getErr().flush();
            return 1;
        });
        commandLine.setParameterExceptionHandler((exception, given) -> {
            exception.getCommandLine().getErr().println(name + ": " + oneLine(exception) + " (see --help)");
            exception.getCommandLine().getErr().flush();
            return CommandLine.ExitCode.USAGE;
        });
        return commandLine.execute(args);
    }

    /** Parsers put the location on a line of its own (Jackson: "at [Source: …; line: 3, column: 5]"): keep it. */
    static String oneLine(Throwable exception) {
        String message = exception.getMessage() == null ? exception.toString() : exception.getMessage();
        return message.strip().replaceAll("\\s*\\R\\s*", " ");
    }
}
