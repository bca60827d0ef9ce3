package com.buyerjourneykit.reference.sections.alipayaccount;

import com.buyerjourneykit.phone.MobileNumber;
import java.util.ArrayList;
import java.util.List;

/** An Alipay that gives every account step the answer a test scripted, and notes which steps were asked. */
final class ScriptedAlipay implements AlipayAccounts {
    private final List<String> asked = new ArrayList<>();
    private AccountStep answer = AccountStep.done("2088000000000001");

    void answers(AccountStep scripted) {
        answer = scripted;
    }

    List<String> asked() {
        return asked;
    }

    @Override
    public CodeRequest sendRegistrationCode(MobileNumber mobile) {
        asked.add("send-code");
        return CodeRequest.sent(60, 300);
    }

    @Override
    public CodeCheck checkRegistrationCode(MobileNumber mobile, String code) {
        asked.add("check-code");
        return CodeCheck.of(CodeCheck.Result.ACCEPTED);
    }

    @Override
    public AccountStep verifyIdentity(MobileNumber mobile, IdentityDocument document) {
        asked.add("identity");
        return answer;
    }

    @Override
    public AccountStep registerAddress(MobileNumber mobile, HomeAddress address) {
        asked.add("address");
        return answer;
    }

    @Override
    public AccountStep completePersonalDetails(MobileNumber mobile, PersonalDetails details) {
        asked.add("personal-details");
        return answer;
    }
}
