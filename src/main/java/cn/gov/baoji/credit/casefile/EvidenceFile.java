package cn.gov.baoji.credit.casefile;

import java.util.ArrayList;
import java.util.List;

import cn.gov.baoji.credit.api.FieldProblem;
import org.springframework.util.StringUtils;

/**
 * A file someone offers as evidence, not yet checked: a cleaned file name (no path, no control characters, at
 * most 255 characters) and the content. {@link #problems} tells whether {@link EvidenceStore#add} will take it.
 */
public record EvidenceFile(String name, byte[] content) {

    /** At most 10 MB per file. */
    public static final long MAX_BYTES = 10L * 1024 * 1024;

    /**
     * A file as uploaded: the name the client gave is cleaned; without a usable one it is called
     * {@code evidence-<index+1>}.
     */
    public static EvidenceFile of(String originalName, int index, byte[] content) {
        String name = StringUtils.getFilename(StringUtils.cleanPath(String.valueOf(originalName)));
        name = name == null ? "" : name.replaceAll("[\\p{Cntrl}\\\\/]", "").strip();
        if (name.isEmpty() || name.equals("null")) {
            name = "evidence-" + (index + 1);
        }
        return new EvidenceFile(name.length() > 255 ? name.substring(name.length() - 255) : name, content);
    }

    /** Hex SHA-256 of the content: how a store recognises the same file offered twice. */
    public String sha256() {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(content));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JRE", e);
        }
    }

    /** The media type the content shows (PDF, JPEG or PNG), if it is one we accept. */
    public java.util.Optional<String> mediaType() {
        return EvidenceType.sniff(content).map(EvidenceType::mediaType);
    }

    /**
     * Every problem of a batch, field {@code file[i]} with code {@code empty}, {@code size} (over 10 MB) or
     * {@code type} (not PDF, JPEG or PNG by its content); empty when every file may be stored.
     */
    public static List<FieldProblem> problems(List<EvidenceFile> files) {
        List<FieldProblem> problems = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            byte[] content = files.get(i).content();
            String field = "file[" + i + "]";
            if (content.length == 0) {
                problems.add(new FieldProblem(field, "empty", "the file is empty"));
            } else if (content.length > MAX_BYTES) {
                problems.add(new FieldProblem(field, "size", "a file may have at most 10 MB"));
            } else if (EvidenceType.sniff(content).isEmpty()) {
                problems.add(new FieldProblem(field, "type", "only PDF, JPEG and PNG files are accepted"));
            }
        }
        return problems;
    }
}
