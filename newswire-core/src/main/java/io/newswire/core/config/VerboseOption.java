package io.newswire.core.config;

import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** {@code --verbose}: a failure prints its stack trace after the one-line error (see CommandLines). */
public class VerboseOption {

    @Option(names = "--verbose", scope = ScopeType.INHERIT,
            description = "On failure, print the stack trace after the one-line error.")
    public boolean verbose;
}
