package com.buyerjourneykit.conformance;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;

/** The ways {@link RewritingProxy} breaks the reference app, each breaking one rule of the guide. */
enum BrokenVariant {
    /** The reference app as it is. */
    NONE {
        @Override
        RewritingProxy.Reply rewrite(String method, String path, RewritingProxy.Reply reply) {
            return reply;
        }
    },
    /** Offers World Pay for an order that is not a secured transaction (担保交易), as if the FAQ's reason (a) did not exist. */
    WORLD_PAY_FOR_ANY_TRADE {
        @Override
        RewritingProxy.Reply rewrite(String method, String path, RewritingProxy.Reply reply) {
            if (!path.equals("/api/v1/1688/checkout") || reply.status() != 200) {
                return reply;
            }
            ObjectNode checkout = json(reply.body());
            if (!checkout.path("unavailableReasons").asText().equals(NOT_SECURED)) {
                return reply;
            }
            checkout.put("methods", "world-pay, " + checkout.path("methods").asText());
            checkout.put("worldPayOffered", true);
            checkout.put("unavailableReasons", "");
            checkout.putArray("reasons");
            return new RewritingProxy.Reply(200, bytes(checkout));
        }
    },
    /** Forgets the Alipay code's resend countdown: no seconds to wait, and an early resend is "sent". */
    NO_RESEND_COUNTDOWN {
        @Override
        RewritingProxy.Reply rewrite(String method, String path, RewritingProxy.Reply reply) {
            if (!path.endsWith("/alipay/verification-codes") || (reply.status() != 201 && reply.status() != 429)) {
                return reply;
            }
            ObjectNode sent = reply.status() == 201 ? json(reply.body()) : MAPPER.createObjectNode().put("result", "code-sent");
            sent.put("resendInSeconds", 0);
            return new RewritingProxy.Reply(201, bytes(sent));
        }
    };

    private static final String NOT_SECURED = "not-secured-transaction";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    abstract RewritingProxy.Reply rewrite(String method, String path, RewritingProxy.Reply reply);

    private static ObjectNode json(byte[] body) {
        try {
            return (ObjectNode) MAPPER.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] bytes(ObjectNode json) {
        try {
            return MAPPER.writeValueAsBytes(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
