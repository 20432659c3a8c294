package cn.gov.baoji.credit.shared;

/** The masking rule for a natural person's name wherever it would otherwise be shown or stored outside intake. */
public final class PersonNames {

    private PersonNames() {
    }

    /** The first character kept, every other masked: {@code 张三丰} becomes {@code 张**}. */
    public static String mask(String name) {
        if (name == null || name.isEmpty()) {
            return name;
        }
        int first = name.offsetByCodePoints(0, 1);
        return name.substring(0, first) + "*".repeat(Math.max(1, name.codePointCount(first, name.length())));
    }
}
