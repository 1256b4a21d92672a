import {
  LineCounter,
  isMap,
  isScalar,
  isSeq,
  parseDocument,
  stringify,
  type Node,
  type Pair,
} from "yaml";

/** A value the studio's forms write: text, or a list of texts, or a list of small records (crisis resources). */
export type YamlFormValue = string | string[] | Record<string, string>[];

/** One change: the field at `path` (keys from the top of the document) gets `value`. */
export interface YamlEdit {
  path: string[];
  value: YamlFormValue;
  /** How a list that does not exist yet is written: `[a, b]` (flow) or one `- item` per line (block). Default block. */
  flow?: boolean;
}

/**
 * Writes one scalar on one line, as plain text when YAML reads it back
 * unchanged and in double quotes otherwise (JSON's escaping is valid YAML),
 * so no character a visitor could type (`:`, `#`, quotes, a leading `-`,
 * line breaks) can change the document's structure.
 */
export function renderScalar(value: string): string {
  const plain = stringify(value, {
    lineWidth: 0,
    defaultStringType: "PLAIN",
  }).replace(/\n$/, "");
  return plain.includes("\n") ? JSON.stringify(value) : plain;
}

const renderFlow = (items: string[]) =>
  `[${items.map(renderScalar).join(", ")}]`;

/** A record as `key: value` lines, the first at the cursor and the rest at `column`. */
const renderRecord = (record: Record<string, string>, column: number) =>
  Object.entries(record)
    .filter(([, value]) => value !== "")
    .map(([key, value]) => `${key}: ${renderScalar(value)}`)
    .join(`\n${" ".repeat(column)}`);

/**
 * A block list starting at `column`. Items that were already there keep their
 * exact source text (quotes and all), so reordering or adding one phrasing
 * changes only the lines that really changed.
 */
function renderBlockList(
  value: string[] | Record<string, string>[],
  column: number,
  previous: Map<string, string[]>,
): string {
  if (value.length === 0) return "[]";
  const pad = " ".repeat(column);
  return value
    .map((item) => {
      if (typeof item !== "string")
        return `- ${renderRecord(item, column + 2)}`;
      const kept = previous.get(item)?.shift();
      return `- ${kept ?? renderScalar(item)}`;
    })
    .join(`\n${pad}`);
}

const sameValue = (node: unknown, value: YamlFormValue) => {
  const current =
    (node as Node | null)?.toJSON?.() ?? (isScalar(node) ? node.value : node);
  const normalise = (v: unknown): unknown =>
    Array.isArray(v)
      ? v.map(normalise)
      : v && typeof v === "object"
        ? Object.fromEntries(
            Object.entries(v)
              .filter(([, x]) => x !== "" && x != null)
              .map(([k, x]) => [k, String(x)]),
          )
        : v == null
          ? ""
          : String(v);
  return (
    JSON.stringify(normalise(current)) === JSON.stringify(normalise(value))
  );
};

/**
 * Applies form edits to a YAML text by replacing only the source of the
 * values that changed. Comments, blank lines, key order, quoting and folded
 * text of every other field stay byte-for-byte as they were, so a staff edit
 * is a small diff. (The `yaml` package's `Document.toString()` would
 * re-fold and re-quote the whole file.) Fields that do not exist yet are
 * added at the end of their parent.
 *
 * @throws Error when the text is not valid YAML or a parent on the path is not a mapping.
 */
export function editYamlText(text: string, edits: readonly YamlEdit[]): string {
  let result = text;
  // Edits are applied one at a time on a fresh parse, so each one's offsets are exact.
  for (const edit of edits) result = applyEdit(result, edit);
  return result;
}

