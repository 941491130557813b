// "A chat of 10,000 messages scrolls without loading them all" (issue #9), measured in Debian's Chromium against
// the running system (deploy/local/up):
//
//   cd e2e-tests/browser && npm ci && npm run measure:long-chat
//
// 1. Signs a throwaway person up through the web client, verifies the address through the mail server and logs in.
// 2. Seeds, with SQL straight into messaging-service's database (as its owner, with the password deploy/local/up
//    keeps in ~/.fakebook/secrets.env, through `psql`), a direct conversation of MESSAGES (10,000) between that
//    person and a made-up friend: messaging-service's own tables (people, friendships, conversations, members,
//    messages), numbered 1..N as a send numbers them, of mixed lengths (one to four lines), all already read.
//    Sending 10,000 through the socket would measure the send path, not the list.
// 3. Opens the conversation, then scrolls its list up for SECONDS (20) a frame at a time (STEP px per frame,
//    120), as fast as a person flicking a wheel, the history pages loading as the top comes near.
// 4. Prints: the message rows in the DOM (at most, and at the end), the history pages fetched and messages they
//    brought against N, how far up it got, and requestAnimationFrame deltas while scrolling (median, p95, max).
// 5. Deletes the seeded conversation and made-up friend (the throwaway account stays, as the journeys' do).
//
// Environment: FAKEBOOK_GATEWAY (http://localhost:8080), FAKEBOOK_WEB (the client's origin, default the gateway;
// e.g. Vite's http://localhost:5173), FAKEBOOK_MAIL_API, CHROMIUM (/usr/bin/chromium), MESSAGES, SECONDS, STEP,
// PGHOST (127.0.0.1), FAKEBOOK_SECRETS (~/.fakebook/secrets.env).
import { execFileSync } from "node:child_process";
import { randomInt, randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { homedir } from "node:os";
import { join } from "node:path";
import { GATEWAY, launch, openBrowser, reloadUntilVisible } from "../support/browser.mjs";
import { awaitLink } from "../support/mail.mjs";

const WEB = process.env.FAKEBOOK_WEB ?? GATEWAY;
const MESSAGES = Number(process.env.MESSAGES ?? 10_000);
const SECONDS = Number(process.env.SECONDS ?? 20);
const STEP = Number(process.env.STEP ?? 120);
const SECRETS = process.env.FAKEBOOK_SECRETS ?? join(process.env.FAKEBOOK_HOME ?? join(homedir(), ".fakebook"), "secrets.env");

/** Runs SQL in messaging-service's database as its owner; returns psql's unaligned output. */
function sql(statements) {
  const password = readFileSync(SECRETS, "utf8").match(/^FAKEBOOK_MESSAGING_DB_PASSWORD=(.*)$/m)?.[1];
  if (!password) throw new Error(`no FAKEBOOK_MESSAGING_DB_PASSWORD in ${SECRETS}`);
  return execFileSync(
    "psql",
    ["-h", process.env.PGHOST ?? "127.0.0.1", "-U", "fakebook_messaging", "-d", "fakebook_messaging", "-v", "ON_ERROR_STOP=1", "-qtA"],
    { input: statements, env: { ...process.env, PGPASSWORD: password }, encoding: "utf8" },
  ).trim();
}

async function until(probe, what, timeout = 60_000) {
  const deadline = Date.now() + timeout;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

const run = `${Date.now()}-${randomInt(1e6)}`;
const person = { name: "Lena Longchat", email: `long-chat-${run}@fakebook.test`, password: "Lena's-long-passphrase" };
const friend = randomUUID();
const browser = await launch();
let conversation;
try {
  const { page, problems } = await openBrowser(browser);

  // 1. A person, signed up, verified and logged in through the web client.
  await page.goto(`${GATEWAY}/signup`);
  await page.getByLabel("Your name").fill(person.name);
  await page.getByLabel("Email").fill(person.email);
  await page.getByLabel("New password").fill(person.password);
  await page.getByRole("button", { name: "Sign up" }).click();
  await page.getByRole("heading", { name: "Check your email" }).waitFor();
  await page.goto(await awaitLink(person.email, "Verify"));
  const proceed = page.locator("a[href*=action-token]");
  if (await proceed.count()) await proceed.first().click();
  await page.getByText("Your account has been updated").waitFor();
  await page.goto(GATEWAY);
  await page.getByRole("link", { name: "Log in" }).first().click();
  await page.locator("#username").fill(person.email);
  await page.locator("#password").fill(person.password);
  await page.locator("#kc-login").click();
  await page.waitForURL(`${GATEWAY}/**`);
  await reloadUntilVisible(page, page.getByRole("heading", { name: "Welcome, Lena" }));
  const me = (await page.evaluate(() => fetch("/api/auth/me").then((response) => response.json()))).id;

  // 2. The conversation, seeded (messaging-service learns of the person from the account event first).
  await until(() => sql(`select 1 from people where id = '${me}'`) === "1", "messaging-service to know the person");
  conversation = randomUUID();
  const pair = [me, friend].sort().join(":");
  const started = Date.now();
  sql(`
    begin;
    insert into people (id, display_name) values ('${friend}', 'Sam Scroll');
    insert into friendships (user_id, friend_id) values ('${me}', '${friend}'), ('${friend}', '${me}');
    insert into conversations (id, kind, direct_pair, created_by, created_at, last_sequence, last_activity_at)
      values ('${conversation}', 'DIRECT', '${pair}', '${me}', now() - interval '${MESSAGES} minutes', ${MESSAGES}, now());
    insert into conversation_members (conversation_id, user_id, joined_at, last_read_sequence, last_delivered_sequence)
      values ('${conversation}', '${me}', now() - interval '${MESSAGES} minutes', ${MESSAGES}, ${MESSAGES}),
             ('${conversation}', '${friend}', now() - interval '${MESSAGES} minutes', ${MESSAGES}, ${MESSAGES});
    insert into messages (id, conversation_id, sequence, sender_id, client_message_id, body, sent_at)
      select gen_random_uuid(), '${conversation}', n,
             case when n % 3 = 0 then '${me}'::uuid else '${friend}'::uuid end, 'seed-' || n,
             'Message ' || n || repeat(' and a few more words to wrap', n % 7)
               || case when n % 11 = 0 then E'\\nwith a second line\\nand a third' else '' end,
             now() - make_interval(mins => ${MESSAGES} - n)
      from generate_series(1, ${MESSAGES}) as n;
    commit;`);
  const seeded = Date.now() - started;

  // 3. Opened, then scrolled up.
  const pages = [];
  page.on("response", async (response) => {
    const url = new URL(response.url());
    if (url.pathname === `/api/conversations/${conversation}/messages` && response.request().method() === "GET") {
      const body = await response.json().catch(() => ({ items: [] }));
      pages.push({ query: url.search, items: body.items?.length ?? 0 });
    }
  });
  await page.goto(`${WEB}/messages/${conversation}`);
  const log = page.getByRole("log", { name: "Messages with Sam Scroll" });
  await log.locator(`li[data-sequence="${MESSAGES}"]`).waitFor();
  const rowsAtOpen = await log.locator("li[data-sequence]").count();

  const scrolled = await page.evaluate(
    ({ seconds, step }) =>
      new Promise((resolve) => {
        const log = document.querySelector('[role="log"]');
        const scroller = log.parentElement;
        const deltas = [];
        let maxRows = 0;
        let last = performance.now();
        const end = last + seconds * 1000;
        const frame = (now) => {
          deltas.push(now - last);
          last = now;
          maxRows = Math.max(maxRows, log.querySelectorAll("li[data-sequence]").length);
          scroller.scrollTop -= step;
          const first = Number(log.querySelector("li[data-sequence]")?.getAttribute("data-sequence") ?? 0);
          if (now < end && !(first === 1 && scroller.scrollTop === 0)) {
            requestAnimationFrame(frame);
          } else {
            const sequences = [...log.querySelectorAll("li[data-sequence]")].map((row) => Number(row.getAttribute("data-sequence")));
            resolve({ deltas, maxRows, rowsAtEnd: sequences.length, lowestShown: Math.min(...sequences), seconds: (now - end) / 1000 + seconds });
          }
        };
        requestAnimationFrame(frame);
      }),
    { seconds: SECONDS, step: STEP },
  );
  const deltas = scrolled.deltas.slice(1).sort((a, b) => a - b);
  const fetched = pages.reduce((sum, one) => sum + one.items, 0);
  const figures = {
    "messages in the conversation": MESSAGES,
    "seeded in (ms)": seeded,
    "message rows in the DOM when opened": rowsAtOpen,
    "message rows in the DOM while scrolling (max)": scrolled.maxRows,
    "message rows in the DOM at the end": scrolled.rowsAtEnd,
    "scrolled for (s)": Math.round(scrolled.seconds * 10) / 10,
    "oldest message reached": scrolled.lowestShown,
    "history pages fetched": pages.length,
    "messages fetched": fetched,
    "frames": deltas.length,
    "frame time median (ms)": Math.round(percentile(deltas, 50) * 10) / 10,
    "frame time p95 (ms)": Math.round(percentile(deltas, 95) * 10) / 10,
    "frame time max (ms)": Math.round(deltas.at(-1) * 10) / 10,
  };
  console.table(figures);
  if (problems.length) console.log("page problems:", problems);
  if (fetched >= MESSAGES) throw new Error("every message was fetched");
} finally {
  if (conversation) {
    sql(`delete from conversations where id = '${conversation}'; delete from friendships where '${friend}' in (user_id, friend_id);
         delete from people where id = '${friend}';`);
  }
  await browser.close();
}
