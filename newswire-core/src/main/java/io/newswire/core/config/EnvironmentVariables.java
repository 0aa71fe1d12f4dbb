package io.newswire.core.config;

import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Lists the {@code NEWSWIRE_*} environment variables a command reads: from its options' default values, and from
 * their descriptions for the options whose default is read in code ({@link ServiceOptions}).
 */
public final class EnvironmentVariables {

    private static final Pattern ENV_REFERENCE = Pattern.compile("\\$\\{env:(NEWSWIRE_[A-Z0-9_]+)");
    private static final Pattern ENV_DESCRIBED = Pattern.compile("\\(env (NEWSWIRE_[A-Z0-9_]+)");

    private EnvironmentVariables() {
    }

    public static Set<String> readBy(Object command) {
        Set<String> names = new TreeSet<>();
        CommandLine commandLine = new CommandLine(command).setInterpolateVariables(false);
        for (OptionSpec option : commandLine.getCommandSpec().options()) {
            String defaultValue = option.defaultValue();
            if (defaultValue != null) {
                collect(ENV_REFERENCE.matcher(defaultValue), names);
            } else {
                collect(ENV_DESCRIBED.matcher(String.join(" ", option.description())), names);
            }
        }
        return names;
    }

    private static void collect(Matcher matcher, Set<String> names) {
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
    }
}
