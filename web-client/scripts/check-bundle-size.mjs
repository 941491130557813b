// Fails the build when the JavaScript index.html loads first is over budget (issue #9: 200 KiB gzip), and prints
// the figure either way.
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

const BUDGET = 200 * 1024;
const out = join(import.meta.dirname ?? new URL(".", import.meta.url).pathname, "..", "target", "classes", "static");
const index = await readFile(join(out, "index.html"), "utf8");
const initial = [...index.matchAll(/<(?:script|link)[^>]+(?:src|href)="(\/assets\/[^"]+\.js)"/g)].map((match) => match[1]);
let total = 0;
for (const file of initial) {
  total += gzipSync(await readFile(join(out, file))).length;
}
const kib = (total / 1024).toFixed(1);
if (total > BUDGET) {
  console.error(`initial JavaScript is ${kib} KiB gzip, over the budget of ${BUDGET / 1024} KiB`);
  process.exit(1);
}
console.log(`initial JavaScript: ${kib} KiB gzip (budget ${BUDGET / 1024} KiB), ${initial.length} file(s)`);
