package com.buyerjourneykit.dsl;

import static org.assertj.core.api.Assertions.assertThat;

import com.buyerjourneykit.drivers.ProviderFault;
import com.buyerjourneykit.drivers.ProviderFaultsDriver;
import java.util.Map;
import java.util.Optional;

/**
 * A provider failing the buyer's next operation, in the guide's words ("Alipay", "code request"),
 * armed at the simulator under the provider's own operation name for the scenario's buyer; and the
 * answer the buyer then gets. A money section adds its operations to {@link #OPERATIONS}.
 */
public final class ProviderFaultsDsl {
    public static final String ALIPAY = "Alipay";
    public static final String MEMBER_1688 = "1688";
    public static final String MYINVOIS = "MyInvois";
    public static final String CODE_REQUEST = "code request";
    public static final String REGISTRATION = "registration";
    public static final String ORDER = "order";
    public static final String PAYMENT = "payment";
    public static final String E_INVOICE_SUBMISSION = "e-invoice submission";
    public static final String NO_ANSWER = "no-answer";
    private static final Map<String, SimulatedOperation> OPERATIONS = Map.of(
            ALIPAY + " " + CODE_REQUEST, new SimulatedOperation("alipay", "alipay.user.personal.register.sms.send"),
            MEMBER_1688 + " " + REGISTRATION, new SimulatedOperation("1688", "account.user.register"),
            MEMBER_1688 + " " + ORDER, new SimulatedOperation("1688", "alibaba.trade.createCrossOrder"),
            MEMBER_1688 + " " + PAYMENT, new SimulatedOperation("1688", "alibaba.trade.pay"),
            MYINVOIS + " " + E_INVOICE_SUBMISSION, new SimulatedOperation("myinvois", "submit-documents"));
    /** More failures in a row than any system retries: the provider stays unreachable for the operation. */
    private static final int BEYOND_RETRIES = 20;
    private final JourneyContext journey;
    private final OutcomesDsl outcomes;

    public ProviderFaultsDsl(JourneyContext journey, OutcomesDsl outcomes) {
        this.journey = journey;
        this.outcomes = outcomes;
    }

    /** The provider fails the buyer's next {@code operation} with {@code kind} (a fault id such as {@code http-500}). */
    public void failNext(String provider, String operation, String kind) {
        fail(provider, operation, kind, 1);
    }

    /** Every attempt at the operation fails for the buyer (http-503), retries included. */
    public void staysUnavailable(String provider, String operation) {
        fail(provider, operation, "http-503", BEYOND_RETRIES);
    }

    private void fail(String provider, String operation, String kind, int times) {
        SimulatedOperation simulated = Optional.ofNullable(OPERATIONS.get(provider + " " + operation))
                .orElseThrow(() -> new IllegalArgumentException("no simulated operation for " + provider + " " + operation));
        journey.control(ProviderFaultsDriver.class).failNext(new ProviderFault(simulated.provider(), simulated.name(),
                journey.buyer(BuyersDsl.BUYER).e164(), kind, times));
    }

    public void assertProviderUnavailable(String provider) {
        assertThat(outcomes.assertOutcome("provider-unavailable").fact("provider")).as("the provider named").isEqualTo(provider);
    }

    /** A provider's operation as the simulator names it. */
    private record SimulatedOperation(String provider, String name) {
    }
}
