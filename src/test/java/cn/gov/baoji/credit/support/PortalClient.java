package cn.gov.baoji.credit.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * An HTTP client that behaves like a browser for the public portal in integration tests: keeps cookies (the CSRF cookie), asks for HTML, posts
 * forms url-encoded or multipart, and reads pages with a few regular expressions (no HTML parser on the test
 * class path). Not a real browser: no JavaScript, no HTML validation.
 */
public final class PortalClient {

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;

    public PortalClient(int port) {
        this.base = "http://localhost:" + port;
    }

    public Page get(String path) {
        return send(request(path).GET());
    }

    public Page send(String method, String path) {
        return send(request(path).method(method, HttpRequest.BodyPublishers.noBody()));
    }

    /** Posts the fields url-encoded, in the given order. */
    public Page post(String path, Map<String, String> fields) {
        String body = fields.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        return send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** Posts the fields and files as multipart/form-data, as a browser sends a form with a file input. */
    public Page postMultipart(String path, Map<String, String> fields, List<Upload> files) {
        String boundary = "----portal" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        fields.forEach((name, value) -> write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\""
                + name + "\"\r\n\r\n" + value + "\r\n"));
        for (Upload file : files) {
            write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + file.field()
                    + "\"; filename=\"" + file.fileName() + "\"\r\nContent-Type: " + file.contentType() + "\r\n\r\n");
            body.writeBytes(file.content());
            write(body, "\r\n");
        }
        write(body, "--" + boundary + "--\r\n");
        return send(request(path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    public Page postRaw(String path, String contentType, byte[] body) {
        return send(request(path).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                .header("Accept", "text/html,application/xhtml+xml;q=0.9,*/*;q=0.8")
                .header("Accept-Language", "en-US,en;q=0.5");
    }

    private Page send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Page(response.statusCode(), response.body(), response.headers().map());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void write(ByteArrayOutputStream body, String text) {
        body.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** A file part of a multipart form. */
    public record Upload(String field, String fileName, String contentType, byte[] content) {
    }

    /** An answer as the browser got it. */
    public record Page(int status, String body, Map<String, List<String>> headers) {

        public String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .findFirst().map(e -> e.getValue().get(0)).orElse(null);
        }

        /** The value of the form's hidden CSRF field. */
        public String csrfToken() {
            return attribute(tag("input", "name", "_csrf"), "value");
        }

        /** The opening tag of the element with the id, or null. */
        public String element(String id) {
            Matcher m = Pattern.compile("<[a-zA-Z]+\\b[^>]*\\sid=\"" + Pattern.quote(id) + "\"[^>]*>").matcher(body);
            return m.find() ? m.group() : null;
        }

        /** The text of the element with the id, tags removed and white space collapsed, or null. */
        public String text(String id) {
            Matcher m = Pattern.compile("<([a-zA-Z0-9]+)\\b[^>]*\\sid=\"" + Pattern.quote(id)
                    + "\"[^>]*>(.*?)</\\1>", Pattern.DOTALL).matcher(body);
            return m.find() ? m.group(2).replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ").strip() : null;
        }

        /** The value attribute of the input with the id ("" when it has none). */
        public String value(String id) {
            String tag = element(id);
            String value = tag == null ? null : attribute(tag, "value");
            return value == null ? "" : value;
        }

        /** The value of the selected option of the select with the id, or null. */
        public String selected(String id) {
            Matcher select = Pattern.compile("<select\\b[^>]*\\sid=\"" + Pattern.quote(id) + "\"[^>]*>(.*?)</select>",
                    Pattern.DOTALL).matcher(body);
            if (!select.find()) {
                return null;
            }
            Matcher option = Pattern.compile("<option\\b[^>]*\\sselected[^>]*>").matcher(select.group(1));
            return option.find() ? attribute(option.group(), "value") : null;
        }

        public String attribute(String tag, String name) {
            if (tag == null) {
                return null;
            }
            Matcher m = Pattern.compile("\\s" + Pattern.quote(name) + "=\"([^\"]*)\"").matcher(tag);
            return m.find() ? unescape(m.group(1)) : null;
        }

        /** Opening tags of every form control a person fills in (inputs that are not hidden, selects, textareas). */
        public List<String> formControls() {
            List<String> controls = new ArrayList<>();
            Matcher m = Pattern.compile("<(input|select|textarea)\\b[^>]*>").matcher(body);
            while (m.find()) {
                String type = attribute(m.group(), "type");
                if (!"hidden".equals(type) && !"submit".equals(type)) {
                    controls.add(m.group());
                }
            }
            return controls;
        }

        private String tag(String element, String attribute, String value) {
            Matcher m = Pattern.compile("<" + element + "\\b[^>]*\\s" + attribute + "=\"" + Pattern.quote(value)
                    + "\"[^>]*>").matcher(body);
            return m.find() ? m.group() : null;
        }

        private static String unescape(String html) {
            return html.replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<").replace("&gt;", ">")
                    .replace("&amp;", "&");
        }
    }
}
