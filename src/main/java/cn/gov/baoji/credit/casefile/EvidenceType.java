package cn.gov.baoji.credit.casefile;

import java.util.Arrays;
import java.util.Optional;

/**
 * The kinds of evidence file we accept, recognised by their first bytes rather than by the name or the
 * Content-Type a client claims.
 */
enum EvidenceType {
    PDF("application/pdf", new byte[] {'%', 'P', 'D', 'F', '-'}),
    JPEG("image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}),
    PNG("image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});

    private final String mediaType;
    private final byte[] signature;

    EvidenceType(String mediaType, byte[] signature) {
        this.mediaType = mediaType;
        this.signature = signature;
    }

    String mediaType() {
        return mediaType;
    }

    static Optional<EvidenceType> sniff(byte[] content) {
        return Arrays.stream(values())
                .filter(type -> content.length >= type.signature.length
                        && Arrays.equals(content, 0, type.signature.length, type.signature, 0, type.signature.length))
                .findFirst();
    }
}
