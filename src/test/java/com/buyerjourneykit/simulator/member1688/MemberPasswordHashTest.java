package com.buyerjourneykit.simulator.member1688;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Passwords are kept as salted PBKDF2 hashes only. */
class MemberPasswordHashTest {

    @Test
    void recognisesThePasswordAndNothingElse() {
        PasswordHash hash = PasswordHash.of("Secret-2026");
        assertThat(hash.matches("Secret-2026")).isTrue();
        assertThat(hash.matches("secret-2026")).isFalse();
        assertThat(hash.matches("")).isFalse();
    }

    @Test
    void neverShowsThePassword() {
        assertThat(PasswordHash.of("Secret-2026").toString()).doesNotContain("Secret").contains("masked");
    }
}
