package com.buyerjourneykit.reference.sections.memberaccount;

import com.buyerjourneykit.phone.MobileNumber;
import java.util.Optional;

/**
 * A registration form that keeps every rule of REG-03: what the app sends to 1688. The slider
 * offset is how far the buyer dragged it on a track of {@link #SLIDER_TRACK} steps.
 */
public record MemberRegistration(boolean enterprise, String memberName, String password, MobileNumber mobile,
                                 int sliderOffset, Optional<String> businessLicence) {
    public static final int SLIDER_TRACK = 300;

    @Override
    public String toString() {
        return "MemberRegistration[" + (enterprise ? "enterprise" : "personal") + ", memberName=" + memberName
                + ", password=******, mobile=" + mobile + ", sliderOffset=" + sliderOffset + "]";
    }
}