function applyEdit(text: string, edit: YamlEdit): string {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, {
    lineCounter,
    keepSourceTokens: false,
  });
  if (document.errors.length > 0) throw new Error(document.errors[0]!.message);
  const columnOf = (offset: number) => lineCounter.linePos(offset).col - 1;
  let parent: unknown = document.contents;
  let parentIndent = -2;
  const path = [...edit.path];
  const last = path.pop()!;
  for (const [depth, key] of path.entries()) {
    if (!isMap(parent)) throw new Error(`"${key}" is not a group of settings`);
    const pair = findPair(parent, key);
    if (!pair)
      return insertPair(
        text,
        endOf(text, parent, parentIndent, columnOf),
        edit.path.slice(depth),
        edit,
      );
    const keyRange = (pair.key as Node).range!;
    if (
      pair.value === null ||
      (isScalar(pair.value) &&
        (pair.value.value === null || pair.value.value === ""))
    ) {
      // `facts:` with nothing under it yet: the new lines go right below it.
      const lineEnd = text.indexOf("\n", keyRange[1]);
      const at = lineEnd === -1 ? text.length : lineEnd + 1;
      return insertPair(
        text,
        { at, indent: columnOf(keyRange[0]) + 2 },
        edit.path.slice(depth + 1),
        edit,
      );
    }
    parentIndent = columnOf(keyRange[0]);
    parent = pair.value;
  }
  if (parent !== null && parent !== undefined && !isMap(parent))
    throw new Error(`"${path.join(".")}" is not a group of settings`);
  const pair = isMap(parent) ? findPair(parent, last) : undefined;
  if (!pair)
    return insertPair(
      text,
      endOf(text, parent, parentIndent, columnOf),
      [last],
      edit,
    );
  const node = pair.value;
  if (sameValue(node, edit.value)) return text;
  if (
    !node ||
    !node.range ||
    (isScalar(node) &&
      node.value === null &&
      text.slice(node.range[0], node.range[1]).trim() === "")
  ) {
    // `key:` with nothing after it: the value goes after the colon, or a block list on the lines below.
    const keyRange = (pair.key as Node).range!;
    const at = text.indexOf(":", keyRange[1]) + 1;
    const column = columnOf(keyRange[0]) + 2;
    const rendered =
      typeof edit.value === "string" || edit.flow
        ? ` ${renderValue(edit, column, false, new Map())}`
        : `\n${" ".repeat(column)}${renderBlockList(edit.value, column, new Map())}`;
    return text.slice(0, at) + rendered + text.slice(at);
  }
  const [start, end] = node.range;
  const isBlock = (isSeq(node) || isMap(node)) && !node.flow;
  const previous = new Map<string, string[]>();
  if (isSeq(node)) {
    for (const item of node.items) {
      if (isScalar(item) && item.range) {
        const source = text.slice(item.range[0], item.range[1]);
        previous.set(String(item.value), [
          ...(previous.get(String(item.value)) ?? []),
          source,
        ]);
      }
    }
  }
  const original = text.slice(start, end);
  const trailing = original.match(/\s*$/)![0];
  const rendered =
    isBlock || (isScalar(node) && Array.isArray(edit.value))
      ? renderValue({ ...edit, flow: false }, columnOf(start), true, previous)
      : renderValue(
          { ...edit, flow: isSeq(node) ? true : (edit.flow ?? false) },
          columnOf(start),
          false,
          previous,
        );
  // A folded or literal block (`>-`) keeps its final line break; block lists keep theirs.
  const keepBreak = trailing.includes("\n")
    ? "\n" + (trailing.split("\n").pop() ?? "")
    : trailing;
  return text.slice(0, start) + rendered + keepBreak + text.slice(end);
}

function renderValue(
  edit: YamlEdit,
  column: number,
  block: boolean,
  previous: Map<string, string[]>,
): string {
  const { value } = edit;
  if (typeof value === "string") return renderScalar(value);
  if (!block && edit.flow && value.every((item) => typeof item === "string"))
    return renderFlow(value as string[]);
  return renderBlockList(value, column, previous);
}

const findPair = (map: { items: Pair[] }, key: string) =>
  map.items.find(
    (item) => isScalar(item.key) && String(item.key.value) === key,
  ) as Pair<Node, Node | null> | undefined;

/** Where new keys of a mapping go: after its last value, at the column of its keys. */
function endOf(
  text: string,
  parent: unknown,
  parentIndent: number,
  columnOf: (offset: number) => number,
): { at: number; indent: number } {
  if (isMap(parent) && parent.items.length > 0 && parent.range) {
    return {
      at: parent.range[1],
      indent: columnOf((parent.items[0]!.key as Node).range![0]),
    };
  }
  return { at: text.length, indent: parentIndent + 2 };
}

/** Adds `key: value` (and any missing parents) at `at`, the first key at column `indent`. */
function insertPair(
  text: string,
  { at, indent }: { at: number; indent: number },
  keys: string[],
  edit: YamlEdit,
): string {
  if (isEmptyValue(edit.value)) return text;
  let lines = "";
  keys.forEach((key, depth) => {
    const pad = " ".repeat(indent + depth * 2);
    if (depth < keys.length - 1) {
      lines += `${pad}${key}:\n`;
      return;
    }
    const column = indent + depth * 2 + 2;
    lines +=
      typeof edit.value === "string" || edit.flow
        ? `${pad}${key}: ${renderValue(edit, column, false, new Map())}\n`
        : `${pad}${key}:\n${" ".repeat(column)}${renderBlockList(edit.value, column, new Map())}\n`;
  });
  const before = text.slice(0, at);
  const separator = before === "" || before.endsWith("\n") ? "" : "\n";
  return before + separator + lines + text.slice(at);
}

const isEmptyValue = (value: YamlFormValue) =>
  typeof value === "string" ? value === "" : value.length === 0;
