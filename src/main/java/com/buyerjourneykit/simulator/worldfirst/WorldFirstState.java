package com.buyerjourneykit.simulator.worldfirst;

import com.buyerjourneykit.simulator.clock.VirtualClock;
import com.buyerjourneykit.simulator.core.ProviderDirectory;
import com.buyerjourneykit.simulator.core.SharedServices;
import com.buyerjourneykit.simulator.published.Member1688Status;
import java.security.PrivateKey;

/**
 * What the simulated WorldFirst remembers. Its reset forgets buyers (accounts, links, money, rates
 * set, notifications) but
 * keeps the clients, their keys and notify URLs, which are set-up rather than scenario state.
 */
final class WorldFirstState {
    private final VirtualClock clock;
    private final Clients clients = new Clients();
    private final WorldAccounts accounts = new WorldAccounts();
    private final Links links;
    private final AlipayInternationalLinks alipayInternational = new AlipayInternationalLinks();
    private final Authorisations authorisations = new Authorisations();
    private final Idempotency idempotency = new Idempotency();
    private final ReceivingAccounts receivingAccounts = new ReceivingAccounts();
    private final Balances balances = new Balances();
    private final Rates rates = new Rates();
    private final Quotes quotes = new Quotes();
    private final Conversions conversions = new Conversions(balances);
    private final ConvertOutcomes convertOutcomes = new ConvertOutcomes();
    private final Notifications notifications;
    private final VerificationCodes registrationCodes;
    private final AuthorisationCodes authorisationCodes;
    private final Eligibility eligibility;
    private final DebitFaults debitFaults = new DebitFaults();
    private final WorldPayDebitDesk worldPayDebits;

    WorldFirstState(SharedServices shared, ProviderDirectory directory, PrivateKey simulatorKey) {
        this.clock = shared.clock();
        this.notifications = new Notifications(new NotificationSender(clients, simulatorKey, clock), clock);
        this.registrationCodes = new VerificationCodes(shared.oneTimeCodes(VerificationCodes.RULES), shared.sms());
        this.authorisationCodes = new AuthorisationCodes(
                new VerificationCodes(shared.oneTimeCodes(VerificationCodes.RULES), shared.sms()));
        this.links = new Links(id -> directory.view(Member1688Status.class).memberIdOf(id));
        this.eligibility = new Eligibility(directory, alipayInternational, links);
        this.worldPayDebits = new WorldPayDebitDesk(links, balances, debitFaults);
    }

    void forgetAll() {
        accounts.forgetAll();
        links.forgetAll();
        alipayInternational.forgetAll();
        authorisations.forgetAll();
        idempotency.forgetAll();
        receivingAccounts.forgetAll();
        balances.forgetAll();
        rates.forgetAll();
        quotes.forgetAll();
        conversions.forgetAll();
        convertOutcomes.forgetAll();
        notifications.forgetAll();
        worldPayDebits.forgetAll();
    }

    WorldPayDebitDesk worldPayDebits() {
        return worldPayDebits;
    }

    DebitFaults debitFaults() {
        return debitFaults;
    }

    VirtualClock clock() {
        return clock;
    }

    Clients clients() {
        return clients;
    }

    WorldAccounts accounts() {
        return accounts;
    }

    Links links() {
        return links;
    }

    AlipayInternationalLinks alipayInternational() {
        return alipayInternational;
    }

    Authorisations authorisations() {
        return authorisations;
    }

    Idempotency idempotency() {
        return idempotency;
    }

    VerificationCodes registrationCodes() {
        return registrationCodes;
    }

    AuthorisationCodes authorisationCodes() {
        return authorisationCodes;
    }

    Eligibility eligibility() {
        return eligibility;
    }

    ReceivingAccounts receivingAccounts() {
        return receivingAccounts;
    }

    Balances balances() {
        return balances;
    }

    Rates rates() {
        return rates;
    }

    Quotes quotes() {
        return quotes;
    }

    Conversions conversions() {
        return conversions;
    }

    ConvertOutcomes convertOutcomes() {
        return convertOutcomes;
    }

    Notifications notifications() {
        return notifications;
    }
}
