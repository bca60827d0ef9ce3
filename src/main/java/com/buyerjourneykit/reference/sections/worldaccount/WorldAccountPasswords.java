package com.buyerjourneykit.reference.sections.worldaccount;

import com.buyerjourneykit.reference.journey.InvalidInput;

/**
 * The World Account login password [choice: the guide shows only the field]: 8 to 32 characters
 * (code points), no spaces, with an upper-case letter, a lower-case letter and a digit.
 */
final class WorldAccountPasswords {
    static final int MIN = 8;
    static final int MAX = 32;

    private WorldAccountPasswords() {
    }

    static String check(String field, String password) {
        if (password == null || password.isEmpty()) {
            throw new InvalidInput(field, "required", field + " is required");
        }
        int length = password.codePointCount(0, password.length());
        if (length < MIN || length > MAX) {
            throw new InvalidInput(field, "8-to-32-characters", field + " must be 8 to 32 characters");
        }
        if (password.codePoints().anyMatch(Character::isWhitespace)) {
            throw new InvalidInput(field, "no-spaces", field + " must not contain spaces");
        }
        boolean upper = password.codePoints().anyMatch(Character::isUpperCase);
        boolean lower = password.codePoints().anyMatch(Character::isLowerCase);
        boolean digit = password.codePoints().anyMatch(Character::isDigit);
        if (!upper || !lower || !digit) {
            throw new InvalidInput(field, "upper-lower-and-digit",
                    field + " must contain an upper-case letter, a lower-case letter and a digit");
        }
        return password;
    }
}
