// Test-only server routes and one browser command for the security tests
// (test/security/). Used by web-test-runner.config.mjs; never part of dist/.
import { readFileSync } from "node:fs";
import { Readable } from "node:stream";

/** The strict policy a clinic's site may have; pages named `strict-*.html` are served with it. */
export const strictCsp =
  "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html faq-chat-dompurify";

const tenMegabytes = 10 * 1024 * 1024;

/** A valid-looking knowledge file padded to 10 MB, sent in 64 KiB chunks. */
function hugeKnowledge() {
  const head = '{"format":"faq-chat/knowledge@1","padding":"';
  const chunk = "x".repeat(64 * 1024);
  let sent = 0;
  return Readable.from(
    (function* () {
      yield head;
      for (; sent < tenMegabytes; sent += chunk.length) yield chunk;
      yield '"}';
    })(),
  );
}

/** Resolves after `ms`, without holding the test server open. */
const pause = (ms) => new Promise((resolve) => setTimeout(resolve, ms).unref());

/** The built knowledge's first line at once, the rest `ms` later. */
function stalledAfterHead(ms) {
  const text = readFileSync(
    new URL("../../dist/knowledge.json", import.meta.url),
    "utf8",
  );
  const end = text.indexOf("\n") + 1;
  return Readable.from(
    (async function* () {
      yield text.slice(0, end);
      await pause(ms);
      yield text.slice(end);
    })(),
  );
}

/**
 * A small knowledge file sent in `pieces` parts, `gap` ms apart, as a slow network delivers it; with
 * `forever`, its text and then a space every `gap` ms until the browser gives up.
 */
function trickled(gap, pieces, forever) {
  const text = readFileSync(
    new URL("../fixtures/knowledge-small.json", import.meta.url),
    "utf8",
  );
  const size = Math.ceil(text.length / pieces);
  return Readable.from(
    (async function* () {
      for (let start = 0; start < text.length; start += size) {
        yield text.slice(start, start + size);
        await pause(gap);
      }
      for (let sent = 0; forever && sent < 10_000; sent++) {
        yield " ";
        await pause(gap);
      }
    })(),
  );
}

/**
 * - `/test/security/routes/trickle.json?gap=MS&pieces=N`: a small knowledge file in N pieces, MS apart;
 *   `&forever` keeps sending a space every MS after it.
 * - `/test/security/routes/stalled-after-head.json`: the built knowledge (dist/), its first line at once
 *   and the rest 4 s later, as a slow phone network delivers a large file.
 * - `/test/security/routes/never-answers.json`: holds the request open until the browser gives up.
 * - `/test/security/routes/invalid.json`: JSON cut off half-way.
 * - `/test/security/routes/huge.json`: 10 MB without a Content-Length (streamed);
 *   `huge-declared.json`: the same size, declared up front.
 * - `/test/security/routes/no-engine/FILE`: the built dist/FILE, except the engine's own chunks
 *   (`*-create-engine-*.js`), which are not found: the engine's code failing to download.
 * - `strict-*.html` under test/security/pages/: the strict CSP as a response header;
 *   `strict-dup-*.html`: the same plus `'allow-duplicates'`.
 */
export async function securityRoutes(ctx, next) {
  const { path } = ctx;
  if (path === "/test/security/routes/never-answers.json") {
    await new Promise((resolve) => {
      ctx.req.on("close", resolve);
      setTimeout(resolve, 60_000).unref();
    });
    ctx.status = 204;
    return;
  }
  if (path === "/test/security/routes/trickle.json") {
    ctx.type = "application/json";
    ctx.body = trickled(
      Number(ctx.query.gap),
      Number(ctx.query.pieces),
      "forever" in ctx.query,
    );
    return;
  }
  if (path === "/test/security/routes/stalled-after-head.json") {
    ctx.type = "application/json";
    ctx.body = stalledAfterHead(4_000);
    return;
  }
  if (path === "/test/security/routes/invalid.json") {
    ctx.type = "application/json";
    ctx.body =
      '{"format": "faq-chat/knowledge@1", "settings": {"name": "Broken"';
    return;
  }
  if (path === "/test/security/routes/huge.json") {
    ctx.type = "application/json";
    ctx.body = hugeKnowledge();
    return;
  }
  if (path === "/test/security/routes/huge-declared.json") {
    ctx.type = "application/json";
    ctx.body = Buffer.alloc(tenMegabytes + 2, "x");
    ctx.length = tenMegabytes + 2;
    return;
  }
  const noEngine = /^\/test\/security\/routes\/no-engine\/([\w.-]+)$/.exec(
    path,
  );
  if (noEngine) {
    const file = noEngine[1];
    if (file.includes("create-engine")) {
      ctx.status = 404;
      return;
    }
    ctx.type = file.endsWith(".js") ? "text/javascript" : "application/json";
    ctx.body = readFileSync(new URL(`../../dist/${file}`, import.meta.url));
    return;
  }
  await next();
  const page = /^\/test\/security\/pages\/strict-(dup-)?[\w-]+\.html$/.exec(
    path,
  );
  if (page)
    ctx.set(
      "Content-Security-Policy",
      page[1] ? `${strictCsp} 'allow-duplicates'` : strictCsp,
    );
}

/**
 * `executeServerCommand('security-requests', 'start' | 'take')`: records every
 * request the test's browser page makes (frames included, failed ones too),
 * as the browser's DevTools protocol sees them; `take` returns and clears the list.
 */
export function securityRequestsPlugin() {
  const recorded = new Map();
  return {
    name: "security-requests",
    async executeCommand({ command, payload, session }) {
      if (command !== "security-requests") return undefined;
      if (session.browser.type !== "puppeteer")
        throw new Error("security-requests needs the Chrome launcher");
      if (
        (payload === "start" || payload === "start-frames") &&
        !recorded.has(session.id)
      ) {
        const list = [];
        recorded.set(session.id, list);
        const page = session.browser.getPage(session.id);
        // "start-frames": only the pages under test (iframes), not the test runner's own frame,
        // whose test libraries load their modules lazily at any moment.
        page.on("request", (request) => {
          if (payload === "start" || request.frame() !== page.mainFrame())
            list.push(request.url());
        });
        return true;
      }
      const list = recorded.get(session.id) ?? [];
      return list.splice(0, list.length);
    },
  };
}
