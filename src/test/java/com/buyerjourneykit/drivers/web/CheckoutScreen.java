package com.buyerjourneykit.drivers.web;

import com.buyerjourneykit.drivers.Answer;
import com.buyerjourneykit.drivers.CheckoutDriver;
import com.buyerjourneykit.drivers.PaymentInput;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.openqa.selenium.WebDriver;

/**
 * The 1688 checkout page ({@code /<lang>/1688/checkout?journeyId=…&orderId=…}): the methods offered,
 * why World Pay is not (the FAQ's reason and what to do, in the buyer's language), the fees, and
 * the pay form, whose hidden key the page generates unless a scenario types its own.
 */
final class CheckoutScreen implements CheckoutDriver {
    static final Target PAY_METHOD = Target.the("a payment method offered (data-method)", "pay-method");
    static final Target UNAVAILABLE_REASON = Target.the("why World Pay is not offered (data-code)", "unavailable-reason");
    private static final String CHECKOUT = "1688/checkout";
    private final WebDriver browser;
    private final CommercePages pages;

    CheckoutScreen(WebDriver browser, CommercePages pages) {
        this.browser = browser;
        this.pages = pages;
    }

    @Override
    public Answer checkout(String journeyId, String orderId) {
        Answer shown = pages.view(CHECKOUT, journeyId, "orderId", orderId, "checkout");
        if (!shown.outcome().equals("checkout")) {
            return shown;
        }
        List<Map<String, String>> reasons = pages.rowsWithText(UNAVAILABLE_REASON);
        Map<String, String> facts = new LinkedHashMap<>(shown.facts());
        facts.put("methods", pages.rows(PAY_METHOD).stream().map(method -> method.get("method")).collect(Collectors.joining(",")));
        facts.put("unavailableReasons", reasons.stream().map(reason -> reason.get("code")).collect(Collectors.joining(",")));
        reasons.forEach(reason -> facts.put("reason." + reason.get("code"), reason.get("text")));
        return Answer.of(shown.outcome(), facts);
    }

    @Override
    public Answer pay(String journeyId, PaymentInput payment) {
        pages.view(CHECKOUT, journeyId, "orderId", payment.orderId(), "checkout");
        return new StepForm(browser, "1688/payments").submit(payment.fields());
    }
}
