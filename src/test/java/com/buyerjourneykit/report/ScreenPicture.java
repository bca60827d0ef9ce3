package com.buyerjourneykit.report;

/**
 * What a screenshot's bytes are, told by their first bytes: Chromium's screens are JPEG (or PNG when
 * asked, see drivers.web.PictureFormat), a browser without DevTools gives PNG.
 */
record ScreenPicture(String mediaType, String extension) {
    static final ScreenPicture PNG = new ScreenPicture("image/png", "png");
    static final ScreenPicture JPEG = new ScreenPicture("image/jpeg", "jpg");

    static ScreenPicture of(byte[] bytes) {
        boolean jpeg = bytes.length >= 3 && bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xD8 && bytes[2] == (byte) 0xFF;
        return jpeg ? JPEG : PNG;
    }

    static boolean isPicture(String mediaType) {
        return PNG.mediaType.equals(mediaType) || JPEG.mediaType.equals(mediaType);
    }
}
