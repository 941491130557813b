// Two new people, each in their own browser, as they use Fakebook: sign up, verify the address by the mail's
// link, log in on Keycloak's page, find each other, become friends, tune who sees a part of the profile and see
// the effect from the other side, look at every screen, log out and back in, and finally delete their accounts.
// Against the whole system as deploy/local/up runs it; screenshots of each screen in e2e-tests/target/screenshots/.
import assert from "node:assert/strict";
import { randomInt } from "node:crypto";
import { after, before, test } from "node:test";
import {
  accessibilityViolations,
  GATEWAY,
  launch,
  openBrowser,
  reloadUntilVisible,
  screenshot,
} from "../support/browser.mjs";
import { awaitLink } from "../support/mail.mjs";

const LETTERS = "abcdefghijklmnopqrstuvwxyz";
const surname = (length = 8) =>
  Array.from({ length }, (_, index) => {
    const letter = LETTERS[randomInt(LETTERS.length)];
    return index === 0 ? letter.toUpperCase() : letter;
  }).join("");

const run = `${Date.now()}-${randomInt(1e6)}`;
const ana = { name: `Ana ${surname()}`, email: `web-${run}-ana@fakebook.test`, password: "Ana's-long-passphrase" };
const ben = { name: `Ben ${surname()}`, email: `web-${run}-ben@fakebook.test`, password: "Ben's-long-passphrase" };

let browser;
const violations = [];
let broken;

/** A step of the journey: once one failed, the later ones fail at once, naming it (no point going on). */
function step(name, body) {
  test(name, async () => {
    if (broken) {
      assert.fail(`not tried: "${broken}" failed`);
    }
    try {
      await body();
    } catch (error) {
      broken = name;
      for (const person of [ana, ben]) {
        if (person.window) {
          await screenshot(person.window.page, `failed-${person.name.split(" ")[0].toLowerCase()}`).catch(() => {});
        }
      }
      throw error;
    }
  });
}

/** The screen once loaded: a screenshot, and axe-core's check. */
async function check(page, screen) {
  await page.waitForFunction(() => !document.querySelector("[data-loading]"));
  await screenshot(page, screen);
  for (const violation of await accessibilityViolations(page)) {
    violations.push(`${screen}: ${violation}`);
  }
}

before(async () => {
  browser = await launch();
  ana.window = await openBrowser(browser);
  ben.window = await openBrowser(browser, { phone: true });
});

after(async () => {
  await browser?.close();
});

async function signUp(person, { screens = false } = {}) {
  const { page } = person.window;
  await page.goto(GATEWAY);
  await page.getByRole("heading", { name: "Welcome to Fakebook" }).waitFor();
  if (screens) await check(page, "01-welcome");
  await page.getByRole("link", { name: "Create new account" }).click();
  await page.getByLabel("Your name").fill(person.name);
  await page.getByLabel("Email").fill(person.email);
  await page.getByLabel("New password").fill("too short");
  await page.getByRole("button", { name: "Sign up" }).click();
  await page.getByText("must be 12 to 128 characters long").waitFor();
  if (screens) await check(page, "02-sign-up-with-an-error");
  await page.getByLabel("New password").fill(person.password);
  await page.getByRole("button", { name: "Sign up" }).click();
  await page.getByRole("heading", { name: "Check your email" }).waitFor();
  if (screens) await check(page, "03-check-your-email");
}

async function verify(person, { screens = false } = {}) {
  const { page } = person.window;
  await page.goto(await awaitLink(person.email, "Verify"));
  const proceed = page.locator("a[href*=action-token]");
  if (await proceed.count()) {
    await proceed.first().click();
  }
  await page.getByText("Your account has been updated").waitFor();
  if (screens) await screenshot(page, "04-email-verified");
}

async function logIn(person, { screens = false } = {}) {
  const { page } = person.window;
  await page.goto(GATEWAY);
  await page.getByRole("link", { name: "Log in" }).first().click();
  await page.locator("#username").waitFor();
  if (screens) await screenshot(page, "05-log-in");
  await page.locator("#username").fill(person.email);
  await page.locator("#password").fill(person.password);
  await page.locator("#kc-login").click();
  await page.waitForURL(`${GATEWAY}/**`);
  await reloadUntilVisible(page, page.getByRole("heading", { name: `Welcome, ${person.name.split(" ")[0]}` }));
}

step("two new people sign up, verify their addresses and log in", async () => {
  await signUp(ana, { screens: true });
  await signUp(ben);
  await verify(ana, { screens: true });
  await verify(ben);
  await logIn(ana, { screens: true });
  await check(ana.window.page, "06-home");
  await logIn(ben);
  await check(ben.window.page, "06-home-phone");
});

step("the browser holds no token: the session cookie is HttpOnly, no script can read a token", async () => {
  const { page } = ana.window;
  const storage = await page.evaluate(() => ({
    cookies: document.cookie,
    local: Object.keys(localStorage),
    session: Object.keys(sessionStorage),
  }));
  assert.deepEqual(storage.local, []);
  assert.deepEqual(storage.session, []);
  assert.deepEqual(
    storage.cookies.split("; ").map((cookie) => cookie.split("=")[0]),
    ["XSRF-TOKEN"],
  );
});

