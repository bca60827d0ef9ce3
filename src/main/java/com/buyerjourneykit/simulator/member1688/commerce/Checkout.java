package com.buyerjourneykit.simulator.member1688.commerce;

import com.buyerjourneykit.simulator.core.ProviderDirectory;
import com.buyerjourneykit.simulator.published.WorldPayStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Decides what the cashier offers (PAY-01..03, PAY-06): 跨境宝 only when none of the FAQ's seven
 * reasons applies, in the FAQ's order; the card always; Alipay only for the regions the catalogue lists.
 */
final class Checkout {
    private final CommerceState state;
    private final ProviderDirectory directory;

    Checkout(CommerceState state, ProviderDirectory directory) {
        this.state = state;
        this.directory = directory;
    }

    CheckoutOptions options(Order order, BuyerAccount buyer) {
        Catalogue catalogue = state.catalogue();
        boolean alipayInRegion = catalogue.alipayRegions().contains(order.quote().form().destination().countryCode());
        return CheckoutOptions.of(order, reasons(order, buyer), catalogue.fees(),
                state.monthlyVolumes().of(buyer.memberId()), alipayInRegion);
    }

    /** The 1688 ID (member id or name, as the buyer authorised it) that World Pay knows, if any. */
    Optional<String> worldPayId(BuyerAccount buyer) {
        WorldPayStatus worldPay = directory.view(WorldPayStatus.class);
        return List.of(buyer.memberId(), buyer.memberName()).stream().filter(worldPay::isAuthorisedForWorldPay).findFirst();
    }

    private List<WorldPayReason> reasons(Order order, BuyerAccount buyer) {
        OrderQuote quote = order.quote();
        List<WorldPayReason> reasons = new ArrayList<>();
        addIf(reasons, !quote.form().tradeType().isSecured(), WorldPayReason.NOT_SECURED_TRANSACTION);
        addIf(reasons, quote.hasProhibitedItems(), WorldPayReason.PROHIBITED_ITEMS);
        addIf(reasons, quote.form().redPacket().isPresent(), WorldPayReason.RED_PACKET_USED);
        addIf(reasons, !buyer.alipayBoundAndVerified() || state.outsideMainland().contains(buyer.memberId()),
                WorldPayReason.ALIPAY_NOT_MAINLAND_CHINA);
        addIf(reasons, worldPayId(buyer).isEmpty(), WorldPayReason.WORLD_PAY_NOT_ACTIVATED);
        addIf(reasons, !quote.supplier().acceptsWorldPay(), WorldPayReason.SUPPLIER_NOT_ACCEPTING_WORLD_PAY);
        addIf(reasons, quote.form().orderType() != OrderType.NORMAL, WorldPayReason.CREDIT_TERM_OR_CONTRACT_ORDER);
        return reasons;
    }

    private static void addIf(List<WorldPayReason> reasons, boolean applies, WorldPayReason reason) {
        if (applies) {
            reasons.add(reason);
        }
    }
}
