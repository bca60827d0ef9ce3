package com.buyerjourneykit.simulator.core;

import com.buyerjourneykit.phone.InvalidPhoneNumber;
import com.buyerjourneykit.phone.MobileNumber;
import com.buyerjourneykit.phone.PhoneNumbers;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A buyer's phone as the control API and faults take it: the E.164 form of a real mobile
 * ("+60123456789"), percent-decoded when it came in a path ("%2B60…"), checked by the same
 * rules the providers apply to the numbers buyers type.
 */
public final class BuyerPhones {
    private static final Pattern E164 = Pattern.compile("\\+[1-9]\\d{6,14}");

    private BuyerPhones() {
    }

    /** The mobile, or empty when {@code given} is not the E.164 form of one. */
    public static Optional<MobileNumber> mobile(String given) {
        String phone = percentDecoded(given);
        if (phone == null || !E164.matcher(phone).matches()) {
            return Optional.empty();
        }
        for (int length = 1; length <= 3; length++) {
            Optional<MobileNumber> mobile = asMobile(phone.substring(0, length + 1), phone.substring(length + 1));
            if (mobile.filter(found -> found.e164().equals(phone)).isPresent()) {
                return mobile;
            }
        }
        return Optional.empty();
    }

    private static Optional<MobileNumber> asMobile(String callingCode, String national) {
        try {
            return Optional.of(PhoneNumbers.parse(callingCode, national));
        } catch (InvalidPhoneNumber notThisSplit) {
            return Optional.empty();
        }
    }

    /** A '+' typed into a path stays a '+'; "%2B" becomes one too; a broken escape is no phone. */
    private static String percentDecoded(String given) {
        if (given == null) {
            return null;
        }
        try {
            return URLDecoder.decode(given.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException brokenEscape) {
            return null;
        }
    }
}
