package com.buyerjourneykit.reference.web;

import com.buyerjourneykit.reference.journey.InvalidInput;
import io.javalin.http.Context;
import java.nio.charset.Charset;

/**
 * A post whose Content-Type names a charset this JVM does not know ({@code charset=nonsense})
 * cannot be read at all: Javalin's form and body readers failed on it with a 500. It is refused
 * first, as bad input naming the header and the rule.
 */
final class DeclaredCharset {
    private DeclaredCharset() {
    }

    static void require(Context ctx) {
        String charset = ctx.characterEncoding();
        if (charset == null) {
            return;
        }
        try {
            Charset.forName(charset.strip());
        } catch (IllegalArgumentException unknown) {
            throw new InvalidInput("Content-Type", "known-charset", "the Content-Type names a charset nobody knows: use UTF-8");
        }
    }
}
