package com.buyerjourneykit.simulator.member1688.commerce;

import com.buyerjourneykit.simulator.member1688.AopReply;
import com.buyerjourneykit.simulator.member1688.AopRequest;
import com.buyerjourneykit.simulator.member1688.AopTransformer;
import com.buyerjourneykit.simulator.member1688.InvalidParameter;
import com.buyerjourneykit.simulator.SimulatorJson;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * {@code product.image.upload} (ORD-02 by image): {@code uploadImageParam {imageBase64}} →
 * {@code result.result = imageId}. The image must be PNG, JPEG, GIF or WebP (by its first bytes).
 */
final class ImageUpload extends AopTransformer {
    static final String NAME = "1688-product-image-upload";
    private static final String FIELD = "uploadImageParam.imageBase64";
    private final CommerceState state;

    ImageUpload(CommerceState state) {
        super(NAME);
        this.state = state;
    }

    @Override
    protected ResponseDefinition answer(AopRequest request) {
        byte[] image = decode(ParamObject.of(request, "uploadImageParam").requiredText("imageBase64"));
        if (!ImageFormat.isImage(image)) {
            throw new InvalidParameter(FIELD, "image-format", FIELD + " must be a PNG, JPEG, GIF or WebP image");
        }
        String imageId = state.images().add(new String(image, StandardCharsets.ISO_8859_1));
        return AopReply.success("OK", SimulatorJson.object().put("result", imageId));
    }

    private static byte[] decode(String base64) {
        try {
            return Base64.getDecoder().decode(base64.replaceFirst("^data:image/[a-z]+;base64,", ""));
        } catch (IllegalArgumentException notBase64) {
            throw new InvalidParameter(FIELD, "base64", FIELD + " must be the image in Base64");
        }
    }
}
