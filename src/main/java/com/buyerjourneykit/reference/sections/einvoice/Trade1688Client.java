package com.buyerjourneykit.reference.sections.einvoice;

import com.buyerjourneykit.reference.journey.SectionRefusal;
import com.buyerjourneykit.reference.journey.InvalidInput;
import com.buyerjourneykit.reference.journey.ProviderUnavailable;
import com.buyerjourneykit.reference.providers.AopCall;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The 1688 APIs this section uses: the buyer's orders (我的订单), one order, the order report
 * (导出当前条件 → 生成新报表 → download) and a listing's supplier (联系方式). Answers 1688's
 * {@code result}; an unknown order or report is the buyer's bad input, an unknown member a refusal.
 */
final class Trade1688Client {
    static final int PAGE_SIZE = 50;
    private final AopCall gateway;

    Trade1688Client(AopCall gateway) {
        this.gateway = gateway;
    }

    JsonNode orders(String memberId, Optional<String> status, int page) {
        Map<String, String> parameters = member(memberId);
        status.ifPresent(code -> parameters.put("orderStatus", code));
        parameters.put("page", String.valueOf(page));
        parameters.put("pageSize", String.valueOf(PAGE_SIZE));
        return result("alibaba.trade.getBuyerOrderList", parameters);
    }

    JsonNode order(String memberId, String orderId) {
        Map<String, String> parameters = member(memberId);
        parameters.put("orderId", orderId);
        return result("alibaba.trade.get.buyerView", parameters);
    }

    JsonNode createExport(String memberId, Optional<String> status) {
        Map<String, String> parameters = member(memberId);
        status.ifPresent(code -> parameters.put("orderStatus", code));
        parameters.put("format", "csv");
        return result("alibaba.trade.order.export.create", parameters);
    }

    JsonNode downloadExport(String memberId, String reportId) {
        Map<String, String> parameters = member(memberId);
        parameters.put("reportId", reportId);
        return result("alibaba.trade.order.export.download", parameters);
    }

    /** The listing in English, with its supplier's 联系方式. */
    JsonNode listing(String offerId) {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("offerDetailParam", "{\"offerId\":\"" + offerId + "\",\"country\":\"en\"}");
        JsonNode answer = gateway.call(AopCall.CROSS_BORDER, "product.search.queryProductDetail", parameters);
        if (!AopCall.isSuccess(answer)) {
            throw new ProviderUnavailable("1688", "the listing " + offerId + " of an order: " + answer.path("code").asText());
        }
        return answer.path("result");
    }

    private JsonNode result(String api, Map<String, String> parameters) {
        JsonNode answer = gateway.call(AopCall.TRADE, api, parameters);
        if (AopCall.isSuccess(answer)) {
            return answer.path("result");
        }
        String code = answer.path("code").asText();
        switch (code) {
            case "ORDER_NOT_FOUND" -> throw new InvalidInput("orderId", "known-order", "no order of this buyer has this orderId");
            case "REPORT_NOT_FOUND" -> throw new InvalidInput("reportId", "known-report", "no report of this buyer has this reportId");
            case "MEMBER_UNKNOWN" -> throw new SectionRefusal(422, "member-unknown", "1688 does not know this member");
            default -> throw new ProviderUnavailable("1688", api + " answered " + code);
        }
    }

    private static Map<String, String> member(String memberId) {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("memberId", memberId);
        return parameters;
    }
}
