package com.buyerjourneykit.badinput;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Path parameters as they go on the wire: encoded plus signs, NUL, dot segments, slashes, long and odd unicode. */
final class OddSegments {
    private static final String[] FIXED = {
        "%2B60123456789", "+60123456789", "%2b60123456789", "%00", "a%00b", "..", "%2E%2E", "..%2F..%2F", "%2F",
        "a%2Fb", "..%5C..%5C", "%20", "%0A", "%0D%0A", "%09", "%7F", "%FF", "%C0%AF", "%E2%80%AE", "%F0%9F%98%80",
        "%EF%BB%BF", "0", "-1", "99999999999999999999999", "1e9", "null", "undefined", "%25", "%2525", "%3Cscript%3E",
        "%22%3E%3Cimg%20src%3Dx%3E", "'", "%27%20OR%20%271%27%3D%271", "~", "!", "$", "%3B", ";x=1", "%3F", "*",
        "00000000-0000-0000-0000-000000000000", "j-1", "%E5%BC%A0"
    };

    private OddSegments() {
    }

    static Gen<String> any() {
        return Gen.<String>mix()
                .add(5, Gen.of(FIXED))
                .add(3, Gen.anyText(1, 30).map(OddSegments::encoded))
                .add(1, Gen.between(100, 6000).map("a"::repeat));
    }

    private static String encoded(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
