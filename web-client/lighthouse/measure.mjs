// Lighthouse figures of the web client as the gateway serves it (deploy/local/up), in Debian's Chromium:
// performance (first contentful paint, largest contentful paint, time to interactive, total blocking time) and
// the accessibility score, for the welcome page and, logged in as a throwaway account made for the run (signed up,
// verified through the development mail server, deleted at the end), home, chats and settings.
//
//   cd web-client/lighthouse && npm ci && npm run measure          (medians of RUNS runs per page are printed)
//
// Environment: FAKEBOOK_GATEWAY (http://localhost:8080), FAKEBOOK_MAIL_API (http://127.0.0.1:8025/api),
// CHROME_PATH (/usr/bin/chromium), RUNS (5), PAGES (the logged-in pages: /,/messages,/settings), SHOW_LCP (prints
// each run's largest contentful paint element).
import { launch } from "chrome-launcher";
import lighthouse from "lighthouse";
import puppeteer from "puppeteer-core";

const GATEWAY = process.env.FAKEBOOK_GATEWAY ?? "http://localhost:8080";
const MAIL_API = process.env.FAKEBOOK_MAIL_API ?? "http://127.0.0.1:8025/api";
const CHROME_PATH = process.env.CHROME_PATH ?? "/usr/bin/chromium";
const RUNS = Number(process.env.RUNS ?? 5);

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

async function until(probe, what, timeout = 60_000) {
  const deadline = Date.now() + timeout;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

/** The first link in the newest mail to `address` whose subject has `subject` (GreenMail's API). */
async function mailLink(address, subject) {
  return until(async () => {
    const response = await fetch(`${MAIL_API}/user/${encodeURIComponent(address)}/messages/`);
    if (!response.ok) return undefined;
    const mail = (await response.json()).find((message) => message.subject.includes(subject));
    if (!mail) return undefined;
    const text = Buffer.from(
      mail.mimeMessage.replace(/=\r?\n/g, "").replace(/=([0-9A-F]{2})/g, (_, hex) => String.fromCharCode(parseInt(hex, 16))),
      "latin1",
    ).toString("utf8");
    return text.match(/https?:\/\/[^\s"<>]+/)?.[0]?.replace(/&amp;/g, "&");
  }, `a mail '${subject}' to ${address}`);
}

/** Signs a throwaway account up and verifies it, in the browser Lighthouse then uses. */
async function signUp(page, person) {
  await page.goto(`${GATEWAY}/signup`, { waitUntil: "networkidle0" });
  await page.locator("::-p-aria(Your name)").fill(person.name);
  await page.locator("::-p-aria(Email)").fill(person.email);
  await page.locator("::-p-aria(New password)").fill(person.password);
  await page.locator("::-p-aria(Sign up[role=\"button\"])").click();
  await page.waitForFunction(() => document.body.innerText.includes("Check your email"));
  await page.goto(await mailLink(person.email, "Verify"), { waitUntil: "networkidle0" });
  const proceed = await page.$("a[href*=action-token]");
  if (proceed) {
    await Promise.all([page.waitForNavigation({ waitUntil: "networkidle0" }), proceed.click()]);
  }
}

/** Logs in on Keycloak's page, through the gateway. */
async function logIn(page, person) {
  await page.goto(`${GATEWAY}/oauth2/authorization/keycloak`, { waitUntil: "networkidle0" });
  await page.type("#username", person.email);
  await page.type("#password", person.password);
  // A logged-in page keeps its chat socket and notification stream open: the network never goes idle.
  await Promise.all([page.waitForNavigation({ waitUntil: "load" }), page.click("#kc-login")]);
  await until(async () => (await page.evaluate(() => fetch("/api/auth/me").then((r) => r.status))) === 200, "the login");
}

/** Deletes the account; that needs a recent login, so it logs out and in again first. */
async function deleteAccount(page, person) {
  await page.goto(`${GATEWAY}/settings`, { waitUntil: "load" });
  await page.locator("::-p-aria(Log out[role=\"button\"])").click();
  await page.waitForFunction(() => document.body.innerText.includes("Welcome to Fakebook"));
  await logIn(page, person);
  await page.goto(`${GATEWAY}/settings`, { waitUntil: "load" });
  await page.locator("::-p-aria(Type your email to confirm)").fill(person.email);
  await page.locator("::-p-aria(Delete my account[role=\"button\"])").click();
  await page.waitForFunction(() => document.body.innerText.includes("Welcome to Fakebook"));
}

async function measure(port, url) {
  const runs = [];
  for (let run = 0; run < RUNS; run += 1) {
    const result = await lighthouse(
      url,
      { port, output: "json", logLevel: "error", disableStorageReset: true, onlyCategories: ["performance", "accessibility"] },
      {
        extends: "lighthouse:default",
        // Localhost on one machine: measured as it is, without simulated mobile network or CPU slowdown.
        settings: { formFactor: "desktop", screenEmulation: { disabled: true }, throttlingMethod: "provided" },
      },
    );
    const { audits, categories } = result.lhr;
    if (process.env.SHOW_LCP) {
      console.log(url, JSON.stringify(audits["largest-contentful-paint-element"].details?.items?.[0]?.items?.[0]?.node));
    }
    runs.push({
      fcp: audits["first-contentful-paint"].numericValue,
      lcp: audits["largest-contentful-paint"].numericValue,
      tti: audits.interactive.numericValue,
      tbt: audits["total-blocking-time"].numericValue,
      performance: categories.performance.score * 100,
      accessibility: categories.accessibility.score * 100,
    });
  }
  const of = (key) => median(runs.map((run) => run[key]));
  return {
    page: url.replace(GATEWAY, "") || "/",
    "FCP ms": Math.round(of("fcp")),
    "LCP ms": Math.round(of("lcp")),
    "TTI ms": Math.round(of("tti")),
    "TBT ms": Math.round(of("tbt")),
    performance: Math.round(of("performance")),
    accessibility: Math.round(of("accessibility")),
  };
}

const chrome = await launch({
  chromePath: CHROME_PATH,
  chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"],
});
const browser = await puppeteer.connect({ browserURL: `http://127.0.0.1:${chrome.port}`, defaultViewport: null });
const stamp = `${Date.now()}`;
const person = { name: "Lia Lighthouse", email: `lighthouse-${stamp}@fakebook.test`, password: "Lighthouse's-long-passphrase" };
const rows = [];
let page;
try {
  const pages = (process.env.PAGES ?? "/,/messages,/settings").split(",");
  rows.push(await measure(chrome.port, `${GATEWAY}/`));
  page = (await browser.pages())[0] ?? (await browser.newPage());
  await (async () => {
    await signUp(page, person);
    await logIn(page, person);
  })().catch(async (error) => {
    await page.screenshot({ path: "/tmp/lighthouse-login-failed.png" }).catch(() => {});
    throw error;
  });
  for (const path of pages) {
    rows.push(await measure(chrome.port, `${GATEWAY}${path}`));
  }
  console.log(`medians of ${RUNS} runs each; the first row logged out, the others logged in`);
  console.table(rows);
} finally {
  if (page) await deleteAccount(page, person).catch((error) => console.error("could not delete the account:", error.message));
  await browser.disconnect();
  chrome.kill();
}
