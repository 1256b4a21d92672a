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
    // A part chosen in the template: part=${isCrisis ? "crisis-message" : "message"}.
    ...[...sources.matchAll(/\bpart=\$\{([^}]*)\}/g)].flatMap((match) =>
      [...(match[1] as string).matchAll(/[?:]\s*"([\w-]+)"/g)].map(
        (name) => name[1] as string,
      ),
    ),
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

// The published manifest (dist/custom-elements.json, written by the Custom
// Elements Manifest analyzer in `npm run build`), the class JSDoc and the
// README's tables describe one API.
const root = new URL("../../../", import.meta.url);
const readme = readFileSync(new URL("README.md", root), "utf8");
const readmeSection = (heading: string) => {
  const start = readme.indexOf(`## ${heading}`);
  return readme.slice(start, readme.indexOf("\n## ", start + 3));
};
const declaration = () => {
  const manifest = JSON.parse(
    readFileSync(new URL("dist/custom-elements.json", root), "utf8"),
  ) as {
    modules: {
      declarations?: {
        name: string;
        attributes?: { name: string }[];
        members?: {
          name: string;
          kind: string;
          privacy?: string;
          static?: boolean;
        }[];
        events?: { name: string }[];
        cssProperties?: { name: string }[];
        cssParts?: { name: string }[];
      }[];
    }[];
  };
  const found = manifest.modules
    .flatMap((module) => module.declarations ?? [])
    .find((entry) => entry.name === "FaqChat");
  assert.ok(found, "custom-elements.json has no FaqChat");
  return found;
};

test("the manifest's attributes and public properties are the README's attribute table", () => {
  const element = declaration();
  const table = readmeSection("Attributes and properties");
  const documentedAttributes = sorted(
    [...table.matchAll(/^\| `([\w-]+)` +\|/gm)].map(
      (match) => match[1] as string,
    ),
  );
  const documentedProperties = sorted(
    [...table.matchAll(/^\| (?:`[\w-]+`|—) +\| `(\w+)` +\|/gm)].map(
      (match) => match[1] as string,
    ),
  );
  assert.deepEqual(
    sorted((element.attributes ?? []).map((attribute) => attribute.name)),
    documentedAttributes,
  );
  const publicFields = (element.members ?? []).filter(
    (member) =>
      member.kind === "field" &&
      !member.static &&
      (member.privacy ?? "public") === "public",
  );
  assert.deepEqual(
    sorted(publicFields.map((member) => member.name)),
    documentedProperties,
  );
});

test("the manifest's events, custom properties and parts are the class JSDoc's and the README's", () => {
  const element = declaration();
  const names = (list: { name: string }[] | undefined) =>
    sorted((list ?? []).map((item) => item.name));
  assert.deepEqual(
    names(element.events),
    sorted(
      [...classDoc.matchAll(/@fires \{\w+\} (faq-[\w-]+)/g)].map(
        (m) => m[1] as string,
      ),
    ),
  );
  assert.deepEqual(
    names(element.cssProperties),
    sorted(
      [...classDoc.matchAll(/@cssprop \[(--faq-[\w-]+)=/g)].map(
        (m) => m[1] as string,
      ),
    ),
  );
  assert.deepEqual(
    names(element.cssParts),
    sorted(
      [...classDoc.matchAll(/@csspart ([\w-]+)/g)].map((m) => m[1] as string),
    ),
  );
  const theming = readmeSection("Theming");
  assert.deepEqual(
    names(element.cssProperties),
    sorted(
      [...theming.matchAll(/^\| `(--faq-[\w-]+)` +\|/gm)].map(
        (m) => m[1] as string,
      ),
    ),
  );
  assert.deepEqual(
    names(element.cssParts),
    sorted(
      [...theming.matchAll(/^\| `([a-z-]+)` +\| /gm)]
        .map((m) => m[1] as string)
        .filter((name) => !name.startsWith("--")),
    ),
  );
  const events = readmeSection("Events");
  assert.deepEqual(
    names(element.events),
    sorted(
      [...events.matchAll(/^\| `(faq-[\w-]+)` +\|/gm)].map(
        (m) => m[1] as string,
      ),
    ),
  );
});
