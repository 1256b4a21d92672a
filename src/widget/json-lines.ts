/**
 * Reads `knowledge.json` a line at a time, yielding between lines, so a slow
 * phone never spends one long task in `JSON.parse` (a 700 KiB file took
 * 250 ms at 4× CPU). The file is still one JSON document; `faq build`
 * (`serialize-knowledge.ts`) breaks it into lines of these kinds only:
 *
 * - an opener: `"key":{` or `"key":[` (or the first line, `{` and members);
 * - a closer: only `}` and `]`, and a comma;
 * - members of the open object (`"a":1,"b":2`) or elements of the open array
 *   (`"x","y"`), complete JSON values, with a comma unless they are the last.
 *
 * Anything else (an older file of one or two lines, a file written by hand)
 * throws, and the caller parses the text whole.
 */
export function* parseJsonLines(text: string): Generator<void, unknown> {
  const stack: (Record<string, unknown> | unknown[])[] = [];
  let root: unknown;
  const lines = text.split("\n");
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!.trim().replace(/,$/, "");
    if (line === "") continue;
    const top = stack.at(-1);
    if (index === 0) {
      if (!line.startsWith("{")) fail();
      const object: Record<string, unknown> = {};
      root = object;
      stack.push(object);
      add(object, line.slice(1));
    } else if (!top) {
      fail();
    } else if (/^[}\]]+$/.test(line)) {
      for (const closer of line) {
        const open = stack.pop();
        if (!open || Array.isArray(open) !== (closer === "]")) fail();
      }
    } else {
      const opener = /^("(?:[^"\\]|\\.)*"):([{[])$/.exec(line);
      if (opener && !Array.isArray(top)) {
        const child: Record<string, unknown> | unknown[] =
          opener[2] === "[" ? [] : {};
        define(top, JSON.parse(opener[1]!) as string, child);
        stack.push(child);
      } else add(top, line);
    }
    yield;
  }
  if (stack.length > 0) fail();
  return root;
}

// The caller only needs to know to parse the text whole; no message reaches anyone.
const fail = (): never => {
  throw new SyntaxError("not the layout faq build writes");
};

/** Adds a line's complete members to an object, or its elements to an array. */
function add(to: Record<string, unknown> | unknown[], line: string) {
  if (line === "") return;
  if (Array.isArray(to)) {
    for (const item of JSON.parse(`[${line}]`) as unknown[]) to.push(item);
    return;
  }
  const members = JSON.parse(`{${line}}`) as Record<string, unknown>;
  for (const key of Object.keys(members)) define(to, key, members[key]);
}

// A key named "__proto__" is data, as JSON.parse makes it: an assignment would set the prototype.
const define = (object: object, key: string, value: unknown) =>
  Object.defineProperty(object, key, {
    value,
    enumerable: true,
    writable: true,
    configurable: true,
  });
