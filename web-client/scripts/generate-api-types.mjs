// Generates src/api/generated/<service>.ts from each committed OpenAPI document in openapi/ (see
// scripts/update-openapi for how they are written, and the services' tests that keep them current).
import { mkdir, readdir, writeFile } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import openapiTS, { astToString } from "openapi-typescript";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const documents = join(root, "openapi");
const generated = join(root, "src", "api", "generated");

await mkdir(generated, { recursive: true });
for (const file of (await readdir(documents)).filter((name) => name.endsWith(".json")).sort()) {
  const ast = await openapiTS(pathToFileURL(join(documents, file)));
  const target = join(generated, `${basename(file, ".json")}.ts`);
  await writeFile(target, `// Generated from openapi/${file} by scripts/generate-api-types.mjs: do not edit.\n${astToString(ast)}`);
  console.log(`generated ${target}`);
}
