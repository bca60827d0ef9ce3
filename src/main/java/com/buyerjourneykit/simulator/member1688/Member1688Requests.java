package com.buyerjourneykit.simulator.member1688;

import com.buyerjourneykit.phone.InvalidPhoneNumber;
import com.buyerjourneykit.phone.MobileNumber;
import com.buyerjourneykit.phone.PhoneNumbers;
import com.buyerjourneykit.simulator.core.Buyer;
import com.buyerjourneykit.simulator.core.FormFields;
import com.buyerjourneykit.simulator.core.ProviderRequests;
import com.buyerjourneykit.simulator.core.RequestProblem;
import com.buyerjourneykit.simulator.member1688.commerce.Commerce;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * How the core reads a 1688 open-platform call: the operation is the API name in the path
 * ({@code …/account.user.register/{appKey}}); the buyer is whoever the call names — a mobile,
 * a member name or id, a registration — known by all of those it can be traced to, so a fault
 * armed for the phone also reaches the calls that name the member.
 */
final class Member1688Requests implements ProviderRequests {
    static final Set<String> APIS = Stream.concat(Stream.of(
            "account.slider.challenge", "account.slider.verify", "account.user.register",
            "account.user.register.sms.resend", "account.user.register.confirm", "account.user.login",
            "account.alipay.verify", "account.alipay.status"), Commerce.APIS.stream()).collect(Collectors.toUnmodifiableSet());
    private static final Pattern API = Pattern.compile("/1688/openapi/param2/1/[^/]+/([^/]+)/[^/?]+");
    private final Member1688State state;

    Member1688Requests(Member1688State state) {
        this.state = state;
    }

    @Override
    public Optional<String> operation(Request request) {
        Matcher api = API.matcher(request.getUrl().split("\\?", 2)[0]);
        return api.matches() ? Optional.of(api.group(1)) : Optional.empty();
    }

    @Override
    public Set<String> operations() {
        return APIS;
    }

    @Override
    public Buyer buyer(Request request) {
        FormFields form = FormFields.decode(request.getBodyAsString());
        Set<String> keys = new HashSet<>();
        // Only mobiles the simulator stored are E.164 for sure; a member name as typed ("+60") is a key, never a phone.
        List<String> storedMobiles = new ArrayList<>();
        Optional<MobileNumber> phone = mobile(form, "countryCode", "mobile")
                .or(() -> mobile(form, "alipayCountryCode", "alipayMobile"));
        form.single("registrationId").flatMap(state.registrations()::mobileOf).ifPresent(storedMobiles::add);
        form.single("memberName").flatMap(state.members()::byName).ifPresent(member -> addMember(keys, storedMobiles, member));
        form.single("memberName").ifPresent(keys::add);
        Optional<Member> byId = form.single("memberId").flatMap(state.members()::byId);
        byId.ifPresent(member -> addMember(keys, storedMobiles, member));
        form.single("memberId").ifPresent(keys::add);
        keys.addAll(storedMobiles);
        Optional<MobileNumber> traced = phone.or(() -> storedMobiles.stream().findFirst().map(MobileNumber::new));
        if (traced.isPresent()) {
            return Buyer.withPhone(traced.get(), keys);
        }
        return Buyer.known(byId.map(Member::memberId).orElse("-"), keys);
    }

    @Override
    public String contentType() {
        return "application/x-www-form-urlencoded";
    }

    /** The gateway's own error shape, as for a bad app key: {@code {error_code, error_message}}. */
    @Override
    public ResponseDefinition refusal(RequestProblem problem) {
        String errorCode = switch (problem.status()) {
            case 413 -> "gw.RequestTooLarge";
            case 415 -> "gw.UnsupportedContentType";
            default -> "gw.MalformedRequest";
        };
        return AopReply.gatewayError(new GatewayRefusal(errorCode, problem.message()), problem.status());
    }

    private static void addMember(Set<String> keys, List<String> storedMobiles, Member member) {
        keys.add(member.memberId());
        keys.add(member.memberName());
        storedMobiles.add(member.mobile());
    }

    /** The registration form's missing country code means +86, as the form preselects it. */
    private static Optional<MobileNumber> mobile(FormFields form, String countryCodeField, String mobileField) {
        Optional<String> mobile = form.single(mobileField).filter(given -> !given.isBlank());
        if (mobile.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(PhoneNumbers.parse(form.single(countryCodeField).filter(code -> !code.isBlank())
                    .orElse(MobileFields.MAINLAND_CHINA), mobile.get()));
        } catch (InvalidPhoneNumber notAMobile) {
            return Optional.empty();
        }
    }
}
