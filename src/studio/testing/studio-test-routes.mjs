// Test-only routes for src/studio/*.browser.test.ts (used by
// web-test-runner.config.mjs; never part of dist/). Each POST to
// /studio-test/setup starts a studio on a fresh temporary copy of knowledge/ (each entry's phrasings cut to 45),
// mounted at /studio-test/<n>/ on the test server, so the page under test and
// the studio share an origin exactly as in `faq studio`. The tests read files
// on disk, and write them "in a text editor", through /studio-test/<n>/file.
import {
  cpSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../../../", import.meta.url));
const studios = [];
process.once("exit", () => {
  for (const studio of studios) {
    studio.handler.close();
    rmSync(studio.workspace, { recursive: true, force: true });
  }
});

async function startStudio() {
  // Compiled by `tsc` (npm test runs it before the browser tests).
  const { createStudioHandler } = await import(
    join(root, "build/src/studio/studio-server.js")
  );
  const { keepFirstPhrasings } = await import(
    join(root, "build/src/studio/testing/keep-first-phrasings.js")
  );
  const workspace = mkdtempSync(join(tmpdir(), "faq-studio-browser-"));
  const dir = join(workspace, "knowledge");
  // The folder as the studio starts with it, kept apart so tests can compare a file before and after.
  const start = join(workspace, "start");
  cpSync(join(root, "knowledge"), start, { recursive: true });
  keepFirstPhrasings(start);
  cpSync(start, dir, { recursive: true });
  const out = join(workspace, "out", "knowledge.json");
  const handler = createStudioHandler({
    dir,
    out,
    assetsDir: join(root, "dist"),
  });
  studios.push({ workspace, start, dir, out, handler });
  return studios.length - 1;
}

/** Koa middleware for the dev server behind web-test-runner. */
export async function studioTestRoutes(ctx, next) {
  if (!ctx.path.startsWith("/studio-test/")) return next();
  if (ctx.path === "/studio-test/setup" && ctx.method === "POST") {
    const index = await startStudio();
    ctx.body = {
      base: `/studio-test/${index}`,
      token: studios[index].handler.token,
    };
    return;
  }
  const match = /^\/studio-test\/(\d+)(\/.*)$/.exec(ctx.path);
  const studio = match && studios[Number(match[1])];
  if (!studio) return next();
  const rest = match[2];
  if (rest === "/file") {
    const path = resolve(studio.dir, String(ctx.query.path ?? ""));
    if (!path.startsWith(studio.dir + sep)) return next();
    if (ctx.method === "PUT") {
      let text = "";
      for await (const chunk of ctx.req) text += chunk;
      writeFileSync(path, text);
      ctx.body = { ok: true };
      return;
    }
    ctx.body = {
      before: readFileSync(join(studio.start, String(ctx.query.path)), "utf8"),
      after: readFileSync(path, "utf8"),
    };
    return;
  }
  if (rest === "/published") {
    ctx.body = readFileSync(studio.out, "utf8");
    ctx.type = "application/json";
    return;
  }
  // Everything else is the studio's own: hand the raw request over without the prefix.
  ctx.respond = false;
  ctx.req.url = ctx.req.url.slice(`/studio-test/${match[1]}`.length);
  await studio.handler.handle(ctx.req, ctx.res);
}
