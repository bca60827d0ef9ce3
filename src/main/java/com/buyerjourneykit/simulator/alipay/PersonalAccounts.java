package com.buyerjourneykit.simulator.alipay;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

/**
 * The Alipay personal accounts, keyed by the buyer's E.164 mobile. Other providers never see
 * them; they ask {@code AlipayAccountStatus}, which {@link AlipayProvider} publishes.
 * A step is checked and recorded in one atomic update, so a refused call leaves the account as it was.
 */
final class PersonalAccounts {
    private final Map<String, PersonalAccount> byMobile = new ConcurrentHashMap<>();

    AccountStatus statusOf(String e164) {
        return find(e164).status();
    }

    /** Seed data for the harness: a complete account, as if the buyer had done every step. */
    void seedComplete(String e164) {
        byMobile.put(e164, PersonalAccount.none(e164).reaching(AccountStatus.COMPLETED));
    }

    void forgetAll() {
        byMobile.clear();
    }

    PersonalAccount find(String e164) {
        PersonalAccount account = byMobile.get(e164);
        return account == null ? PersonalAccount.none(e164) : account;
    }

    /** Records a step that brings the account to {@code reached}, if the step before it is done. */
    AccountAdvance advance(String e164, AccountStatus reached, UnaryOperator<PersonalAccount> record) {
        AccountAdvance[] answer = new AccountAdvance[1];
        byMobile.compute(e164, (key, current) -> {
            PersonalAccount account = current == null ? PersonalAccount.none(e164) : current;
            if (!account.status().mayReach(reached)) {
                answer[0] = AccountAdvance.outOfOrder(account.status().nextStep());
                return current;
            }
            PersonalAccount updated = record.apply(account).reaching(reached);
            answer[0] = AccountAdvance.done(updated);
            return updated;
        });
        return answer[0];
    }
}
