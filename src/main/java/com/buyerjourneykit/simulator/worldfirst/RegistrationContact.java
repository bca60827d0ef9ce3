package com.buyerjourneykit.simulator.worldfirst;

import com.buyerjourneykit.phone.MobileNumber;
import java.util.Optional;

/** The contact a registration gives, and where its code goes: the mobile, or the e-mail when asked. */
record RegistrationContact(MobileNumber mobile, String email, CodeChannel channel) {

    static RegistrationContact read(WorldFirstRequest request) {
        MobileNumber mobile = ContactFields.mobile(request);
        Optional<String> email = ContactFields.email(request);
        CodeChannel channel = CodeChannel.read(request);
        if (channel == CodeChannel.EMAIL && email.isEmpty()) {
            throw new InvalidField("email", "required-for-email-code", "email is required when the code goes by e-mail");
        }
        return new RegistrationContact(mobile, email.orElse(null), channel);
    }

    String codeDestination() {
        return channel == CodeChannel.EMAIL ? email : mobile.e164();
    }

    String maskedDestination() {
        return channel == CodeChannel.EMAIL ? Masks.email(email) : mobile.masked();
    }
}
