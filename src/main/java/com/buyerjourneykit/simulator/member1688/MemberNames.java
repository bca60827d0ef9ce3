package com.buyerjourneykit.simulator.member1688;

import java.util.Locale;

/**
 * 会员名: 5 to 25 characters (counted as code points, so 张伟 is two), no whitespace. Names are
 * unique regardless of case; {@code taken_member} is a magic name that is always taken.
 */
final class MemberNames {
    static final String ALWAYS_TAKEN = "taken_member";
    private static final int MIN = 5;
    private static final int MAX = 25;

    private MemberNames() {
    }

    static String check(String field, String name) {
        int length = name.codePointCount(0, name.length());
        if (length < MIN || length > MAX) {
            throw new InvalidParameter(field, "length-5-25", field + " must be 5 to 25 characters");
        }
        if (name.codePoints().anyMatch(MemberNames::isBlankOrControl)) {
            throw new InvalidParameter(field, "no-whitespace", field + " must not contain spaces or control characters");
        }
        return name;
    }

    /** The form under which names are compared: case does not make a name new. */
    static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

    private static boolean isBlankOrControl(int codePoint) {
        return Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint) || Character.isISOControl(codePoint);
    }
}
