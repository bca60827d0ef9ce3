package com.buyerjourneykit;

import java.util.Locale;
import java.util.function.UnaryOperator;

/**
 * A provider's settings as the launcher reads them: {@code --<name>} on the command line, else the
 * variable {@code BJK_<NAME>} ({@code worldfirst-client-id} is {@code BJK_WORLDFIRST_CLIENT_ID}),
 * else the simulator's default; blank counts as unset.
 */
final class ProviderOptions {
    private final UnaryOperator<String> options;
    private final UnaryOperator<String> environment;

    /** {@code options}: the value of {@code --<name>}, or null; {@code environment}: the value of a variable, or null. */
    ProviderOptions(UnaryOperator<String> options, UnaryOperator<String> environment) {
        this.options = options;
        this.environment = environment;
    }

    static String variableOf(String name) {
        return "BJK_" + name.toUpperCase(Locale.ROOT).replace('-', '_');
    }

    /** The option, else the variable, else {@code fallback}. */
    String value(String name, String fallback) {
        String option = options.apply("--" + name);
        return option != null && !option.isBlank() ? option : variable(name, fallback);
    }

    /** Only the variable (secrets: never from a command line other users can read), else {@code fallback}. */
    String variable(String name, String fallback) {
        String variable = environment.apply(variableOf(name));
        return variable == null || variable.isBlank() ? fallback : variable;
    }
}
