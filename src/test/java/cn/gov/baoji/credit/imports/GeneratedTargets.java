package cn.gov.baoji.credit.imports;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Random;

import cn.gov.baoji.credit.shared.TestIdentifiers;

/**
 * A CSV body of {@code rows} national targets, generated row by row as it is read: the test never holds it
 * whole. Row i is the same on every run with the same prefix (its credit code comes from a seed of its own),
 * so that sending it again is a re-import. Counts the bytes served, so a test can see how far a reader got.
 */
final class GeneratedTargets extends InputStream {

    static final String HEADER = "originEntryId,source,listType,subjectType,name,creditCode,legalRepresentative,"
            + "designatingAuthority,basis,decisionDate,validUntil,withdrawn\r\n";
    /** About 1 KB of UTF-8 per row: the 10,000-row body is about 10 MB. */
    private static final String BASIS = "组织刷单炒信，虚构交易、编造用户评价，经全国电子商务领域炒信行为联合惩戒工作认定。".repeat(8);

    private final String prefix;
    private final int rows;
    private byte[] current = HEADER.getBytes(StandardCharsets.UTF_8);
    private int position;
    private int next;
    private long served;

    GeneratedTargets(String prefix, int rows) {
        this.prefix = prefix;
        this.rows = rows;
    }

    static String creditCode(String prefix, int row) {
        return TestIdentifiers.creditCode(new Random(prefix.hashCode() * 100_003L + row));
    }

    static String originEntryId(String prefix, int row) {
        return prefix + "-" + row;
    }

    @Override
    public int read() {
        if (!fill()) {
            return -1;
        }
        served++;
        return current[position++] & 0xff;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) {
        if (length == 0) {
            return 0;
        }
        if (!fill()) {
            return -1;
        }
        int n = Math.min(length, current.length - position);
        System.arraycopy(current, position, buffer, offset, n);
        position += n;
        served += n;
        return n;
    }

    long served() {
        return served;
    }

    private boolean fill() {
        while (position == current.length) {
            if (next == rows) {
                return false;
            }
            current = row(next++).getBytes(StandardCharsets.UTF_8);
            position = 0;
        }
        return true;
    }

    private String row(int i) {
        return String.join(",", originEntryId(prefix, i), "NATIONAL", "CHAOXIN_BLACKLIST", "ENTERPRISE",
                "\"全国炒信对象 " + i + " 号, 有限公司\"", creditCode(prefix, i), "法人" + i,
                "国家发展改革委", "\"" + BASIS + i + "\"", "2025-06-01", "2028-05-31", "false") + "\r\n";
    }
}
