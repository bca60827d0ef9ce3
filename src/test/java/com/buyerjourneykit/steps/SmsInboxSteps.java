package com.buyerjourneykit.steps;

import com.buyerjourneykit.dsl.BuyersDsl;
import com.buyerjourneykit.dsl.SmsInboxDsl;
import io.cucumber.java.en.Then;
import io.cucumber.java.ru.Тогда;
import io.cucumber.java.tr.Ozaman;
import io.cucumber.java.zh_cn.那么;

/** What reached the buyer's phone, read from the simulator's SMS inbox. */
public class SmsInboxSteps {
    private final SmsInboxDsl inbox;

    public SmsInboxSteps(SmsInboxDsl inbox) {
        this.inbox = inbox;
    }

    @Then("no SMS has reached the buyer")
    @Тогда("ни одно SMS не дошло до покупателя")
    @Ozaman("alıcıya hiç SMS ulaşmamıştır")
    @那么("买家没有收到任何短信")
    public void noSmsHasReachedTheBuyer() {
        inbox.assertNoSmsReached(BuyersDsl.BUYER);
    }
}
