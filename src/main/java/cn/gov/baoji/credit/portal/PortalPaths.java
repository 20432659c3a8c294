package cn.gov.baoji.credit.portal;

import java.util.List;

/** The paths of the public portal: its pages and its static files. Everything else is not ours. */
final class PortalPaths {

    static final List<String> PATTERNS = List.of("/", "/complaints/**", "/status/**", "/lists/**", "/portal/**");
    private static final List<String> PREFIXES = List.of("/complaints", "/status", "/lists", "/portal");

    private PortalPaths() {
    }

    /** Whether the path (without the context path) belongs to the portal. */
    static boolean matches(String path) {
        if (path == null) {
            return false;
        }
        return path.equals("/") || PREFIXES.stream().anyMatch(p -> path.equals(p) || path.startsWith(p + "/"));
    }
}
