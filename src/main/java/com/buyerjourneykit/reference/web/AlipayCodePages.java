package com.buyerjourneykit.reference.web;

import com.buyerjourneykit.reference.journey.AlipayAccountOpening;
import com.buyerjourneykit.reference.journey.CodeCheck;
import com.buyerjourneykit.reference.journey.CodeRequest;
import com.buyerjourneykit.reference.journey.InvalidInput;
import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/** Pages of guide section 1: "Register an Alipay Personal Account" and "Enter code for account verification". */
final class AlipayCodePages {
    private static final String REGISTER = "alipay-register";
    private static final String CODE = "alipay-code";
    private final AlipayAccountOpening opening;
    private final Pages pages;

    AlipayCodePages(AlipayAccountOpening opening, Pages pages) {
        this.opening = opening;
        this.pages = pages;
    }

    void showRegister(Context ctx) {
        pages.render(ctx, 200, language(ctx), REGISTER, phoneModel(ctx, "+60", ""));
    }

    void submitRegister(Context ctx) {
        Map<String, Object> model = phoneModel(ctx, ctx.formParam("countryCode"), ctx.formParam("mobile"));
        try {
            CodeRequest request = opening.requestCode(ctx.formParam("countryCode"), ctx.formParam("mobile"));
            if (request.sent()) {
                ctx.redirect(codePath(ctx));
                return;
            }
            model.put("outcome", "resend-too-early");
            model.put("retryAfter", request.resendInSeconds());
            pages.render(ctx, 429, language(ctx), CODE, model);
        } catch (InvalidInput invalid) {
            renderInvalid(ctx, REGISTER, model, invalid);
        }
    }

    void showCode(Context ctx) {
        pages.render(ctx, 200, language(ctx), CODE, phoneModel(ctx, ctx.queryParam("countryCode"), ctx.queryParam("mobile")));
    }

    void submitCode(Context ctx) {
        Map<String, Object> model = phoneModel(ctx, ctx.formParam("countryCode"), ctx.formParam("mobile"));
        try {
            CodeCheck check = opening.enterCode(ctx.formParam("countryCode"), ctx.formParam("mobile"), ctx.formParam("code"));
            model.put("outcome", check.result().id());
            model.put("remainingAttempts", check.remainingAttempts());
            pages.render(ctx, check.result() == CodeCheck.Result.ACCEPTED ? 200 : 422, language(ctx), CODE, model);
        } catch (InvalidInput invalid) {
            renderInvalid(ctx, CODE, model, invalid);
        }
    }

    void resendCode(Context ctx) {
        Map<String, Object> model = phoneModel(ctx, ctx.formParam("countryCode"), ctx.formParam("mobile"));
        try {
            CodeRequest request = opening.requestCode(ctx.formParam("countryCode"), ctx.formParam("mobile"));
            model.put("outcome", request.sent() ? "code-sent" : "resend-too-early");
            model.put("retryAfter", request.resendInSeconds());
            pages.render(ctx, request.sent() ? 200 : 429, language(ctx), CODE, model);
        } catch (InvalidInput invalid) {
            renderInvalid(ctx, CODE, model, invalid);
        }
    }

    private void renderInvalid(Context ctx, String page, Map<String, Object> model, InvalidInput invalid) {
        model.put("outcome", "invalid-field");
        model.put("errorField", invalid.field());
        model.put("errorRule", invalid.rule());
        pages.render(ctx, 400, language(ctx), page, model);
    }

    private static Map<String, Object> phoneModel(Context ctx, String countryCode, String mobile) {
        Map<String, Object> model = new HashMap<>();
        model.put("countryCode", countryCode == null ? "" : countryCode);
        model.put("mobile", mobile == null ? "" : mobile);
        model.put("maskedMobile", masked(countryCode, mobile));
        return model;
    }

    private static String masked(String countryCode, String mobile) {
        if (mobile == null || mobile.length() < 4) {
            return countryCode == null ? "" : countryCode;
        }
        return countryCode + " ••• " + mobile.substring(mobile.length() - 3);
    }

    private static String codePath(Context ctx) {
        return "/" + language(ctx).tag() + "/alipay/code?countryCode=" + encode(ctx.formParam("countryCode"))
                + "&mobile=" + encode(ctx.formParam("mobile"));
    }

    static Language language(Context ctx) {
        return Language.ofTag(ctx.pathParam("lang")).orElseThrow(UnknownLanguage::new);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text == null ? "" : text, StandardCharsets.UTF_8);
    }
}
