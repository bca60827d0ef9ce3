package com.buyerjourneykit.simulator.control;

import com.buyerjourneykit.simulator.Replies;
import com.buyerjourneykit.simulator.core.ArmedFault;
import com.buyerjourneykit.simulator.core.FaultKind;
import com.buyerjourneykit.simulator.core.Faults;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * {@code POST /__admin/sim/faults {"provider","operation","phone"|"member","kind","times","delayMillis"}}:
 * the next {@code times} (default 1) calls of that operation for that buyer fail as {@code kind}
 * says. {@code delayMillis} (default 5000) is how long {@code no-answer} holds the answer back:
 * set it just above the client timeout of the app under test. Answers 201 with the fault.
 */
final class ArmFault extends JsonControlTask {
    static final long DEFAULT_DELAY_MILLIS = 5000;
    private final Faults faults;
    private final Map<String, Set<String>> operationsByProvider;

    ArmFault(Faults faults, Map<String, Set<String>> operationsByProvider) {
        this.faults = faults;
        this.operationsByProvider = Map.copyOf(operationsByProvider);
    }

    @Override
    protected ResponseDefinition answer(ControlBody body) {
        String provider = oneOf(body, "provider", operationsByProvider.keySet());
        String operation = oneOf(body, "operation", operationsByProvider.get(provider));
        FaultKind kind = FaultKind.byId(body.text("kind")).orElseThrow(() -> new InvalidControlField("kind", "one-of",
                "kind must be one of " + String.join(", ", FaultKind.ids())));
        ArmedFault fault = withBuyer(body, provider, operation, kind);
        faults.arm(fault);
        return Replies.json(201, FaultJson.of(fault));
    }

    private static ArmedFault withBuyer(ControlBody body, String provider, String operation, FaultKind kind) {
        int times = Math.toIntExact(body.wholeNumber("times", 1, 100, 1));
        Duration delay = Duration.ofMillis(body.wholeNumber("delayMillis", 1, 600_000, DEFAULT_DELAY_MILLIS));
        Optional<String> phone = body.optionalText("phone");
        Optional<String> member = body.optionalText("member");
        if (phone.isPresent() == member.isPresent()) {
            throw new InvalidControlField("phone", "phone-or-member",
                    "give the buyer as exactly one of phone (E.164) or member (1688 member name or id)");
        }
        if (phone.isPresent()) {
            return new ArmedFault(provider, operation, "phone", ControlPhone.e164("phone", phone.get()), kind, times, delay);
        }
        if (member.get().length() > 64) {
            throw new InvalidControlField("member", "max-length-64", "member must be at most 64 characters");
        }
        return new ArmedFault(provider, operation, "member", member.get(), kind, times, delay);
    }

    private static String oneOf(ControlBody body, String field, Set<String> allowed) {
        String given = body.text(field);
        if (!allowed.contains(given)) {
            throw new InvalidControlField(field, "one-of", field + " must be one of " + String.join(", ", new TreeSet<>(allowed)));
        }
        return given;
    }
}
