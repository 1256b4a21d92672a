// Serves the built widget and knowledge (dist/) gzip-compressed, as any clinic's web host does
// (WordPress, Wix and Squarespace hosts, CDNs): the timing tests on a throttled network
// (test/main-thread.browser.test.ts) then measure what a visitor would download, not raw bytes.
import { gzipSync } from "node:zlib";

export async function compressDist(ctx, next) {
  await next();
  if (
    !ctx.path.startsWith("/dist/") ||
    !/\.(js|json)$/.test(ctx.path) ||
    ctx.status !== 200 ||
    !ctx.acceptsEncodings("gzip") ||
    ctx.body == null
  )
    return;
  let body = ctx.body;
  if (typeof body.pipe === "function") {
    const chunks = [];
    for await (const chunk of body) chunks.push(Buffer.from(chunk));
    body = Buffer.concat(chunks);
  }
  ctx.body = gzipSync(typeof body === "string" ? Buffer.from(body) : body);
  ctx.set("Content-Encoding", "gzip");
  ctx.remove("Content-Length");
}
