package com.buyerjourneykit.reference.sections.memberaccount;

import com.buyerjourneykit.phone.MobileNumber;
import java.util.Optional;

/** What the journey needs from 1688 to register, sign in and verify a member; implemented in providers. */
public interface MemberAccounts {

    /** 请按住滑块，拖动到最右边: a new slider dragged {@code offset} of {@link MemberRegistration#SLIDER_TRACK}; its token once it reached the end. */
    Optional<String> solveSlider(int offset);

    /** 同意并注册: sends the 校验码; nothing is registered yet. */
    RegistrationOutcome register(MemberRegistration registration, String sliderToken);

    /** 重发: a new 校验码 for a registration once the countdown is over. */
    RegistrationOutcome resendCode(String registrationId);

    /** 提交: the 校验码 creates the member. */
    MemberCodeCheck confirm(String registrationId, String code);

    /** An existing member signing in; empty when the name or password is wrong. */
    Optional<SignedInMember> signIn(MemberLogin login);

    /** 支付宝账户管理 → 现在去认证 with the Alipay personal account of {@code alipayMobile}. */
    AlipayVerification verifyWithAlipay(String memberId, MobileNumber alipayMobile);
}
