package com.buyerjourneykit.simulator.member1688.commerce;

import com.buyerjourneykit.simulator.member1688.AopReply;
import com.buyerjourneykit.simulator.member1688.AopRequest;
import com.buyerjourneykit.simulator.member1688.AopTransformer;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * {@code product.search.keywordQuery} (ORD-02/03): {@code offerQueryParam {keyword, beginPage,
 * pageSize, country, buyerRegion?, categoryId?}}. Every word of the keyword must appear, in any
 * case, in the Chinese or English subject or the category name.
 */
final class KeywordQuery extends AopTransformer {
    static final String NAME = "1688-product-search-keyword";
    private final CommerceState state;

    KeywordQuery(CommerceState state) {
        super(NAME);
        this.state = state;
    }

    @Override
    protected ResponseDefinition answer(AopRequest request) {
        ParamObject param = ParamObject.of(request, "offerQueryParam");
        Catalogue catalogue = state.catalogue();
        List<String> words = words(param.requiredText("keyword"));
        SearchPage page = SearchPage.of(param);
        Language language = Language.of(param.text("country"), param.name("country"));
        OfferFilter filter = OfferFilter.of(param, catalogue);
        List<Offer> found = catalogue.offers().stream().filter(filter::admits)
                .filter(offer -> words.stream().allMatch(word -> searchable(catalogue, offer).contains(word))).toList();
        return AopReply.success("OK", page.render(found, catalogue, language, filter));
    }

    private static List<String> words(String keyword) {
        return Arrays.stream(keyword.toLowerCase(Locale.ROOT).split("\\s+")).filter(word -> !word.isEmpty()).toList();
    }

    private static String searchable(Catalogue catalogue, Offer offer) {
        Category category = catalogue.categoryOf(offer);
        return String.join(" ", offer.subject(), offer.subjectEn(), category.name(), category.nameEn()).toLowerCase(Locale.ROOT);
    }
}
