package cn.gov.baoji.credit.portal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;

import org.springframework.stereotype.Component;

/**
 * Query codes: 10 characters from an alphabet without look-alikes (no 0/O, 1/I/L), about 49 bits from
 * {@link SecureRandom}. Only SHA-256 over case number, code and the server's pepper is stored; checking a code
 * always hashes and compares in constant time, whether the case has a receipt or not.
 */
@Component
class QueryCodes {

    static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    static final int LENGTH = 10;
    private static final byte[] NO_RECEIPT = new byte[32];

    private final SecureRandom random = new SecureRandom();
    private final String pepper;

    QueryCodes(PortalProperties properties) {
        this.pepper = properties.queryCodePepper();
    }

    String next() {
        StringBuilder code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /** The hash to store, as 64 hex digits. */
    String hash(String caseNumber, String code) {
        return HexFormat.of().formatHex(digest(caseNumber, code));
    }

    /** Whether the code belongs to the case; {@code storedHash} is null when the case has no receipt. */
    boolean matches(String caseNumber, String code, String storedHash) {
        byte[] expected = storedHash == null ? NO_RECEIPT : HexFormat.of().parseHex(storedHash);
        boolean equal = MessageDigest.isEqual(digest(caseNumber, code), expected);
        return equal & (storedHash != null); // no short circuit: the same work either way
    }

    /** A code as typed: spaces and hyphens dropped, lower case accepted. */
    static String normalise(String raw) {
        return raw == null ? "" : raw.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
    }

    private byte[] digest(String caseNumber, String code) {
        try {
            String input = caseNumber + "\n" + code + "\n" + pepper;
            return MessageDigest.getInstance("SHA-256").digest(input.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JRE", e);
        }
    }
}
