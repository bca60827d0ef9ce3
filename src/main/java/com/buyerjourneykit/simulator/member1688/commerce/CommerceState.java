package com.buyerjourneykit.simulator.member1688.commerce;

import com.buyerjourneykit.simulator.clock.VirtualClock;
import com.buyerjourneykit.simulator.member1688.Refusal;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What 1688's commerce side remembers: the catalogue (read once), uploaded images, orders and
 * reports, and per member the payment password, the monthly volume, whether its Alipay account
 * is outside Mainland China; orders whose next payment answers "unknown".
 */
final class CommerceState {
    private final Catalogue catalogue;
    private final VirtualClock clock;
    private final BuyerAccounts buyers;
    private final Images images = new Images();
    private final Orders orders = new Orders();
    private final Reports reports = new Reports();
    private final PaymentPasswords paymentPasswords = new PaymentPasswords();
    private final MonthlyVolumes monthlyVolumes = new MonthlyVolumes();
    private final Set<String> outsideMainland = ConcurrentHashMap.newKeySet();
    private final Set<String> unknownOutcomes = ConcurrentHashMap.newKeySet();

    CommerceState(Catalogue catalogue, VirtualClock clock, BuyerAccounts buyers) {
        this.catalogue = catalogue;
        this.clock = clock;
        this.buyers = buyers;
    }

    BuyerAccount buyer(String memberId) {
        return buyers.byId(memberId).orElseThrow(() -> new Refusal("MEMBER_UNKNOWN", "No 1688 member has this id"));
    }

    void forgetAll() {
        images.forgetAll();
        orders.forgetAll();
        reports.forgetAll();
        paymentPasswords.forgetAll();
        monthlyVolumes.forgetAll();
        outsideMainland.clear();
        unknownOutcomes.clear();
    }

    Catalogue catalogue() {
        return catalogue;
    }

    VirtualClock clock() {
        return clock;
    }

    Images images() {
        return images;
    }

    Orders orders() {
        return orders;
    }

    Reports reports() {
        return reports;
    }

    PaymentPasswords paymentPasswords() {
        return paymentPasswords;
    }

    MonthlyVolumes monthlyVolumes() {
        return monthlyVolumes;
    }

    Set<String> outsideMainland() {
        return outsideMainland;
    }

    Set<String> unknownOutcomes() {
        return unknownOutcomes;
    }
}
