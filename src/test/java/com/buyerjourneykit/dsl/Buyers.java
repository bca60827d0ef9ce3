package com.buyerjourneykit.dsl;

import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.security.SecureRandom;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Per-run aliases: a scenario says "the buyer", the simulator sees a mobile number no other
 * scenario (in this run or an earlier one against the same simulator) uses.
 */
final class Buyers {
    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();
    private static final AtomicLong NEXT = new AtomicLong(new SecureRandom().nextInt(9_000_000));
    private static final AtomicLong NEXT_MAGIC = new AtomicLong(new SecureRandom().nextInt(1000));
    private final Map<String, ScenarioBuyer> byAlias = new HashMap<>();

    ScenarioBuyer create(String alias, String countryCode) {
        ScenarioBuyer buyer = newBuyer(alias, countryCode);
        byAlias.put(alias, buyer);
        return buyer;
    }

    /**
     * A buyer on one of the simulator's magic SMS ranges: {@code +60 19-000 NNN}{@code lastDigit}
     * (9: never receives SMS, 5: receives them late), NNN unique in this run.
     */
    ScenarioBuyer createOnMagicRange(String alias, char lastDigit) {
        String national = String.format("19000%03d%c", NEXT_MAGIC.getAndIncrement() % 1000, lastDigit);
        ScenarioBuyer buyer = new ScenarioBuyer(alias, "+60", national, "+60" + national);
        byAlias.put(alias, buyer);
        return buyer;
    }

    ScenarioBuyer get(String alias) {
        ScenarioBuyer buyer = byAlias.get(alias);
        if (buyer == null) {
            throw new IllegalStateException("No buyer called '" + alias + "' in this scenario; known: " + byAlias.keySet());
        }
        return buyer;
    }

    private static ScenarioBuyer newBuyer(String alias, String countryCode) {
        int callingCode = Integer.parseInt(countryCode.replace("+", "").trim());
        String region = UTIL.getRegionCodeForCountryCode(callingCode);
        String example = String.valueOf(UTIL.getExampleNumberForType(region, PhoneNumberType.MOBILE).getNationalNumber());
        for (int attempt = 0; attempt < 1000; attempt++) {
            String national = withUniqueTail(example);
            PhoneNumber number = new PhoneNumber().setCountryCode(callingCode).setNationalNumber(Long.parseLong(national));
            if (UTIL.isValidNumber(number) && UTIL.getNumberType(number) == PhoneNumberType.MOBILE) {
                return new ScenarioBuyer(alias, countryCode, national, UTIL.format(number, PhoneNumberUtil.PhoneNumberFormat.E164));
            }
        }
        throw new IllegalStateException("Could not make a valid mobile number for " + countryCode);
    }

    private static String withUniqueTail(String example) {
        String tail = String.format("%07d", NEXT.getAndIncrement() % 10_000_000);
        return example.substring(0, example.length() - tail.length()) + tail;
    }
}
