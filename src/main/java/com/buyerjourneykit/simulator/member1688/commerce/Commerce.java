package com.buyerjourneykit.simulator.member1688.commerce;

import com.buyerjourneykit.simulator.clock.VirtualClock;
import com.buyerjourneykit.simulator.core.ControlRoutes;
import com.buyerjourneykit.simulator.core.ProviderDirectory;
import com.buyerjourneykit.simulator.core.StubFiles;
import com.buyerjourneykit.simulator.member1688.Refusal;
import com.github.tomakehurst.wiremock.extension.Extension;
import java.util.List;
import java.util.Set;

/**
 * 1688's cross-border commerce (guide sections 5–6, INV-01): catalogue search, orders, the
 * cashier and the order export, as part of the 1688 provider. Reads WorldFirst only through
 * {@code WorldPayStatus} and {@code WorldPayDebits}; reads members through {@link BuyerAccounts}.
 */
public final class Commerce {
    public static final Set<String> APIS = Set.of("product.search.keywordQuery", "product.image.upload",
            "product.search.imageQuery", "product.search.queryProductDetail", "alibaba.createOrder.preview",
            "alibaba.trade.createCrossOrder", "alibaba.trade.get.buyerView", "alibaba.trade.getBuyerOrderList",
            "alibaba.trade.payWay.query",
            "alibaba.trade.pay", "alibaba.trade.order.export.create", "alibaba.trade.order.export.download");
    static final String CATALOGUE_FILE = "catalogue/offers.json";
    private final CommerceState state;
    private final Checkout checkout;
    private final Cashier cashier;

    public Commerce(VirtualClock clock, StubFiles stubs, ProviderDirectory directory, BuyerAccounts buyers) {
        Catalogue catalogue = CatalogueReader.read(stubs.read("1688", CATALOGUE_FILE)
                .orElseThrow(() -> new IllegalStateException("stubs/1688/" + CATALOGUE_FILE + " is missing")));
        this.state = new CommerceState(catalogue, clock, buyers);
        this.checkout = new Checkout(state, directory);
        this.cashier = new Cashier(state, checkout, directory);
    }

    public List<Extension> extensions() {
        return List.of(new KeywordQuery(state), new ImageUpload(state), new ImageQuery(state), new ProductDetail(state),
                new OrderPreview(state), new CreateCrossOrder(state), new BuyerView(state), new BuyerOrderList(state),
                new PayWayQuery(state, checkout), new TradePay(state, cashier),
                new ExportCreate(state), new ExportDownload(state));
    }

    public void contributeControlRoutes(ControlRoutes routes) {
        routes.post("/payment-passwords", new SetPaymentPassword(state));
        routes.post("/order-states", new SetOrderStatus(state));
        routes.post("/monthly-volumes", new SetMonthlyVolume(state));
        routes.post("/alipay-regions", new SetAlipayRegion(state));
        routes.post("/unknown-payments", new ArmUnknownPayment(state));
        routes.post("/orders", new SeedOrder(state));
    }

    public void forgetAll() {
        state.forgetAll();
    }

    static Refusal offerNotFound(String offerId) {
        return new Refusal("OFFER_NOT_FOUND", "No offer has the id " + offerId);
    }
}
