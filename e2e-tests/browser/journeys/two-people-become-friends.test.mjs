// Two new people, each in their own browser, as they use Fakebook: sign up, verify the address by the mail's
// link, log in on Keycloak's page, find each other, become friends (the bell counts it live), chat in real time
// (typing, "Seen", reactions, edit, unsend, a reply, deleting for oneself, search, a group renamed and its members
// changed), read and clear their notifications, tune who sees a part of
// the profile and see the effect from the other side, look at every screen, log out and back in, and finally
// delete their accounts.
// Against the whole system as deploy/local/up runs it; screenshots of each screen in e2e-tests/target/screenshots/.
import assert from "node:assert/strict";
import { randomInt } from "node:crypto";
import { after, before, test } from "node:test";
import {
  accessibilityViolations,
  eventually,
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

/** The number on the header's bell, as its label says it ("Notifications, 3 unread"); 0 when none. */
async function bellCount(page) {
  const label = await page.getByRole("link", { name: /^Notifications/ }).first().getAttribute("aria-label");
  return Number(label?.match(/(\d+) unread/)?.[1] ?? 0);
}

/** Waits, without reloading, until the bell shows more than `than`. */
async function bellRisesAbove(page, than) {
  await page.waitForFunction(
    (before) => {
      const label = document.querySelector('header a[aria-label^="Notifications"]')?.getAttribute("aria-label") ?? "";
      return Number(label.match(/(\d+) unread/)?.[1] ?? 0) > before;
    },
    than,
    { timeout: 30_000 },
  );
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
  const bensBell = await bellCount(ben.window.page);
  await page.getByRole("button", { name: "Add friend" }).click();
  await page.getByRole("button", { name: "Cancel request" }).waitFor();
  await check(page, "08-someones-profile");
  // Ben, on his home page, sees the bell count go up without reloading.
  await bellRisesAbove(ben.window.page, bensBell);
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

step("Ana and Ben chat in real time: the message, the bell, typing, Seen, reactions, edit and unsend", async () => {
  const anaPage = ana.window.page;
  const benPage = ben.window.page;
  await benPage.goto(GATEWAY);
  await benPage.getByRole("heading", { name: `Welcome, ${ben.name.split(" ")[0]}` }).waitFor();
  const bensBell = await bellCount(benPage);

  // Ana opens the conversation from Ben's profile (the friendship reaches messaging-service by an event: until
  // then the button says it cannot, and she tries again, as a person would).
  await eventually(
    async () => {
      await anaPage.getByRole("button", { name: `Message ${ben.name}` }).click();
      return anaPage
        .waitForURL(`${GATEWAY}/messages/*`, { timeout: 5_000 })
        .then(() => true)
        .catch(() => false);
    },
    { what: "the conversation with Ben to open" },
  );
  const conversation = anaPage.getByRole("log", { name: `Messages with ${ben.name}` });
  await conversation.waitFor();
  await anaPage.getByText(`Say hello to ${ben.name}.`).waitFor();
  const composer = anaPage.getByLabel(`Message ${ben.name}`);
  await composer.fill("Hello Ben! Dinner at 8?");
  await composer.press("Enter");
  await conversation.getByText("Hello Ben! Dinner at 8?").waitFor();
  await conversation.getByText(/Sent/).waitFor();

  // Ben, on his home page, is notified without reloading; the navigation counts the unread conversation.
  await bellRisesAbove(benPage, bensBell);
  await benPage.getByRole("link", { name: /^Messages.*1 unread/ }).click();
  const chats = benPage.getByRole("list", { name: "Conversations" });
  await chats.getByRole("link", { name: new RegExp(`^${ana.name}.*1 unread`) }).waitFor();
  await check(benPage, "19-chats-phone");
  await chats.getByRole("link", { name: new RegExp(ana.name) }).click();
  const bensView = benPage.getByRole("log", { name: `Messages with ${ana.name}` });
  await bensView.getByText("Hello Ben! Dinner at 8?").waitFor();

  // Ana sees that Ben saw it, and sees him typing; both without reloading.
  await conversation.getByText("Seen").waitFor();
  await benPage.getByLabel(`Message ${ana.name}`).fill("Sure");
  await anaPage.getByText(`${ben.name.split(" ")[0]} is typing…`).waitFor();
  await anaPage.getByText("Active now").waitFor();
  await check(anaPage, "20-conversation");

  // What Ben writes is shown as text, never as HTML.
  const attack = "<img src=x onerror=alert('chat')> see you";
  await benPage.getByLabel(`Message ${ana.name}`).fill(attack);
  await benPage.getByRole("button", { name: "Send", exact: true }).click();
  await conversation.getByText(attack).waitFor();
  assert.equal(await anaPage.locator("img[src=x]").count(), 0, "a message is shown as text");
  await bensView.getByText("Seen").waitFor();

  // Ana reacts to it, and edits and unsends her own; Ben sees each change live.
  await conversation.getByRole("button", { name: /Actions for the message/ }).last().click();
  await anaPage.getByRole("button", { name: "React with 👍" }).click();
  await bensView.getByRole("list", { name: "Reactions" }).getByText("👍").waitFor();
  await conversation.getByRole("button", { name: /Actions for the message/ }).first().click();
  await anaPage.getByRole("button", { name: "Edit" }).click();
  await anaPage.getByLabel("Edit your message").fill("Hello Ben! Dinner at 8:30?");
  await anaPage.getByLabel("Edit your message").press("Enter");
  await bensView.getByText("Hello Ben! Dinner at 8:30?").waitFor();
  await bensView.getByText(/Edited/).waitFor();
  await check(benPage, "21-conversation-phone");
  await conversation.getByRole("button", { name: /Actions for the message/ }).first().click();
  await anaPage.getByRole("button", { name: "Unsend" }).click();
  await bensView.getByText(`${ana.name.split(" ")[0]} unsent a message`).waitFor();
});

/** A message of a conversation's log, by its text (the first: a reply's quote of it comes after it). */
function messageIn(log, text) {
  return log.locator("li[data-sequence]").filter({ hasText: text }).first();
}

step("Ben replies to Ana's message, and deletes one of his for himself only", async () => {
  const anaPage = ana.window.page;
  const benPage = ben.window.page;
  const anasView = anaPage.getByRole("log", { name: `Messages with ${ben.name}` });
  const bensView = benPage.getByRole("log", { name: `Messages with ${ana.name}` });
  const question = "Shall we try the new lighthouse café?";
  await anaPage.getByLabel(`Message ${ben.name}`).fill(question);
  await anaPage.getByLabel(`Message ${ben.name}`).press("Enter");
  await bensView.getByText(question).waitFor();

  // By keyboard: the message's actions, "Reply", then the composer says to what.
  await messageIn(bensView, question).getByRole("button", { name: /Actions for the message/ }).focus();
  await benPage.keyboard.press("Enter");
  await benPage.getByRole("button", { name: "Reply", exact: true }).focus();
  await benPage.keyboard.press("Enter");
  const reply = benPage.getByLabel(`Reply to ${ana.name}`);
  await reply.waitFor();
  await benPage.getByText(/Replying to/).waitFor();
  await reply.fill("Yes! The lighthouse café it is.");
  await check(benPage, "24-replying-phone");
  await reply.press("Enter");

  // Ana sees the reply with her message quoted; choosing the quote takes her to it.
  const quote = anasView.getByRole("button", {
    name: new RegExp(`^Reply to\\s?${ana.name}\\s?:\\s?${question.replace("?", "\\?")}\\s?\\(go to the original message\\)$`),
  });
  await quote.waitFor();
  await anasView.getByText("Yes! The lighthouse café it is.").waitFor();
  await check(anaPage, "25-reply");
  await quote.click();
  const focused = await anaPage.evaluate(() => document.activeElement?.textContent ?? "");
  assert.ok(focused.includes(question), `the quoted message has the focus (it was: ${focused})`);

  // Ben deletes his <img> message for himself: gone for him, even after reloading; Ana still has it.
  const attack = "<img src=x onerror=alert('chat')> see you";
  await messageIn(bensView, attack).getByRole("button", { name: /Actions for the message/ }).click();
  await benPage.getByRole("button", { name: "Delete for me" }).click();
  await bensView.getByText(attack).waitFor({ state: "detached" });
  await benPage.reload();
  await bensView.getByText("Yes! The lighthouse café it is.").waitFor();
  assert.equal(await bensView.getByText(attack).count(), 0, "deleted for Ben");
  await anasView.getByText(attack).waitFor();
});

step("Ana's message is Seen even though Ben read it while she was away, and she finds it by searching", async () => {
  const anaPage = ana.window.page;
  const benPage = ben.window.page;
  const bensView = benPage.getByRole("log", { name: `Messages with ${ana.name}` });
  const conversationId = new URL(anaPage.url()).pathname.split("/messages/")[1];
  await anaPage.getByLabel(`Message ${ben.name}`).fill("See you there at 8:30");
  await anaPage.getByLabel(`Message ${ben.name}`).press("Enter");
  await anaPage.goto(`${GATEWAY}/messages`);

  // Ben, with the conversation open, reads it while Ana has hers closed.
  await bensView.getByText("See you there at 8:30").waitFor();
  await eventually(
    () =>
      anaPage.evaluate(async ([id, ben]) => {
        const conversation = await (await fetch(`/api/conversations/${id}`)).json();
        const sent = conversation.lastSequence;
        return conversation.members.some((member) => member.userId === ben && member.lastReadSequence >= sent);
      }, [conversationId, ben.id]),
    { what: "Ben's read mark" },
  );

  const search = anaPage.getByRole("searchbox", { name: "Search your messages" });
  await search.fill("lighthouse caf");
  await search.press("Enter");
  const results = anaPage.getByRole("list", { name: "Search results" });
  await results.getByRole("link", { name: /new lighthouse café/ }).waitFor();
  await results.getByRole("link", { name: /The lighthouse café it is/ }).waitFor();
  await check(anaPage, "26-message-search");

  await results.getByRole("link", { name: /new lighthouse café/ }).click();
  await anaPage.waitForURL(/\?message=\d+$/);
  const sequence = new URL(anaPage.url()).searchParams.get("message");
  const anasView = anaPage.getByRole("log", { name: `Messages with ${ben.name}` });
  await anasView.getByText("See you there at 8:30").waitFor();
  await eventually(
    () => anaPage.evaluate(() => document.activeElement?.getAttribute("data-sequence")),
    { what: "the found message to have the focus" },
  ).then((focused) => assert.equal(focused, sequence));
  await messageIn(anasView, "See you there at 8:30").getByText("Seen").waitFor();
  await check(anaPage, "27-found-message");
  await anaPage.getByRole("button", { name: "Back to chats" }).click();
  await anaPage.getByRole("list", { name: "Conversations" }).waitFor();
});

step("Ana makes a group with Ben", async () => {
  const { page } = ana.window;
  await page.goto(`${GATEWAY}/messages`);
  await page.getByRole("link", { name: "New group" }).click();
  const form = page.getByRole("form", { name: "New group" });
  await form.getByRole("button", { name: "Create group" }).click();
  await form.getByText("Give the group a name.").waitFor();
  await form.getByLabel("Group name").fill("Lighthouse club");
  await form.getByLabel(ben.name).check();
  await check(page, "22-new-group");
  await form.getByRole("button", { name: "Create group" }).click();
  await page.getByRole("log", { name: "Messages with Lighthouse club" }).waitFor();
  await page.getByRole("list", { name: "Conversations" }).getByRole("link", { name: /Lighthouse club/ }).waitFor();
});

step("Ana renames the group, removes Ben and adds him again; Ben leaves it", async () => {
  const { page } = ana.window;
  const benPage = ben.window.page;
  const bensChats = async () => {
    await benPage.goto(`${GATEWAY}/messages`);
    return benPage.getByRole("list", { name: "Conversations" });
  };
  await page.getByRole("button", { name: "Details" }).click();
  const details = page.getByRole("region", { name: "Group details" });
  await details.getByLabel("Group name").fill("   ");
  await details.getByRole("button", { name: "Rename" }).click();
  await details.getByText("Give the group a name.").waitFor();
  await details.getByLabel("Group name").fill("Lighthouse keepers");
  await details.getByRole("button", { name: "Rename" }).click();
  await page.getByRole("heading", { name: "Lighthouse keepers" }).waitFor();
  await check(page, "28-group-details");
  await (await bensChats()).getByRole("link", { name: /Lighthouse keepers/ }).waitFor();

  await details.getByRole("button", { name: `Remove ${ben.name} from the group` }).click();
  await details.getByRole("button", { name: `Remove ${ben.name} from the group` }).waitFor({ state: "detached" });
  await (await bensChats()).getByRole("link", { name: new RegExp(ana.name) }).waitFor();
  assert.equal(await benPage.getByRole("link", { name: /Lighthouse keepers/ }).count(), 0, "Ben is out of the group");

  await details.getByLabel("Add a friend").selectOption({ label: ben.name });
  await details.getByRole("button", { name: "Add", exact: true }).click();
  await details.getByRole("list", { name: "Members" }).getByText(ben.name).waitFor();

  await reloadUntilVisible(benPage, benPage.getByRole("link", { name: /Lighthouse keepers/ }));
  await benPage.getByRole("link", { name: /Lighthouse keepers/ }).click();
  await benPage.getByRole("button", { name: "Details" }).click();
  assert.equal(await benPage.getByRole("button", { name: /^Remove / }).count(), 0, "only the creator removes others");
  await benPage.getByRole("button", { name: "Leave group" }).click();
  await benPage.getByRole("group", { name: "Leave the group" }).getByRole("button", { name: "Leave", exact: true }).click();
  await benPage.waitForURL(`${GATEWAY}/messages`);
  await benPage.getByRole("list", { name: "Conversations" }).getByRole("link", { name: new RegExp(ana.name) }).click();
  await benPage.getByRole("log", { name: `Messages with ${ana.name}` }).waitFor();
  assert.equal(await benPage.getByRole("link", { name: /Lighthouse keepers/ }).count(), 0, "Ben left the group");
  await details.getByRole("list", { name: "Members" }).getByText(ben.name).waitFor({ state: "detached" });
});

step("Ana gets a message while away from the chat, opens it from the feed, and clears her notifications", async () => {
  const { page } = ana.window;
  await page.goto(`${GATEWAY}/notifications`);
  await page.getByRole("heading", { name: "Notifications", level: 1 }).waitFor();
  const before = await bellCount(page);

  const benPage = ben.window.page;
  await benPage.getByLabel(`Message ${ana.name}`).fill("Are you there?");
  await benPage.getByLabel(`Message ${ana.name}`).press("Enter");

  await bellRisesAbove(page, before);
  const feed = page.getByRole("list", { name: "Notifications" });
  await feed.getByText(/sent you a message/).waitFor();
  await feed.getByText(/accepted your friend request/).waitFor();
  await check(page, "23-notifications");

  await page.getByRole("button", { name: /^Mark as read: .*accepted your friend request/ }).click();
  await page.getByRole("button", { name: /^Mark as read: .*accepted your friend request/ }).waitFor({ state: "detached" });

  await feed.getByRole("button", { name: /sent you a message/ }).first().click();
  await page.getByRole("log", { name: `Messages with ${ben.name}` }).getByText("Are you there?").waitFor();

  await page.getByRole("link", { name: /^Notifications/ }).click();
  await page.getByRole("button", { name: "Mark all as read" }).click();
  await page.getByRole("heading", { name: "All caught up" }).waitFor();
  assert.equal(await bellCount(page), 0);
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
  // A new profile picture, framed: red, green and blue thirds; the frame (square) starts on the green middle and is
  // dragged as far right as it goes, so only the red third is uploaded (the server alone would keep the green).
  const picture = await page.evaluate(() => {
    const canvas = document.createElement("canvas");
    canvas.width = 1200;
    canvas.height = 400;
    const context = canvas.getContext("2d");
    ["#f00", "#0f0", "#00f"].forEach((colour, third) => {
      context.fillStyle = colour;
      context.fillRect(third * 400, 0, 400, 400);
    });
    return canvas.toDataURL("image/png").split(",")[1];
  });
  await page.getByTestId("avatar-file").setInputFiles({ name: "thirds.png", mimeType: "image/png", buffer: Buffer.from(picture, "base64") });
  const frame = page.getByRole("group", { name: "Profile picture frame" });
  await page.getByRole("slider", { name: "Zoom" }).waitFor();
  await frame.focus();
  await page.keyboard.press("+");
  await page.keyboard.press("-");
  assert.equal(await page.getByRole("slider", { name: "Zoom" }).inputValue(), "1");
  const box = await frame.boundingBox();
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2 + 1000, box.y + box.height / 2, { steps: 10 });
  await page.mouse.up();
  await check(page, "15-my-profile-new-picture");
  await page.getByRole("region", { name: "New profile picture" }).getByRole("button", { name: "Save" }).click();
  await page.getByRole("region", { name: "New profile picture" }).waitFor({ state: "detached" });
  const centre = await page.evaluate(async () => {
    const { avatar } = await (await fetch("/api/profiles/me")).json();
    const image = new Image();
    image.src = avatar.large;
    await image.decode();
    const canvas = document.createElement("canvas");
    canvas.width = image.naturalWidth;
    canvas.height = image.naturalHeight;
    const context = canvas.getContext("2d");
    context.drawImage(image, 0, 0);
    return [image.naturalWidth, image.naturalHeight, ...context.getImageData(image.naturalWidth / 2, image.naturalHeight / 2, 1, 1).data];
  });
  assert.ok(centre[0] === centre[1] && centre[2] > 200 && centre[3] < 60 && centre[4] < 60, `the framed red third was kept: ${centre}`);
  await check(page, "15-my-profile");
  await page.goto(`${GATEWAY}/friends/suggestions`);
  await page.getByRole("heading", { name: "People you may know" }).waitFor();
  await check(page, "16-suggestions");
  await page.goto(`${GATEWAY}/friends/blocked`);
  await page.getByText("You haven't blocked anyone").waitFor();
  await check(page, "17-blocked");
  await page.goto(`${GATEWAY}/settings`);
  await page.getByRole("list", { name: "Sessions" }).getByText("This browser").waitFor();
  await page.getByLabel("New messages (not from muted conversations)").waitFor();
  await page.getByLabel(/Show friends when I'm active/).waitFor();
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
