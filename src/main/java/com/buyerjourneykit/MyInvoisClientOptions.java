package com.buyerjourneykit;

import com.buyerjourneykit.reference.MyInvoisClientSettings;
import java.util.Locale;
import java.util.function.UnaryOperator;

/**
 * The MyInvois the app issues self-billed e-invoices to, from {@code --myinvois-…} options or
 * {@code BJK_MYINVOIS_…} variables (an option wins): its URL, the client id, the taxpayer's TIN and
 * name. The client secret comes from {@code BJK_MYINVOIS_CLIENT_SECRET} only, never from the
 * command line, where other users of the machine could read it. Unset, it is the simulator's test client.
 */
final class MyInvoisClientOptions {
    static final String URL = "myinvois-url";
    static final String CLIENT_ID = "myinvois-client-id";
    static final String CLIENT_SECRET = "myinvois-client-secret";
    static final String TAXPAYER_TIN = "myinvois-taxpayer-tin";
    static final String TAXPAYER_NAME = "myinvois-taxpayer-name";
    private final UnaryOperator<String> options;
    private final UnaryOperator<String> environment;

    /** {@code options}: the value of {@code --<name>}, or null; {@code environment}: the value of a variable, or null. */
    MyInvoisClientOptions(UnaryOperator<String> options, UnaryOperator<String> environment) {
        this.options = options;
        this.environment = environment;
    }

    MyInvoisClientSettings settings(String simulatorUrl) {
        MyInvoisClientSettings simulator = MyInvoisClientSettings.simulatorTestClient(simulatorUrl + "/myinvois");
        return new MyInvoisClientSettings(value(URL, simulator.url()), value(CLIENT_ID, simulator.clientId()),
                variable(CLIENT_SECRET, simulator.clientSecret()), value(TAXPAYER_TIN, simulator.taxpayerTin()),
                value(TAXPAYER_NAME, simulator.taxpayerName()));
    }

    /** {@code myinvois-client-id} is {@code --myinvois-client-id} or {@code BJK_MYINVOIS_CLIENT_ID}. */
    static String variableOf(String name) {
        return "BJK_" + name.toUpperCase(Locale.ROOT).replace('-', '_');
    }

    private String value(String name, String fallback) {
        String option = options.apply("--" + name);
        return option != null && !option.isBlank() ? option : variable(name, fallback);
    }

    private String variable(String name, String fallback) {
        String variable = environment.apply(variableOf(name));
        return variable == null || variable.isBlank() ? fallback : variable;
    }
}
