import { LineCounter, YAMLError, isMap, isScalar, isSeq, parseDocument, visit, type Node } from 'yaml';

/** Parsed YAML plus the line each top-level key and list item starts on. */
export interface YamlWithLines {
  /** Plain JavaScript value of the document, or undefined when it had errors. */
  value: unknown;
  /** The line of each top-level key (1-based, in the file, not the block). */
  keyLines: Map<string, number>;
  /** The line of each item of each top-level list, in order. */
  itemLines: Map<string, number[]>;
  /** The first syntax error, with its line in the file. */
  error?: { line: number; message: string };
}

/**
 * Parses a YAML block that starts at `firstLine` of its file, keeping line
 * numbers so every problem can point staff at the exact line.
 */
export function parseYaml(source: string, firstLine = 1): YamlWithLines {
  const lineCounter = new LineCounter();
  const document = parseDocument(source, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const lineOf = (offset: number | undefined) => lineCounter.linePos(offset ?? 0).line + firstLine - 1;
  const keyLines = new Map<string, number>();
  const itemLines = new Map<string, number[]>();
  const firstError: YAMLError | undefined = document.errors[0];
  if (firstError) {
    const detail = firstError.message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '') ?? 'syntax error';
    return { value: undefined, keyLines, itemLines, error: { line: lineOf(firstError.pos[0]), message: detail } };
  }
  if (isMap(document.contents)) {
    for (const pair of document.contents.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
      keyLines.set(key, lineOf((pair.key as Node | null)?.range?.[0]));
      if (isSeq(pair.value)) {
        itemLines.set(key, pair.value.items.map((item) => lineOf((item as Node | null)?.range?.[0])));
      }
    }
  }
  try {
    return { value: document.toJS(), keyLines, itemLines };
  } catch (error) {
    // The yaml package refuses aliases (`*name`) that would expand into a huge value ("billion laughs"), by
    // throwing: reported at the first alias, as any other syntax problem.
    let aliasOffset: number | undefined;
    visit(document, {
      Alias(_, node) {
        aliasOffset = node.range?.[0];
        return visit.BREAK;
      },
    });
    const detail = error instanceof Error ? error.message.split('\n')[0]! : 'unreadable';
    return { value: undefined, keyLines, itemLines, error: { line: lineOf(aliasOffset), message: detail } };
  }
}
