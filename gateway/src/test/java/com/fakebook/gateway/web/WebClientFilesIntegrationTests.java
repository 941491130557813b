package com.fakebook.gateway.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fakebook.testsupport.LocalServers;
import com.fakebook.testsupport.keycloak.BrowserSession;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;

/** The web client's files as the gateway serves them (module web-client's build, on the classpath). */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@LocalServers
class WebClientFilesIntegrationTests {

    static final Pattern SCRIPT = Pattern.compile("/assets/[\\w.-]+\\.js");

    @Value("${local.server.port}")
    int port;

    final BrowserSession browser = new BrowserSession();

    @Test
    void theStartPageIsTheClientsIndexCheckedOnEveryVisit() {
        var home = browser.get(gateway("/"));

        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        assertThat(home.headers().firstValue("Cache-Control")).hasValue("no-cache");
        assertThat(home.body()).contains("<div id=\"root\"></div>");
    }

    @Test
    void theIndexHasNoInlineScriptOrStyleForTheContentSecurityPolicyToAllow() {
        var index = Jsoup.parse(browser.get(gateway("/")).body());

        assertThat(index.select("script"))
                .isNotEmpty()
                .allSatisfy(script -> assertThat(script.hasAttr("src")).isTrue());
        assertThat(index.select("style")).isEmpty();
        assertThat(index.select("[style]")).isEmpty();
    }

    @Test
    void aPageTheClientRoutesItselfGetsTheIndex() {
        var deepLink = browser.get(gateway("/people/0b6f1a4e-3c1d-4f5e-9a7b-2c8d9e0f1a2b"));

        assertThat(deepLink.statusCode()).isEqualTo(200);
        assertThat(deepLink.body()).contains("<div id=\"root\"></div>");
        assertThat(deepLink.headers().firstValue("Cache-Control")).hasValue("no-cache");
        assertThat(deepLink.headers().firstValue("Content-Security-Policy")).isPresent();
    }

    @Test
    void hashedAssetsAreKeptForAYear() {
        var script = SCRIPT.matcher(browser.get(gateway("/")).body());
        assertThat(script.find()).as("the index names its script").isTrue();

        var asset = browser.get(gateway(script.group()));

        assertThat(asset.statusCode()).isEqualTo(200);
        assertThat(asset.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).contains("javascript"));
        assertThat(asset.headers().firstValue("Cache-Control"))
                .hasValueSatisfying(cache -> assertThat(cache).contains("max-age=31536000", "immutable"));
    }

    @Test
    void aMissingFileIsNotFoundRatherThanTheIndex() {
        assertThat(browser.get(gateway("/no-such-picture.png")).statusCode()).isEqualTo(404);
        assertThat(browser.get(gateway("/assets/no-such-chunk.js")).statusCode())
                .isEqualTo(404);
    }

    @Test
    void anApiAddressIsNeverAnsweredWithThePage() {
        HttpResponse<String> api = browser.get(gateway("/api/profiles/me"));

        assertThat(api.statusCode()).isEqualTo(401);
        assertThat(api.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    }

    private URI gateway(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
