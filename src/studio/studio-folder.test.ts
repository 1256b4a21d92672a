import assert from "node:assert/strict";
import {
  cpSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, describe, test } from "node:test";
import { checkKnowledge } from "../knowledge/check-knowledge.js";
import { StudioFolder } from "./studio-folder.js";

const workspace = mkdtempSync(join(tmpdir(), "faq-studio-folder-"));
after(() => rmSync(workspace, { recursive: true, force: true }));

describe("the studio's folder", () => {
  test("checks the folder again only when a file it reads has changed", async () => {
    const dir = join(workspace, "knowledge");
    cpSync("test/fixtures/knowledge-valid", dir, { recursive: true });
    let checks = 0;
    const folder = new StudioFolder(
      dir,
      join(workspace, "out.json"),
      (path) => {
        checks++;
        return checkKnowledge(path);
      },
    );
    const first = await folder.state();
    await folder.state();
    assert.equal(checks, 1);
    assert.equal(first.problemCount, 0);
    // An edit in a text editor: a question emptied, which is a problem.
    const file = join(dir, "ketamine", "what-is-ketamine.md");
    writeFileSync(
      file,
      readFileSync(file, "utf8").replace(/^question: .*$/m, "question:"),
    );
    const edited = await folder.state();
    assert.equal(checks, 2);
    assert.ok(edited.problemCount > 0);
    await folder.state();
    assert.equal(checks, 2);
  });
});
