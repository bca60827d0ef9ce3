package com.buyerjourneykit.simulator.member1688;

/**
 * 登录密码: 6 to 20 characters (code points) with at least two of letters, digits and symbols.
 * A symbol is any character that is neither a letter, a digit nor whitespace.
 */
final class Passwords {
    private static final int MIN = 6;
    private static final int MAX = 20;

    private Passwords() {
    }

    static String check(String field, String password) {
        checkLength(field, password);
        if (characterClasses(password) < 2) {
            throw new InvalidParameter(field, "two-character-classes",
                    field + " must mix at least two of letters, digits and symbols");
        }
        return password;
    }

    /** Only the length: what a login checks, since a password outside it cannot belong to anyone. */
    static String checkLength(String field, String password) {
        int length = password.codePointCount(0, password.length());
        if (length < MIN || length > MAX) {
            throw new InvalidParameter(field, "length-6-20", field + " must be 6 to 20 characters");
        }
        return password;
    }

    private static long characterClasses(String password) {
        boolean letters = password.codePoints().anyMatch(Character::isLetter);
        boolean digits = password.codePoints().anyMatch(Character::isDigit);
        boolean symbols = password.codePoints().anyMatch(Passwords::isSymbol);
        return (letters ? 1 : 0) + (digits ? 1 : 0) + (symbols ? 1 : 0);
    }

    private static boolean isSymbol(int codePoint) {
        return !Character.isLetter(codePoint) && !Character.isDigit(codePoint) && !Character.isWhitespace(codePoint);
    }
}
