package com.buyerjourneykit.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A screen's type is told by its bytes, so the report names JPEG and PNG screens right. */
class ScreenPictureTest {

    @Test
    void jpegBytesAreAJpeg() {
        assertThat(ScreenPicture.of(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0}))
                .isEqualTo(new ScreenPicture("image/jpeg", "jpg"));
    }

    @Test
    void pngBytesAreAPng() {
        assertThat(ScreenPicture.of(new byte[] {(byte) 0x89, 'P', 'N', 'G'})).isEqualTo(new ScreenPicture("image/png", "png"));
    }

    @Test
    void bothAreScreensButTextIsNot() {
        assertThat(ScreenPicture.isPicture("image/jpeg")).isTrue();
        assertThat(ScreenPicture.isPicture("image/png")).isTrue();
        assertThat(ScreenPicture.isPicture("text/plain")).isFalse();
    }
}
