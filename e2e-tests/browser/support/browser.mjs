// Debian's Chromium, headless, driven by playwright-core (no browser download), and what a journey needs around it:
// one context per person, screenshots, an accessibility check, and waiting that reloads as a person would.
import { mkdir, readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";

export const GATEWAY = process.env.FAKEBOOK_GATEWAY ?? "http://localhost:8080";
export const MAIL_API = process.env.FAKEBOOK_MAIL_API ?? "http://127.0.0.1:8025/api";
const CHROMIUM = process.env.CHROMIUM ?? "/usr/bin/chromium";
const SCREENSHOTS = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "target", "screenshots");
const AXE = createRequire(import.meta.url).resolve("axe-core/axe.min.js");

export async function launch() {
  await mkdir(SCREENSHOTS, { recursive: true });
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}

/** A person's own browser window: its own cookies, a desktop or a phone's screen. */
export async function openBrowser(browser, { phone = false } = {}) {
  const context = await browser.newContext(
    phone
      ? { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true }
      : { viewport: { width: 1280, height: 860 } },
  );
  context.setDefaultTimeout(20_000);
  const page = await context.newPage();
  const problems = [];
  page.on("console", (message) => {
    if (message.type() === "error" && /Content Security Policy|Refused to/.test(message.text())) {
      problems.push(message.text());
    }
  });
  page.on("pageerror", (error) => problems.push(String(error)));
  return { context, page, problems };
}

/** A full-page screenshot, named for the screen, in e2e-tests/target/screenshots/. */
export async function screenshot(page, name) {
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

/** axe-core's serious and critical violations on the page as it is now. */
export async function accessibilityViolations(page) {
  // Through the DevTools protocol: the gateway's Content-Security-Policy rightly refuses an injected script tag.
  if (!(await page.evaluate(() => "axe" in window))) {
    await page.evaluate(await readFile(AXE, "utf8"));
  }
  const results = await page.evaluate(() => window.axe.run(document, { resultTypes: ["violations"] }));
  return results.violations
    .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
    .map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(" ")).join(", ")})`);
}

/**
 * Waits for `locator` to show, reloading the page between tries: for what another service learns of through an
 * event (a profile made after sign-up, a friendship seen by the profile service), as a person would reload.
 */
export async function reloadUntilVisible(page, locator, { timeout = 90_000, each = 10_000 } = {}) {
  const deadline = Date.now() + timeout;
  for (;;) {
    try {
      await locator.first().waitFor({ state: "visible", timeout: each });
      return;
    } catch (error) {
      if (Date.now() > deadline) {
        throw error;
      }
      await page.reload();
    }
  }
}

/** Polls `probe` until it returns something, or fails after `timeout`. */
export async function eventually(probe, { timeout = 60_000, interval = 250, what = "the condition" } = {}) {
  const deadline = Date.now() + timeout;
  for (;;) {
    const value = await probe();
    if (value) {
      return value;
    }
    if (Date.now() > deadline) {
      throw new Error(`timed out waiting for ${what}`);
    }
    await new Promise((resolve) => setTimeout(resolve, interval));
  }
}
