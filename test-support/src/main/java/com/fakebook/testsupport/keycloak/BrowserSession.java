package com.fakebook.testsupport.keycloak;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;

/**
 * What a browser does during a login, without the rendering: keeps cookies, follows redirects one by one (so a
 * test can stop at any of them) and fills in Keycloak's login form. Not a browser: the web client's own
 * end-to-end tests drive Chromium.
 */
public final class BrowserSession {

    private static final Duration TIMEOUT = Duration.ofSeconds(20);

    private static final String JAVA_USER_AGENT = "Java-http-client";

    private final CookieManager cookies = new LoopbackIsSecureCookieManager();
    private final HttpClient http = HttpClient.newBuilder()
            .cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(TIMEOUT)
            .build();
    private final String userAgent;

    public BrowserSession() {
        this(JAVA_USER_AGENT);
    }

    /** A browser that names itself {@code userAgent} in every request, as browsers do. */
    public BrowserSession(String userAgent) {
        this.userAgent = userAgent;
    }

    /**
     * The same browser after it was closed and opened again: it keeps only its persistent cookies (those with an
     * expiry); session cookies are gone.
     */
    public BrowserSession reopened() {
        var reopened = new BrowserSession(userAgent);
        var store = cookies.getCookieStore();
        for (var uri : store.getURIs()) {
            store.get(uri).stream()
                    .filter(cookie -> cookie.getMaxAge() > 0)
                    .forEach(cookie -> reopened.cookies.getCookieStore().add(uri, cookie));
        }
        return reopened;
    }

    public HttpResponse<String> get(URI uri) {
        return send(HttpRequest.newBuilder(uri).GET());
    }

    public HttpResponse<String> send(HttpRequest.Builder request) {
        if (!JAVA_USER_AGENT.equals(userAgent)) {
            request.setHeader("User-Agent", userAgent);
        }
        try {
            return http.send(request.timeout(TIMEOUT).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Follows redirects from {@code response} until one is not a redirect or its target matches {@code stop}. */
    public HttpResponse<String> followRedirects(HttpResponse<String> response, Predicate<URI> stop) {
        var current = response;
        for (var hops = 0; isRedirect(current); hops++) {
            if (hops == 20) {
                throw new IllegalStateException("more than 20 redirects from " + response.uri());
            }
            var target = location(current);
            if (stop.test(target)) {
                return current;
            }
            current = get(target);
        }
        return current;
    }

    public HttpResponse<String> followRedirects(HttpResponse<String> response) {
        return followRedirects(response, target -> false);
    }

    /**
     * Submits Keycloak's login form found in {@code loginPage}, as a person typing their email and password
     * would, and returns Keycloak's answer (a redirect to the client when the login succeeded).
     */
    public HttpResponse<String> submitLogin(
            HttpResponse<String> loginPage, String email, String password, boolean rememberMe) {
        var fields = new LinkedHashMap<String, String>();
        fields.put("username", email);
        fields.put("password", password);
        if (rememberMe) {
            fields.put("rememberMe", "on");
        }
        return submitForm(loginPage, "kc-form-login", fields);
    }

    /**
     * Submits the form with this id found in {@code page} (its hidden fields, and {@code fields} typed in), as a
     * person pressing its button would.
     */
    public HttpResponse<String> submitForm(HttpResponse<String> page, String formId, Map<String, String> fields) {
        var form = Jsoup.parse(page.body(), page.uri().toString()).getElementById(formId);
        if (form == null) {
            throw new IllegalStateException(
                    "no form " + formId + " at " + page.uri() + " (status " + page.statusCode() + ")");
        }
        var values = new LinkedHashMap<String, String>();
        form.select("input[type=hidden]").forEach(input -> values.put(input.attr("name"), input.val()));
        values.putAll(fields);
        return send(HttpRequest.newBuilder(URI.create(form.absUrl("action")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(formEncoded(values))));
    }

    /** Follows the link in {@code page} whose address contains {@code hrefPart}, as a person clicking it would. */
    public HttpResponse<String> clickLink(HttpResponse<String> page, String hrefPart) {
        var link = Jsoup.parse(page.body(), page.uri().toString()).select("a[href]").stream()
                .filter(anchor -> anchor.attr("href").contains(hrefPart))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no link to " + hrefPart + " at " + page.uri()));
        return get(URI.create(link.absUrl("href")));
    }

    public Optional<HttpCookie> cookie(String name) {
        return cookies.getCookieStore().getCookies().stream()
                .filter(cookie -> cookie.getName().equals(name))
                .findFirst();
    }

    /** The names of the cookies a browser would send with a request to {@code uri} (domain, path, secure). */
    public List<String> cookieNamesSentTo(URI uri) {
        try {
            return cookies.get(uri, Map.of()).getOrDefault("Cookie", List.of()).stream()
                    .flatMap(header -> Arrays.stream(header.split(";")))
                    .map(String::trim)
                    .filter(pair -> !pair.startsWith("$") && pair.contains("="))
                    .map(pair -> pair.substring(0, pair.indexOf('=')))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static boolean isRedirect(HttpResponse<?> response) {
        return response.statusCode() >= 300
                && response.statusCode() < 400
                && response.headers().firstValue("Location").isPresent();
    }

    public static URI location(HttpResponse<?> response) {
        return response.uri().resolve(response.headers().firstValue("Location").orElseThrow());
    }

    /**
     * Browsers treat {@code http://localhost} as a secure context and send it {@code Secure} cookies, which
     * Keycloak sets ({@code SameSite=None; Secure}); the JDK's cookie manager does not, so do as browsers do.
     */
    private static final class LoopbackIsSecureCookieManager extends CookieManager {

        LoopbackIsSecureCookieManager() {
            super(null, CookiePolicy.ACCEPT_ALL);
        }

        @Override
        public Map<String, List<String>> get(URI uri, Map<String, List<String>> requestHeaders) throws IOException {
            var loopback = "http".equals(uri.getScheme())
                    && ("localhost".equals(uri.getHost()) || "127.0.0.1".equals(uri.getHost()));
            return super.get(loopback ? withScheme(uri, "https") : uri, requestHeaders);
        }

        private static URI withScheme(URI uri, String scheme) {
            try {
                return new URI(scheme, uri.getRawAuthority(), uri.getRawPath(), uri.getRawQuery(), null);
            } catch (URISyntaxException e) {
                throw new IllegalArgumentException(e);
            }
        }
    }

    static String formEncoded(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
