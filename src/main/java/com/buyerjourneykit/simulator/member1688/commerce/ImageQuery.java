package com.buyerjourneykit.simulator.member1688.commerce;

import com.buyerjourneykit.simulator.member1688.AopReply;
import com.buyerjourneykit.simulator.member1688.AopRequest;
import com.buyerjourneykit.simulator.member1688.AopTransformer;
import com.buyerjourneykit.simulator.member1688.Refusal;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import java.util.List;

/**
 * {@code product.search.imageQuery}: {@code offerQueryParam {imageId, beginPage, pageSize, country,
 * buyerRegion?, categoryId?}}. The simulator "recognises" an offer in an image when the image's
 * bytes carry the offer's {@code imageLabel} (e.g. in a PNG text chunk): a documented magic value.
 */
final class ImageQuery extends AopTransformer {
    static final String NAME = "1688-product-search-image";
    private final CommerceState state;

    ImageQuery(CommerceState state) {
        super(NAME);
        this.state = state;
    }

    @Override
    protected ResponseDefinition answer(AopRequest request) {
        ParamObject param = ParamObject.of(request, "offerQueryParam");
        String imageId = param.requiredText("imageId");
        SearchPage page = SearchPage.of(param);
        Language language = Language.of(param.text("country"), param.name("country"));
        Catalogue catalogue = state.catalogue();
        OfferFilter filter = OfferFilter.of(param, catalogue);
        String image = state.images().content(imageId)
                .orElseThrow(() -> new Refusal("IMAGE_NOT_FOUND", "No uploaded image has the id " + imageId));
        List<Offer> found = Images.shown(image, catalogue.offers()).stream().filter(filter::admits).toList();
        return AopReply.success("OK", page.render(found, catalogue, language, filter));
    }
}
