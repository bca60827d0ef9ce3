package com.buyerjourneykit.badinput;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/** Every API of the simulated 1688 open platform, each with fields it accepts in the prepared state. */
final class Aop1688Apis {
    static final Map<String, Function<SimulatorUnderTest, List<Map.Entry<String, String>>>> ALL = new TreeMap<>(Map.of(
            "account.slider.challenge", running -> List.of(),
            "account.slider.verify", running -> pairs("challengeId", running.challengeId(), "offset", "300"),
            "account.user.register", running -> registration(running, SimulatorUnderTest.REGISTERING_BUYER),
            "account.user.register.sms.resend", running -> pairs("registrationId", running.registrationId()),
            "account.user.register.confirm", running -> pairs("registrationId", running.registrationId(), "code", "000000"),
            "account.user.login", running -> pairs("memberName", "fuzz_seeded", "password", "abc123!"),
            "account.alipay.verify", running -> pairs("memberId", running.memberId(), "alipayCountryCode", "+60",
                    "alipayMobile", SimulatorUnderTest.MEMBER_BUYER),
            "account.alipay.status", running -> pairs("memberId", running.memberId())));

    static {
        // the cross-border search APIs of 1688's commerce, in the same namespace
        ALL.putAll(Map.of(
                "product.search.keywordQuery", running -> pairs("offerQueryParam", "{\"keyword\":\"phone\",\"buyerRegion\":\"MY\"}"),
                "product.search.queryProductDetail", running -> pairs("offerDetailParam",
                        "{\"productLink\":\"https://detail.1688.com/offer/610000000001.html\"}"),
                "product.image.upload", running -> pairs("uploadImageParam", "{\"imageBase64\":\"iVBORw0KGgpwaG9uZS1zdGFuZA==\"}"),
                "product.search.imageQuery", running -> pairs("offerQueryParam", "{\"imageId\":\"1000000000000\"}")));
    }

    private Aop1688Apis() {
    }

    static List<Map.Entry<String, String>> registration(SimulatorUnderTest running, String mobile) {
        return pairs("accountType", "personal", "memberName", running.freshMemberName(), "password", "abc123!",
                "confirmPassword", "abc123!", "countryCode", "+60", "mobile", mobile, "sliderToken", running.sliderToken(),
                "agreeTerms", "true", "agreePrivacy", "true", "agreeAlipay", "true");
    }

    private static List<Map.Entry<String, String>> pairs(String... keysAndValues) {
        List<Map.Entry<String, String>> pairs = new java.util.ArrayList<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            pairs.add(Map.entry(keysAndValues[i], keysAndValues[i + 1]));
        }
        return pairs;
    }
}
