/**
 * Generated visitor messages for the fuzz tests (Node and browser): the same
 * seed always gives the same inputs, so a failure names a reproducible index.
 * @module
 */

/** mulberry32: a small, fast, seedable PRNG. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const controls =
  Array.from({ length: 32 }, (_, code) => String.fromCharCode(code)).join("") +
  "\u007f\u0085\u009f";
const zeroWidth = "\u200b\u200c\u200d\u2060\ufeff\u00ad\u180e\u034f";
const bidi =
  "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c";
const spaces =
  " \t\n\r\u00a0\u1680\u2000\u2003\u2009\u200a\u2028\u2029\u202f\u205f\u3000\u000b\u000c";

/** Fragments by kind; inputs are built from them. */
export const fuzzFragments: Readonly<Record<string, readonly string[]>> = {
  words: [
    "what is ketamine",
    "how long does a session take",
    "anxiety",
    "side effects",
    "cost",
    "is it safe",
    "ketamine",
    "session",
    "help",
  ],
  rtl: [
    "ما هو الكيتامين؟",
    "מה זה קטמין",
    "کتامین چیست",
    "\u202eenimatek si tahw",
    "שלום hello مرحبا",
  ],
  emoji: [
    "😀",
    "👩‍👩‍👧‍👦",
    "🏳️‍🌈",
    "👍🏽",
    "🇺🇸",
    "❤️‍🔥",
    "\ud83d",
    "\ude00",
    "🧪💊",
    "\ud800\udc00",
  ],
  html: [
    "<img src=x onerror=alert(1)>",
    "<script>alert(1)</script>",
    "</div><b>",
    "&lt;&amp;&#0;&#x110000;",
    "<svg onload=alert(1)>",
    '"><a href=javascript:alert(1)>',
    "<!--",
    "<![CDATA[x]]>",
  ],
  markdown: [
    "**bold**",
    "[x](javascript:alert(1))",
    "> > > > >",
    "[[[[[[[[",
    "```\ncode\n```",
    "| a | b |\n|---|---|",
    "![i](https://evil.example/i.png)",
    "* * *",
    "# heading",
  ],
  regex: [
    ".*",
    "(a+)+$",
    "^$",
    "\\",
    "[",
    "]",
    "(",
    ")",
    "{1,}",
    "?",
    "+",
    "|",
    "\\b\\d\\w",
    "(?<=x)",
    "[^]",
    "$&",
    "$1",
  ],
  fuse: [
    "'",
    "=",
    "!",
    "^",
    "$",
    "'ketamine",
    "=ketamine",
    "!ketamine",
    "^ket",
    "mine$",
    "!^ket",
    "!mine$",
    "ket | ana",
    '"exact phrase"',
    '\'"quoted" | !x',
  ],
  crisis: ["I want to die", "kill myself", "suicide", "I overdosed"],
};

const kinds = Object.keys(fuzzFragments);

/**
 * `count` inputs covering: empty, whitespace only, 100,000 characters, control
 * and zero-width characters, right-to-left text, emoji (and lone surrogates),
 * HTML, markdown, regex and Fuse.js extended-search metacharacters, and
 * mixtures of all of them.
 */
export function fuzzInputs(count: number, seed = 20240601): string[] {
  const next = random(seed);
  const pick = <T>(items: readonly T[]): T =>
    items[Math.floor(next() * items.length)] as T;
  const chars = (alphabet: string, length: number) =>
    Array.from(
      { length },
      () => alphabet[Math.floor(next() * alphabet.length)],
    ).join("");
  const mixture = (parts: number) =>
    Array.from({ length: parts }, () => {
      const roll = next();
      if (roll < 0.15)
        return chars(controls + zeroWidth + bidi, 1 + Math.floor(next() * 4));
      if (roll < 0.25) return chars(spaces, 1 + Math.floor(next() * 3));
      return pick(fuzzFragments[pick(kinds)] as string[]);
    }).join(pick(["", " ", "\n", zeroWidth[0] as string]));
  const generators: (() => string)[] = [
    () => "",
    () => chars(spaces, 1 + Math.floor(next() * 40)),
    () => chars(controls, 1 + Math.floor(next() * 40)),
    () => chars(zeroWidth + bidi, 1 + Math.floor(next() * 40)),
    () => pick(fuzzFragments.rtl as string[]),
    () =>
      Array.from({ length: 1 + Math.floor(next() * 30) }, () =>
        pick(fuzzFragments.emoji as string[]),
      ).join(""),
    () => pick(fuzzFragments.html as string[]),
    () => pick(fuzzFragments.markdown as string[]),
    () => chars(".*+?^${}()|[]\\/", 1 + Math.floor(next() * 60)),
    () =>
      chars("'=!^$|\" ", 1 + Math.floor(next() * 30)) +
      pick(fuzzFragments.words as string[]),
    () => mixture(2 + Math.floor(next() * 12)),
    () => mixture(50 + Math.floor(next() * 400)),
  ];
  const huge: (() => string)[] = [
    () => "a".repeat(100_000),
    () => "ketamine ".repeat(11_112).slice(0, 100_000),
    () => chars("abcdefghijklmnopqrstuvwxyz ?.!", 100_000),
    () => "😀".repeat(50_000),
    () => chars(controls + zeroWidth + bidi + spaces, 100_000),
    () => "(a+)+$ [[[ ** ".repeat(7143).slice(0, 100_000),
    () => `${"I'm fine. ".repeat(9_990)}I want to die`,
    // Long runs of digits: normalizing once scanned such a run again from every position (20,000: 100 ms).
    () => "1".repeat(100_000),
    () => "12345".repeat(20_000),
  ];
  return Array.from({ length: count }, (_, index) =>
    // One in a hundred is 100,000 characters long.
    index % 100 === 99
      ? (huge[((index / 100) % huge.length) | 0] as () => string)()
      : (generators[index % generators.length] as () => string)(),
  );
}
