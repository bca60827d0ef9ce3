package com.buyerjourneykit.drivers.simulator;

import com.buyerjourneykit.drivers.SmsInboxDriver;
import java.util.ArrayList;
import java.util.List;

/** {@code GET /__admin/sim/sms-inbox/{+E164}}: the messages a number received, oldest first. */
final class HttpSmsInbox implements SmsInboxDriver {
    private final ControlCalls control;

    HttpSmsInbox(ControlCalls control) {
        this.control = control;
    }

    @Override
    public List<String> codesSentTo(String e164) {
        return codes(null, e164);
    }

    @Override
    public List<String> codesSentBy(String provider, String e164) {
        return codes(provider, e164);
    }

    private List<String> codes(String providerOrAny, String e164) {
        List<String> codes = new ArrayList<>();
        control.get("/sms-inbox/" + e164).path("messages").forEach(message -> {
            if (providerOrAny == null || providerOrAny.equals(message.path("provider").asText())) {
                codes.add(message.path("code").asText());
            }
        });
        return codes;
    }
}
