package com.buyerjourneykit;

import com.buyerjourneykit.reference.MyInvoisClientSettings;
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
    private final ProviderOptions given;

    /** {@code options}: the value of {@code --<name>}, or null; {@code environment}: the value of a variable, or null. */
    MyInvoisClientOptions(UnaryOperator<String> options, UnaryOperator<String> environment) {
        this.given = new ProviderOptions(options, environment);
    }

    MyInvoisClientSettings settings(String simulatorUrl) {
        MyInvoisClientSettings simulator = MyInvoisClientSettings.simulatorTestClient(simulatorUrl + "/myinvois");
        return new MyInvoisClientSettings(given.value(URL, simulator.url()), given.value(CLIENT_ID, simulator.clientId()),
                given.variable(CLIENT_SECRET, simulator.clientSecret()), given.value(TAXPAYER_TIN, simulator.taxpayerTin()),
                given.value(TAXPAYER_NAME, simulator.taxpayerName()));
    }
}
