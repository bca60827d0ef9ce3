package com.buyerjourneykit.simulator.store;

import com.github.tomakehurst.wiremock.matching.RequestPattern;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What every URL a request pattern matches must start with: its {@code url} or {@code urlPath}
 * as given, or the literal start of its {@code urlPattern} or {@code urlPathPattern} (a regex
 * WireMock matches against the whole URL or path). Empty, so anything may match, for every other
 * kind of pattern, for a regex with an alternative ({@code |}) or starting with a flag, and for a
 * request URL that is not a path (an absolute URL), so the prefix can only ever pass over
 * mappings WireMock would not have matched.
 */
final class UrlPrefix {
    private static final String REGEX_SYNTAX = "\\^$.|?*+()[]{}";
    private static final String QUANTIFIERS = "?*+{";
    private final Map<String, String> ofRegex = new ConcurrentHashMap<>();

    boolean mayMatch(RequestPattern pattern, String url) {
        return url == null || !url.startsWith("/") || url.startsWith(of(pattern));
    }

    String of(RequestPattern pattern) {
        if (pattern == null) {
            return "";
        }
        if (pattern.getUrl() != null) {
            return pattern.getUrl();
        }
        if (pattern.getUrlPath() != null) {
            return pattern.getUrlPath();
        }
        String regex = pattern.getUrlPathPattern() != null ? pattern.getUrlPathPattern() : pattern.getUrlPattern();
        return regex == null ? "" : ofRegex.computeIfAbsent(regex, UrlPrefix::literalStart);
    }

    /** The characters the regex matches one by one from its start, up to its first pattern syntax. */
    static String literalStart(String regex) {
        if (regex.indexOf('|') >= 0) {
            return "";
        }
        StringBuilder literal = new StringBuilder();
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\' && i + 1 < regex.length() && isEscapedLiteral(regex.charAt(i + 1))) {
                literal.append(regex.charAt(++i));
            } else if (REGEX_SYNTAX.indexOf(c) >= 0) {
                return QUANTIFIERS.indexOf(c) >= 0 && literal.length() > 0 ? withoutLast(literal) : literal.toString();
            } else {
                literal.append(c);
            }
        }
        return literal.toString();
    }

    /** {@code \.} is a dot; {@code \d}, {@code \Q} and the like are syntax, not a character. */
    private static boolean isEscapedLiteral(char escaped) {
        return !Character.isLetterOrDigit(escaped);
    }

    /** A quantifier makes the character before it optional or repeated: that one is no longer certain. */
    private static String withoutLast(StringBuilder literal) {
        return literal.substring(0, literal.length() - 1);
    }
}
