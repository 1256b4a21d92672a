import assert from "node:assert/strict";
import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, test } from "node:test";
import { fileURLToPath } from "node:url";
import { studio } from "../cli/commands/studio.js";
import { runCli } from "../cli/run-cli.js";

const capture = () => {
  const out: string[] = [];
  const err: string[] = [];
  return {
    out,
    err,
    io: {
      out: (text: string) => out.push(text),
      err: (text: string) => err.push(text),
      lines: () => undefined,
    },
  };
};

describe("faq studio", () => {
  test("prints a 127.0.0.1 link with its token, serves the page there, and stops cleanly", async () => {
    const workspace = mkdtempSync(join(tmpdir(), "faq-studio-command-"));
    const dir = join(workspace, "knowledge");
    cpSync(
      fileURLToPath(new URL("../../../knowledge/", import.meta.url)),
      dir,
      { recursive: true },
    );
    const { out, err, io } = capture();
    const stop = new AbortController();
    const running = studio(
      dir,
      { port: "0", out: join(workspace, "knowledge.json") },
      io,
      stop.signal,
    );
    const started = Date.now();
    while (
      out.length === 0 &&
      err.length === 0 &&
      Date.now() - started < 10_000
    )
      await new Promise((resolve) => setTimeout(resolve, 20));
    assert.deepEqual(err, []);
    const link = /http:\/\/127\.0\.0\.1:\d+\/\?token=[a-f0-9]{48}/.exec(
      out.join("\n"),
    )?.[0];
    assert.ok(link, out.join("\n"));
    const page = await fetch(link);
    assert.equal(page.status, 200);
    assert.match(await page.text(), /<faq-chat slot="try" mode="inline"/);
    stop.abort();
    assert.equal(await running, 0);
    rmSync(workspace, { recursive: true, force: true });
  });

  test("a port that is not a number is a usage error", async () => {
    const { err, io } = capture();
    assert.equal(
      await runCli(["studio", "knowledge", "--port", "eighty"], io),
      2,
    );
    assert.match(err.join("\n"), /--port must be a number/);
  });

  test("a folder that does not exist is reported, and no server starts", async () => {
    const { err, io } = capture();
    assert.equal(
      await runCli(
        ["studio", join(tmpdir(), "no-such-knowledge-folder"), "--port", "0"],
        io,
      ),
      1,
    );
    assert.match(err.join("\n"), /does not exist/);
  });
});
