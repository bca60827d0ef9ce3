package com.buyerjourneykit.signing;

import java.security.PrivateKey;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Signs with one private key ({@link RsaSignature#sign}), remembering the signatures of the last
 * {@value #REMEMBERED} contents. SHA256withRSA (PKCS#1 v1.5) is deterministic: the same key over
 * the same bytes gives the same signature, so handing a remembered one out again is the signature
 * itself, not a shortcut. It matters because an RSA-2048 signature costs about a millisecond (seven
 * with the C1 compiler alone), far more than answering, and the same answer is often signed again:
 * a rate asked for twice while the virtual clock stands still.
 */
public final class RsaSigner {
    static final int REMEMBERED = 256;
    private final PrivateKey key;
    private final Map<String, String> recent;

    public RsaSigner(PrivateKey key) {
        this(key, REMEMBERED);
    }

    RsaSigner(PrivateKey key, int capacity) {
        this.key = key;
        this.recent = new LeastRecentlyUsedOut(capacity);
    }

    /** The URL-encoded base64 signature of {@code content}, as {@link RsaSignature#sign} gives it. */
    public String sign(String content) {
        synchronized (recent) {
            String remembered = recent.get(content);
            if (remembered != null) {
                return remembered;
            }
        }
        String signature = RsaSignature.sign(key, content); // outside the lock: parallel callers never queue behind a signature
        synchronized (recent) {
            recent.put(content, signature);
        }
        return signature;
    }

    /** How many signatures it holds: never more than its capacity, however many contents it signed. */
    int remembered() {
        synchronized (recent) {
            return recent.size();
        }
    }

    /** In order of use, so that the one used longest ago goes when it is full. */
    private static final class LeastRecentlyUsedOut extends LinkedHashMap<String, String> {
        private final int capacity;

        LeastRecentlyUsedOut(int capacity) {
            super(16, 0.75f, true);
            this.capacity = capacity;
        }

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
            return size() > capacity;
        }
    }
}
