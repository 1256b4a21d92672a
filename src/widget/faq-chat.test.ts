// The element's documented theming surface and its styles must agree (Material
// Web's tokens test, in a lighter form): every `--faq-*` custom property used
// in the styles is documented with @cssprop in the class JSDoc, and every
// documented one is used; the same for ::part names and @csspart.
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { test } from "node:test";

// Compiled to build/src/widget/; the sources are read from src/widget/.
const widget = new URL("../../../src/widget/", import.meta.url);
const read = (path: string) => readFileSync(new URL(path, widget), "utf8");
const sourceFiles = (dir = ""): string[] =>
  readdirSync(new URL(dir || ".", widget), { withFileTypes: true }).flatMap(
    (entry) =>
      entry.isDirectory()
        ? entry.name === "testing"
          ? []
          : sourceFiles(`${dir}${entry.name}/`)
        : entry.name.endsWith(".ts") && !entry.name.includes(".test.")
          ? [`${dir}${entry.name}`]
          : [],
  );

const element = read("faq-chat.ts");
const classDoc = element.slice(0, element.indexOf("export class FaqChat"));
const sorted = (values: Iterable<string>) => [...new Set(values)].sort();

test("every --faq-* custom property used in the styles is documented, and every documented one is used", () => {
  const styles = sourceFiles()
    .filter((file) => file.endsWith(".styles.ts"))
    .map(read)
    .join("\n");
  const used = sorted(
    [...styles.matchAll(/var\(\s*(--faq-[\w-]+)/g)].map(
      (match) => match[1] as string,
    ),
  );
  const documented = sorted(
    [...classDoc.matchAll(/@cssprop \[(--faq-[\w-]+)=/g)].map(
      (match) => match[1] as string,
    ),
  );
  assert.ok(used.length > 0, "found no custom properties in the styles");
  assert.deepEqual(used, documented);
});

test("every part in the templates is documented with @csspart, and every documented one exists", () => {
  const sources = sourceFiles().map(read).join("\n");
  const used = sorted([
    ...[...sources.matchAll(/\bpart="([\w-]+)"/g)].map(
      (match) => match[1] as string,
    ),
    ...[
      ...sources.matchAll(/setAttribute\(["']part["'], ["']([\w-]+)["']\)/g),
    ].map((match) => match[1] as string),
  ]);
  const documented = sorted(
    [...classDoc.matchAll(/@csspart ([\w-]+)/g)].map(
      (match) => match[1] as string,
    ),
  );
  assert.deepEqual(used, documented);
});

test("every event the element fires is documented with @fires", () => {
  const events = sorted(
    [...read("events.ts").matchAll(/super\(["'](faq-[\w-]+)["']/g)].map(
      (match) => match[1] as string,
    ),
  );
  const documented = sorted(
    [...classDoc.matchAll(/@fires \{\w+\} (faq-[\w-]+)/g)].map(
      (match) => match[1] as string,
    ),
  );
  assert.deepEqual(events, documented);
});
