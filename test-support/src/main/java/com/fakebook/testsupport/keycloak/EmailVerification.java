package com.fakebook.testsupport.keycloak;

import java.net.URI;
import java.net.http.HttpResponse;
import org.jsoup.Jsoup;

/**
 * What a person does with the verification mail: opens the link in a browser and, when Keycloak asks them to
 * confirm the address ("Click here to proceed"), clicks.
 */
public final class EmailVerification {

    private EmailVerification() {}

    /** Follows the mail's link to its end; returns the last page Keycloak (or the web client) shows. */
    public static HttpResponse<String> complete(URI link) {
        var browser = new BrowserSession();
        var page = browser.followRedirects(browser.get(link));
        var proceed = Jsoup.parse(page.body(), page.uri().toString())
                .select("a[href*=action-token]")
                .first();
        return proceed == null ? page : browser.followRedirects(browser.get(URI.create(proceed.absUrl("href"))));
    }
}
