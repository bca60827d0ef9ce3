package com.buyerjourneykit.simulator.worldfirst;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** An API that moves or creates something for a buyer: idempotent by its request id field. */
abstract class MoneyApi extends WorldFirstApi {
    private final Idempotency idempotency;
    private final String requestIdField;

    MoneyApi(String name, Gateway gateway, Idempotency idempotency, String requestIdField) {
        super(name, gateway);
        this.idempotency = idempotency;
        this.requestIdField = requestIdField;
    }

    @Override
    final ObjectNode answer(WorldFirstRequest request) {
        String requestId = request.identifier(requestIdField);
        return idempotency.once(request.clientId(), requestId, request.body(), () -> answerOnce(request));
    }

    /** Refusals thrown here are answered, not remembered, so the id stays free. */
    abstract ObjectNode answerOnce(WorldFirstRequest request);
}
