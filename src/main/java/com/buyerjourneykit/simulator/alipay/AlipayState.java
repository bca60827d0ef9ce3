package com.buyerjourneykit.simulator.alipay;

import com.buyerjourneykit.simulator.clock.VirtualClock;
import com.buyerjourneykit.simulator.core.SharedServices;
import com.buyerjourneykit.simulator.sms.CodeRules;
import com.buyerjourneykit.simulator.sms.OneTimeCodes;
import com.buyerjourneykit.simulator.sms.SmsDelivery;

/** What the simulated Alipay remembers (personal accounts, registration codes) and the shared services it uses. */
final class AlipayState {
    private final SharedServices shared;
    private final PersonalAccounts accounts = new PersonalAccounts();
    private final OneTimeCodes registrationCodes;

    AlipayState(SharedServices shared) {
        this.shared = shared;
        this.registrationCodes = shared.oneTimeCodes(CodeRules.alipayPersonalAccount());
    }

    PersonalAccounts accounts() {
        return accounts;
    }

    OneTimeCodes registrationCodes() {
        return registrationCodes;
    }

    VirtualClock clock() {
        return shared.clock();
    }

    SmsDelivery sms() {
        return shared.sms();
    }
}
