/** The URL parser every host (Node, browsers) has; the engine's types leave out both DOM and Node. */
const host = globalThis as unknown as {
  URL: new (url: string) => { protocol: string };
};

/**
 * Whether a value is a web address a browser can open: it parses as a URL, and
 * its scheme is http or https (`https://clinic.example:443000/x` does not
 * parse). `faq check` refuses the others where they enter; the engine drops
 * them again, for a knowledge file written by hand.
 */
export function isWebUrl(value: string): boolean {
  try {
    const url = new host.URL(value);
    return url.protocol === "https:" || url.protocol === "http:";
  } catch {
    return false;
  }
}
