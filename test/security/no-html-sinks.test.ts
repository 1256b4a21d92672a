// The widget's own code never turns a string into HTML or code: no innerHTML
// (or its relatives), no eval or new Function, no Lit unsafeHTML. Answers
// reach the page only as the DOM fragment DOMPurify returns. (The strict-CSP
// browser test shows the same at run time: Trusted Types would report any such sink.)
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { describe, it } from "node:test";

const root = new URL("../../../", import.meta.url);
const sinks = [
  /\.innerHTML\b/,
  /\.outerHTML\s*=/,
  /\binsertAdjacentHTML\b/,
  /\bdocument\.write(ln)?\b/,
  /\bcreateContextualFragment\b/,
  /\bsetHTMLUnsafe\b|\bparseHTMLUnsafe\b/,
  /\beval\s*\(/,
  /\bnew\s+Function\b/,
  /\bset(Timeout|Interval)\s*\(\s*["'`]/,
  /\bunsafeHTML\b|\bunsafeSVG\b|\bunsafeMathML\b/,
  /\bsrcdoc\b/,
];

/** The widget's source files (not tests or test helpers), with comments blanked out. */
function widgetSources(): { file: string; code: string }[] {
  const files = [
    "src/embed.ts",
    ...readdirSync(new URL("src/widget/", root), { recursive: true })
      .map((name) => `src/widget/${String(name)}`)
      .filter(
        (file) =>
          file.endsWith(".ts") &&
          !file.includes(".test.") &&
          !file.includes("/testing/"),
      ),
  ];
  return files.map((file) => ({
    file,
    code: readFileSync(new URL(file, root), "utf8").replace(
      /\/\*[\s\S]*?\*\/|(^|[^:"'`])\/\/.*$/gm,
      "$1",
    ),
  }));
}

describe("the widget's own code", () => {
  it("uses no HTML-from-string sinks, eval, new Function or unsafeHTML", () => {
    const sources = widgetSources();
    assert.ok(sources.length > 5, "found the widget's sources");
    const found = sources.flatMap(({ file, code }) =>
      code
        .split("\n")
        .flatMap((line, index) =>
          sinks
            .filter((sink) => sink.test(line))
            .map((sink) => `${file}:${index + 1} ${sink} ${line.trim()}`),
        ),
    );
    assert.deepEqual(found, []);
  });
});
