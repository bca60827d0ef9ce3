package com.buyerjourneykit.reference.sections.ordering;

import com.buyerjourneykit.reference.journey.InvalidInput;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A search the buyer asked for (ORD-02, ORD-03): by keyword, by a product link, or by a photo (exactly
 * one), narrowed to a region and a category, one page of results. Checked before 1688 is asked.
 */
record SearchQuery(By by, String value, Optional<String> chosenRegion, Optional<String> categoryId, long page) {
    static final int MAX_KEYWORD = 100;
    static final long MAX_PAGE = 100;

    enum By { KEYWORD, LINK, IMAGE }

    static SearchQuery read(String keywordText, String linkText, String imageText, String regionText, String categoryText,
                            String pageText) {
        String keyword = given(keywordText);
        String link = given(linkText);
        String image = given(imageText);
        if (Stream.of(keyword, link, image).filter(text -> text != null).count() != 1) {
            throw new InvalidInput("keyword", "exactly-one-of-keyword-link-image",
                    "give exactly one of keyword, productLink or imageBase64");
        }
        By by = keyword != null ? By.KEYWORD : link != null ? By.LINK : By.IMAGE;
        String value = switch (by) {
            case KEYWORD -> keyword(keyword);
            case LINK -> OfferLink.offerIdOf("productLink", link);
            case IMAGE -> SearchImage.read(image);
        };
        Optional<String> region = BuyerRegion.chosen("region", regionText);
        Optional<String> category = Optional.ofNullable(given(categoryText)).map(String::strip);
        Long page = WholeNumbers.read("page", pageText, 1, MAX_PAGE);
        return new SearchQuery(by, value, region, category, page == null ? 1 : page);
    }

    private static String keyword(String text) {
        String keyword = text.strip();
        if (keyword.codePointCount(0, keyword.length()) > MAX_KEYWORD) {
            throw new InvalidInput("keyword", "1-to-100-characters", "keyword must have 1 to " + MAX_KEYWORD + " characters");
        }
        return keyword;
    }

    /** Blank counts as not given, as on a page whose other search fields stay empty. */
    private static String given(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
