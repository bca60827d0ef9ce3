package com.buyerjourneykit.reference.sections.ordering;

import com.buyerjourneykit.reference.journey.InvalidInput;
import com.buyerjourneykit.reference.journey.ProviderUnavailable;
import com.buyerjourneykit.reference.providers.AopCall;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;

/**
 * The 1688 APIs section 5 uses, through the AOP gateway: search by keyword or image, the product
 * page, the order's preview and the cross-border order. Nested parameters travel as JSON inside one
 * form field, as 1688 takes them. Nothing is retried: an order is created by one call.
 */
final class Commerce1688Client {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** 1688's names of what the buyer typed, so its rules reach the buyer's field. */
    private static final Map<String, String> SEARCH_FIELDS = Map.of("offerQueryParam.keyword", "keyword",
            "offerQueryParam.categoryId", "categoryId", "offerQueryParam.buyerRegion", "region",
            "offerQueryParam.beginPage", "page", "uploadImageParam.imageBase64", SearchImage.FIELD,
            "offerDetailParam.productLink", "productLink", "offerDetailParam.offerId", "offerId",
            "offerDetailParam.buyerRegion", "region");
    private final AopCall gateway;

    Commerce1688Client(AopCall gateway) {
        this.gateway = gateway;
    }

    JsonNode searchByKeyword(String keyword, SearchScope scope) {
        ObjectNode param = scope.param().put("keyword", keyword);
        return success("product.search.keywordQuery", search("product.search.keywordQuery", "offerQueryParam", param));
    }

    JsonNode searchByImage(String imageBase64, SearchScope scope) {
        ObjectNode upload = JSON.createObjectNode().put("imageBase64", imageBase64);
        String imageId = success("product.image.upload", search("product.image.upload", "uploadImageParam", upload))
                .path("result").asText();
        ObjectNode param = scope.param().put("imageId", imageId);
        return success("product.search.imageQuery", search("product.search.imageQuery", "offerQueryParam", param));
    }

    /** The product page by offer id ({@code by} "offerId") or by link ({@code by} "productLink"); an unknown offer is bad input. */
    JsonNode product(String by, String value, String region) {
        ObjectNode param = JSON.createObjectNode().put(by, value).put("country", "en").put("buyerRegion", region);
        JsonNode answer = search("product.search.queryProductDetail", "offerDetailParam", param);
        if ("OFFER_NOT_FOUND".equals(answer.path("code").asText())) {
            throw new InvalidInput(by, "known-offer", by + " names no 1688 offer");
        }
        return success("product.search.queryProductDetail", answer);
    }

    /** The order's sums, or the rule of 1688 it breaks; stores nothing. */
    JsonNode preview(OrderForm order, Buyer buyer) {
        return order(order, buyer, "alibaba.createOrder.preview");
    }

    JsonNode createOrder(OrderForm order, Buyer buyer) {
        return order(order, buyer, "alibaba.trade.createCrossOrder");
    }

    private JsonNode order(OrderForm order, Buyer buyer, String api) {
        JsonNode answer = gateway.call(AopCall.TRADE, api, OrderParameters.of(order, buyer), OrderParameters.BUYER_FIELDS);
        if (AopCall.isSuccess(answer)) {
            return answer.path("result");
        }
        throw OrderRefusals.of(api, answer, order, buyer);
    }

    private JsonNode search(String api, String paramName, ObjectNode param) {
        return gateway.call(AopCall.CROSS_BORDER, api, Map.of(paramName, param.toString()), SEARCH_FIELDS);
    }

    private static JsonNode success(String api, JsonNode answer) {
        if (!AopCall.isSuccess(answer)) {
            throw new ProviderUnavailable("1688", api + " answered " + answer.path("code").asText());
        }
        return answer.path("result");
    }

    /** Where and how a search looks: the buyer's region, a category, a page of 20, English names. */
    record SearchScope(String region, String categoryId, long page) {
        static final int PAGE_SIZE = 20;

        ObjectNode param() {
            ObjectNode param = JSON.createObjectNode().put("beginPage", page).put("pageSize", PAGE_SIZE)
                    .put("country", "en").put("buyerRegion", region);
            if (categoryId != null) {
                param.put("categoryId", categoryId);
            }
            return param;
        }
    }
}
