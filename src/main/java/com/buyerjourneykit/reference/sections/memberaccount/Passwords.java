package com.buyerjourneykit.reference.sections.memberaccount;

import com.buyerjourneykit.reference.journey.InvalidInput;
/**
 * 登录密码 [choice, REG-03]: 6 to 20 characters with at least two of letters, digits and symbols;
 * a symbol is anything that is neither a letter, a digit nor a space.
 */
final class Passwords {
    static final int MIN = 6;
    static final int MAX = 20;
    private Passwords() {
    }

    static String check(String field, String password) {
        String value = checkLength(field, password);
        if (characterClasses(value) < 2) {
            throw new InvalidInput(field, "two-character-classes", field + " must mix at least two of letters, digits and symbols");
        }
        return value;
    }

    static String checkLength(String field, String password) {
        if (password == null || password.isEmpty()) {
            throw new InvalidInput(field, "required", field + " is required");
        }
        int length = password.codePointCount(0, password.length());
        if (length < MIN || length > MAX) {
            throw new InvalidInput(field, "length-6-20", field + " must be 6 to 20 characters");
        }
        return password;
    }

    private static int characterClasses(String password) {
        boolean letters = password.codePoints().anyMatch(Character::isLetter);
        boolean digits = password.codePoints().anyMatch(Character::isDigit);
        boolean symbols = password.codePoints().anyMatch(Passwords::isSymbol);
        return (letters ? 1 : 0) + (digits ? 1 : 0) + (symbols ? 1 : 0);
    }

    private static boolean isSymbol(int character) {
        return !Character.isLetter(character) && !Character.isDigit(character) && !Character.isWhitespace(character);
    }
}
