package com.buyerjourneykit.reference.sections.worldpayauth;

import com.buyerjourneykit.reference.journey.InvalidInput;
import com.buyerjourneykit.reference.web.StepRequest;

/** The agreement's tick as REST sends it (a boolean, or "true"/"false") or as the page's box posts it. */
final class WorldPayAuthForms {
    private WorldPayAuthForms() {
    }

    static Boolean agreementAccepted(StepRequest form) {
        try {
            return form.flag("agreementAccepted");
        } catch (InvalidInput notABoolean) {
            return tickAsText(form);
        }
    }

    private static Boolean tickAsText(StepRequest form) {
        String text;
        try {
            text = form.text("agreementAccepted");
        } catch (InvalidInput notAString) {
            text = null;
        }
        if ("true".equals(text) || "false".equals(text)) {
            return Boolean.valueOf(text);
        }
        throw new InvalidInput("agreementAccepted", "boolean", "agreementAccepted must be true or false");
    }
}
