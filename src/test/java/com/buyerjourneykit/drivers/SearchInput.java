package com.buyerjourneykit.drivers;

import java.util.Map;

/** A search on 1688 as the buyer fills it in: one of keyword, product link or image (Base64), and the filters; {@code null} is left empty. */
public record SearchInput(String keyword, String productLink, String imageBase64, String region, String categoryId,
                          String page) implements FormInput {

    @Override
    public Map<String, String> fields() {
        return FormInput.typed("keyword", keyword, "productLink", productLink, "imageBase64", imageBase64,
                "region", region, "categoryId", categoryId, "page", page);
    }
}
