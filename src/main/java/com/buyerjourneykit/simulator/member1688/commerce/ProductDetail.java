package com.buyerjourneykit.simulator.member1688.commerce;

import com.buyerjourneykit.simulator.member1688.AopReply;
import com.buyerjourneykit.simulator.member1688.AopRequest;
import com.buyerjourneykit.simulator.member1688.AopTransformer;
import com.buyerjourneykit.simulator.member1688.InvalidParameter;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import java.util.Optional;

/**
 * {@code product.search.queryProductDetail} (ORD-02 by link, ORD-04, ORD-05):
 * {@code offerDetailParam {offerId | productLink, country?, buyerRegion?}} → the product page:
 * tiers, variants with stock, ship-from, return terms, supplier (联系方式), and whether it is
 * sold to the buyer's region.
 */
final class ProductDetail extends AopTransformer {
    static final String NAME = "1688-product-detail";
    private final CommerceState state;

    ProductDetail(CommerceState state) {
        super(NAME);
        this.state = state;
    }

    @Override
    protected ResponseDefinition answer(AopRequest request) {
        ParamObject param = ParamObject.of(request, "offerDetailParam");
        String offerId = offerId(param);
        Language language = Language.of(param.text("country"), param.name("country"));
        Optional<String> region = param.region("buyerRegion");
        Catalogue catalogue = state.catalogue();
        Offer offer = catalogue.offer(offerId).orElseThrow(() -> Commerce.offerNotFound(offerId));
        return AopReply.success("OK", OfferJson.detail(catalogue, offer, language, region));
    }

    private static String offerId(ParamObject param) {
        Optional<String> offerId = param.text("offerId");
        Optional<String> link = param.text("productLink");
        if (offerId.isPresent() == link.isPresent()) {
            throw new InvalidParameter(param.name("offerId"), "offer-id-or-link",
                    "give exactly one of offerDetailParam.offerId or offerDetailParam.productLink");
        }
        return offerId.isPresent() ? OfferLinks.offerIdOf(offerId.get(), param.name("offerId"))
                : OfferLinks.offerIdOf(link.get(), param.name("productLink"));
    }
}
