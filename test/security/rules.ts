/**
 * The rule language of test/security/vectors/README.md, section 3, evaluated
 * on the DOM the widget actually produced.
 * @module
 */

/** Attributes that hold URLs, for `scheme:` rules. */
const urlAttributes = new Set([
  "href",
  "src",
  "srcset",
  "action",
  "formaction",
  "xlink:href",
  "poster",
  "background",
  "cite",
  "data",
  "ping",
  "longdesc",
]);

/** The rules every answer must satisfy, whatever its input (vectors/README.md, section 1). */
export const genericRules: readonly string[] = [
  "attr:on*",
  "scheme:javascript",
  "scheme:vbscript",
  "scheme:data",
  "tag:script",
  "tag:iframe",
  "tag:object",
  "tag:embed",
  "tag:svg",
  "tag:math",
  "tag:style",
  "tag:form",
  "tag:base",
  "tag:meta",
  "tag:link",
  "attr:style",
];

const elementsIn = (root: Element): Element[] => [
  ...root.querySelectorAll("*"),
];

/**
 * The container's markup with every text node emptied (except inside
 * `<style>` and `<script>`), lower-cased, so that an answer that *shows*
 * `<img onerror>` as text does not count as containing it.
 */
export function markupView(container: Element): string {
  const copy = container.cloneNode(true) as Element;
  const walker = copy.ownerDocument.createTreeWalker(
    copy,
    NodeFilter.SHOW_TEXT,
  );
  const texts: Text[] = [];
  while (walker.nextNode()) texts.push(walker.currentNode as Text);
  for (const text of texts) {
    const parent = text.parentElement?.localName;
    if (parent !== "style" && parent !== "script") text.data = "";
  }
  return copy.innerHTML.toLowerCase();
}

/** What the browser does to a URL attribute before reading its scheme. */
export function cleanUrl(value: string): string {
  return value
    .replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, "")
    .replace(/[\t\n\r]/g, "")
    .toLowerCase();
}

/** Every URL an attribute holds: `srcset` candidates and `ping` lists split up. */
function urlsOf(name: string, value: string): string[] {
  if (name === "srcset")
    return value
      .split(",")
      .map((candidate) => candidate.trim().split(/\s+/)[0] ?? "");
  if (name === "ping") return value.split(/\s+/);
  return [value];
}

/** Whether one rule holds on `container`; when it does not, what broke it. */
export function checkRule(container: Element, rule: string): string | null {
  const colon = rule.indexOf(":");
  const kind = colon > 0 ? rule.slice(0, colon) : "";
  const arg = rule.slice(colon + 1).toLowerCase();
  const elements = elementsIn(container);
  switch (kind) {
    case "tag": {
      const found = elements.find(
        (element) => element.localName.toLowerCase() === arg,
      );
      return found ? `<${found.localName}> present` : null;
    }
    case "attr": {
      const matches = (name: string) =>
        arg.endsWith("*") ? name.startsWith(arg.slice(0, -1)) : name === arg;
      for (const element of elements) {
        const name = element
          .getAttributeNames()
          .find((n) => matches(n.toLowerCase()));
        if (name) return `<${element.localName} ${name}> present`;
      }
      return null;
    }
    case "scheme": {
      for (const element of elements) {
        for (const name of element.getAttributeNames()) {
          if (!urlAttributes.has(name.toLowerCase())) continue;
          const value = element.getAttribute(name) ?? "";
          if (
            urlsOf(name.toLowerCase(), value).some((url) =>
              cleanUrl(url).startsWith(`${arg}:`),
            )
          )
            return `<${element.localName} ${name}="${value.slice(0, 80)}">`;
        }
      }
      return null;
    }
    case "load": {
      for (const element of elements) {
        for (const name of element.getAttributeNames()) {
          const isLink =
            name.toLowerCase() === "href" &&
            ["a", "area"].includes(element.localName);
          const value = element.getAttribute(name) ?? "";
          if (!isLink && value.toLowerCase().includes(arg))
            return `<${element.localName} ${name}="${value.slice(0, 80)}"> would load from ${arg}`;
        }
        if (
          element.localName === "style" &&
          (element.textContent ?? "").toLowerCase().includes(arg)
        )
          return `<style> loads from ${arg}`;
      }
      return null;
    }
    case "re": {
      const pattern = new RegExp(rule.slice(3), "i");
      const match = pattern.exec(markupView(container));
      return match
        ? `markup matches /${rule.slice(3)}/: ${match[0].slice(0, 80)}`
        : null;
    }
    default: {
      const view = markupView(container);
      return view.includes(rule.toLowerCase())
        ? `markup contains "${rule}"`
        : null;
    }
  }
}

/** Every rule in `rules` that does not hold, with what broke it. */
export function brokenRules(
  container: Element,
  rules: readonly string[],
): string[] {
  return rules.flatMap((rule) => {
    const problem = checkRule(container, rule);
    return problem ? [`${rule} — ${problem}`] : [];
  });
}

/** Every `must` substring missing from the markup view. */
export function missingSubstrings(
  container: Element,
  must: readonly string[],
): string[] {
  const view = markupView(container);
  return must.filter((text) => !view.includes(text.toLowerCase()));
}