step("Ana finds Ben by name and asks him to be her friend", async () => {
  const { page } = ana.window;
  const search = page.getByRole("searchbox", { name: "Search Fakebook" });
  await search.fill(ben.name.split(" ")[1]);
  await search.press("Enter");
  await reloadUntilVisible(page, page.getByRole("link", { name: ben.name }));
  await check(page, "07-search");
  await page.getByRole("link", { name: ben.name }).click();
  await page.getByRole("heading", { name: ben.name }).waitFor();
  ben.id = page.url().split("/people/")[1];
  await page.getByRole("button", { name: "Add friend" }).click();
  await page.getByRole("button", { name: "Cancel request" }).waitFor();
  await check(page, "08-someones-profile");
});

step("Ben confirms Ana's request, and they are friends", async () => {
  const { page } = ben.window;
  await page.goto(`${GATEWAY}/friends`);
  const requests = page.getByRole("list", { name: "Friend requests" });
  await reloadUntilVisible(page, requests.getByRole("link", { name: ana.name }));
  await check(page, "09-friend-requests-phone");
  await requests.getByRole("button", { name: "Confirm" }).click();
  await page.getByText("No friend requests").waitFor();
  await page.getByRole("link", { name: "All friends" }).click();
  await page.getByRole("list", { name: "Friends" }).getByRole("link", { name: ana.name }).waitFor();
  await check(page, "10-friends-phone");

  await ana.window.page.reload();
  await ana.window.page.getByRole("button", { name: "Unfriend" }).waitFor();
});

step("Ben shows his work to friends only, then to himself only: Ana sees it, then does not", async () => {
  const { page } = ben.window;
  await page.goto(`${GATEWAY}/profile`);
  await page.getByRole("button", { name: "Edit profile" }).click();
  const form = page.getByRole("form", { name: "Edit profile" });
  await form.getByLabel("Work", { exact: true }).fill("Lighthouse keeper <img src=x onerror=alert(1)>");
  await form.getByLabel("Who sees your work").selectOption("FRIENDS");
  await form.getByLabel("Bio", { exact: true }).fill("Keeps the light on.");
  await check(page, "11-edit-profile-phone");
  await form.getByRole("button", { name: "Save" }).click();
  await page.getByRole("form", { name: "Edit profile" }).waitFor({ state: "detached" });
  await page.getByText("Lighthouse keeper <img src=x onerror=alert(1)>").first().waitFor();
  await check(page, "12-my-profile-phone");

  const anaPage = ana.window.page;
  await anaPage.goto(`${GATEWAY}/people/${ben.id}`);
  await reloadUntilVisible(anaPage, anaPage.getByText("Lighthouse keeper <img src=x onerror=alert(1)>"));
  assert.equal(await anaPage.locator("img[src=x]").count(), 0, "user content is shown as text");

  await page.getByRole("button", { name: "Edit profile" }).click();
  await page.getByRole("form", { name: "Edit profile" }).getByLabel("Who sees your work").selectOption("ONLY_ME");
  await page.getByRole("form", { name: "Edit profile" }).getByRole("button", { name: "Save" }).click();
  await page.getByRole("form", { name: "Edit profile" }).waitFor({ state: "detached" });
  await page.getByLabel("See your profile as").selectOption({ label: ana.name });
  await page.getByRole("article", { name: `${ben.name}'s profile` }).last().getByText("Keeps the light on.").waitFor();
  await check(page, "13-view-as-phone");

  await anaPage.reload();
  await anaPage.getByText("Keeps the light on.").waitFor();
  assert.equal(await anaPage.getByText("Lighthouse keeper").count(), 0, "the work is hidden from Ana now");
  await check(anaPage, "14-someones-profile-as-a-friend");
});

step("Ana looks at her profile, privacy, suggestions, blocks and settings", async () => {
  const { page } = ana.window;
  await page.goto(`${GATEWAY}/profile`);
  await page.getByRole("heading", { name: "Privacy" }).waitFor();
  await page.getByRole("heading", { name: "View as" }).waitFor();
  await check(page, "15-my-profile");
  await page.goto(`${GATEWAY}/friends/suggestions`);
  await page.getByRole("heading", { name: "People you may know" }).waitFor();
  await check(page, "16-suggestions");
  await page.goto(`${GATEWAY}/friends/blocked`);
  await page.getByText("You haven't blocked anyone").waitFor();
  await check(page, "17-blocked");
  await page.goto(`${GATEWAY}/settings`);
  await page.getByRole("list", { name: "Sessions" }).getByText("This browser").waitFor();
  await check(page, "18-settings");
});

step("Ana logs out, and back in", async () => {
  const { page } = ana.window;
  await page.getByRole("button", { name: "Log out" }).first().click();
  await page.getByRole("heading", { name: "Welcome to Fakebook" }).waitFor();
  const me = await page.evaluate(async () => (await fetch("/api/auth/me")).status);
  assert.equal(me, 401);
  await logIn(ana);
});

step("each deletes their account from the settings", async () => {
  for (const person of [ana, ben]) {
    const { page } = person.window;
    await page.goto(`${GATEWAY}/settings`);
    await page.getByLabel("Type your email to confirm").fill(person.email);
    await page.getByRole("button", { name: "Delete my account" }).click();
    await page.getByRole("heading", { name: "Welcome to Fakebook" }).waitFor();
  }
});

test("no screen broke the Content-Security-Policy or threw, and none has a serious accessibility violation", () => {
  assert.deepEqual([...ana.window.problems, ...ben.window.problems], []);
  assert.deepEqual(violations, []);
});
