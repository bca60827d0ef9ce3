package com.buyerjourneykit.reference.web;

import com.buyerjourneykit.reference.journey.AlipayAccountOpening;
import com.buyerjourneykit.reference.journey.CodeCheck;
import com.buyerjourneykit.reference.journey.CodeRequest;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;

/**
 * REST for "Enter code for account verification":
 * {@code POST /api/v1/alipay/verification-codes} and {@code POST /api/v1/alipay/verification-codes/checks}.
 */
final class AlipayCodeApi {
    private final AlipayAccountOpening opening;

    AlipayCodeApi(AlipayAccountOpening opening) {
        this.opening = opening;
    }

    void requestCode(Context ctx) {
        JsonRequest body = JsonRequest.of(ctx.body());
        CodeRequest request = opening.requestCode(body.text("countryCode"), body.text("mobile"));
        if (!request.sent()) {
            ctx.header("Retry-After", String.valueOf(request.resendInSeconds()));
            JsonReply.send(ctx, 429, JsonReply.refusal(429, "resend-too-early",
                    "a new code can be requested in " + request.resendInSeconds() + " s")
                    .put("retryAfterSeconds", request.resendInSeconds()));
            return;
        }
        JsonReply.send(ctx, 201, JsonReply.object()
                .put("resendInSeconds", request.resendInSeconds())
                .put("validForSeconds", request.validForSeconds()));
    }

    void checkCode(Context ctx) {
        JsonRequest body = JsonRequest.of(ctx.body());
        CodeCheck check = opening.enterCode(body.text("countryCode"), body.text("mobile"), body.text("code"));
        if (check.result() == CodeCheck.Result.ACCEPTED) {
            JsonReply.send(ctx, 200, JsonReply.object().put("result", check.result().id()));
            return;
        }
        JsonReply.send(ctx, statusOf(check), refusal(check));
    }

    private static ObjectNode refusal(CodeCheck check) {
        ObjectNode body = JsonReply.refusal(statusOf(check), check.result().id(), messageOf(check));
        if (check.result() == CodeCheck.Result.WRONG_CODE) {
            body.put("remainingAttempts", check.remainingAttempts());
        }
        if (check.result() == CodeCheck.Result.NOT_REQUESTED) {
            body.put("field", "mobile").put("rule", "code-requested-first");
        }
        return body;
    }

    private static int statusOf(CodeCheck check) {
        return check.result() == CodeCheck.Result.NOT_REQUESTED ? 404 : 422;
    }

    private static String messageOf(CodeCheck check) {
        switch (check.result()) {
            case WRONG_CODE:
                return "the code is wrong; " + check.remainingAttempts() + " attempts left";
            case EXPIRED:
                return "the code has expired; request a new one";
            case LOCKED:
                return "too many wrong entries locked the code; request a new one";
            case USED:
                return "the code has already been used";
            default:
                return "no code was requested for this mobile number; request one first";
        }
    }
}
