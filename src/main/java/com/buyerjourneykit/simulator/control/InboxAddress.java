package com.buyerjourneykit.simulator.control;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Whose inbox the harness reads: a mobile's E.164 number (SMS of every provider) or an e-mail
 * address (WorldFirst sends its codes by e-mail when asked), percent-decoded as a path parameter.
 */
final class InboxAddress {
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]{1,189}\\.[^@\\s.]{2,63}");

    private InboxAddress() {
    }

    static String of(String given) {
        String decoded = given == null ? "" : URLDecoder.decode(given.replace("+", "%2B"), StandardCharsets.UTF_8);
        if (decoded.contains("@")) {
            if (!EMAIL.matcher(decoded).matches()) {
                throw new InvalidControlField("phone", "e164-or-email", "an inbox is a mobile's E.164 number or an e-mail address");
            }
            return decoded.toLowerCase(Locale.ROOT);
        }
        return ControlPhone.e164("phone", given);
    }
}
