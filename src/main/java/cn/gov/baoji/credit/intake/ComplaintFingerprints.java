package cn.gov.baoji.credit.intake;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.stereotype.Component;

/** SHA-256 of a request's canonical JSON: tells a repeated request from another one under the same key. */
@Component
class ComplaintFingerprints {

    private final ObjectMapper json;

    ComplaintFingerprints(ObjectMapper json) {
        this.json = json;
    }

    String of(Object request) {
        try {
            byte[] canonical = json.writeValueAsString(request).getBytes(StandardCharsets.UTF_8);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical));
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("A validated request always serialises", e);
        }
    }
}
