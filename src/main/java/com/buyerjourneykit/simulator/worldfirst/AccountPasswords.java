package com.buyerjourneykit.simulator.worldfirst;

/**
 * The World Account password (our choice, the guide shows only the field): 8 to 32 characters
 * (code points), no whitespace, at least one upper-case letter, one lower-case letter and one digit.
 */
final class AccountPasswords {
    private static final int MIN = 8;
    private static final int MAX = 32;

    private AccountPasswords() {
    }

    static void check(String field, String password) {
        int length = password.codePointCount(0, password.length());
        if (length < MIN || length > MAX) {
            throw new InvalidField(field, "length-8-32", field + " must be 8 to 32 characters");
        }
        if (password.codePoints().anyMatch(Character::isWhitespace)) {
            throw new InvalidField(field, "no-whitespace", field + " must not contain spaces");
        }
        boolean upper = password.codePoints().anyMatch(Character::isUpperCase);
        boolean lower = password.codePoints().anyMatch(Character::isLowerCase);
        boolean digit = password.codePoints().anyMatch(Character::isDigit);
        if (!upper || !lower || !digit) {
            throw new InvalidField(field, "upper-lower-digit",
                    field + " must contain an upper-case letter, a lower-case letter and a digit");
        }
    }
}
