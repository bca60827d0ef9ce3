package com.buyerjourneykit.simulator.member1688.commerce;

import com.buyerjourneykit.catalogue.ChosenRule;
import com.buyerjourneykit.catalogue.MagicValue;
import java.util.List;

/** 1688 commerce's magic values (payment password, image search) and the rules we chose where 1688's docs are silent. */
public final class CommerceCatalogue {
    private static final String NONE = ChosenRule.NO_REQUIREMENT;

    private CommerceCatalogue() {
    }

    public static List<MagicValue> magicValues() {
        return List.of(
                new MagicValue("payment password `" + PaymentPasswords.DEFAULT + "`", "1688 cashier (`alibaba.trade.pay`)",
                        "every member's password until control sets another (`/__admin/sim/1688/payment-passwords`); "
                                + PaymentPasswords.MAX_WRONG + " wrong entries lock it"),
                new MagicValue("an uploaded image whose bytes contain an offer's `imageLabel`", "1688 image search",
                        "finds that offer (`stubs/1688/catalogue/offers.json`); no label, no results"));
    }

    public static List<ChosenRule> choices() {
        return List.of(
                new ChosenRule("Who the buyer is", "The commerce APIs name the buyer by `memberId` (the real platform uses the "
                        + "`access_token`'s owner; the simulator issues no tokens)", NONE),
                new ChosenRule("Search region", "`buyerRegion` (the destination, ISO alpha-2) is the search's region filter; "
                        + "the real imageQuery's `region` is a crop rectangle, so the name differs", "ORD-03"),
                new ChosenRule("Stock", "A per-order limit, not consumed by orders (parallel scenarios share one catalogue "
                        + "and see the same stock)", "ORD-05"),
                new ChosenRule("Carriage", "A flat fee per cross-border logistics solution (`stubs/1688/catalogue`); one "
                        + "supplier per order; at most 50 lines", "ORD-06"),
                new ChosenRule("Order types", "Credit-term and contract orders are `orderType` (independent of `tradeType`), "
                        + "so reason (g) can apply alone; `tradeType` values besides `assureTrade`: `alipay`, `bank`", "PAY-03"),
                new ChosenRule("Alipay region", "Reason (d) also applies to a member not bound to Alipay at all; the "
                        + "simulation's Alipay accounts count as registered in Mainland China unless control says otherwise",
                        "PAY-03"),
                new ChosenRule("World Pay's 1688 ID", "World Pay is authorised under the member's id or name (whichever the "
                        + "buyer typed in WorldFirst); both are asked", "PAY-03"),
                new ChosenRule("Payment methods", "Alipay is offered for CN, HK, MO, SG; the card always; a Red Packet hides "
                        + "跨境宝 only", "PAY-01"),
                new ChosenRule("Payment password", "Locks after " + PaymentPasswords.MAX_WRONG + " wrong entries until set "
                        + "again (no timed unlock); every member has `" + PaymentPasswords.DEFAULT + "` until one is set",
                        "PAY-04"),
                new ChosenRule("Service fee", "The tiers by average monthly volume (`stubs/1688/catalogue`) and half-even "
                        + "rounding of each fee to the fen", "PAY-06"),
                new ChosenRule("Order report", "Generated at once (`READY`), a snapshot, one row per order line, amounts "
                        + "in yuan", "INV-01"),
                new ChosenRule("Whole payments", "A successful payment always pays the whole order (no staged payments)",
                        "PAY-07"));
    }
}
