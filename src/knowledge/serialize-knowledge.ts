import type { CompiledKnowledge } from '../engine/types.js';
import { shippedKnowledge } from './compile.js';

/** Elements of a long list (off-topic examples) and members of the detector's weights per line. */
const ITEMS_PER_LINE = 200;

/**
 * The text of `knowledge.json`: the shipped knowledge (see `shippedKnowledge`) as JSON, with a first
 * line of its own that carries the clinic's settings and every entry's id, topic and question (a
 * `head`; see `parseKnowledgeHead`). The widget reads that line as soon as it arrives and greets the
 * visitor with starter questions while the rest (mostly the training phrasings) downloads; on a slow
 * phone network that is seconds sooner. The rest is broken into lines the widget parses one at a time
 * (`src/widget/json-lines.ts` says which kinds of line), each entry on one: parsed whole, the file held
 * a 4× slower phone for 250 ms. The whole file is still one JSON document for every other reader,
 * which ignores `head`.
 */
export function serializeKnowledge(knowledge: CompiledKnowledge): string {
  const shipped = shippedKnowledge(knowledge);
  // The shape `parseKnowledgeHead` reads.
  const head = {
    settings: shipped.settings,
    questions: shipped.entries.map(({ id, topic, question }) => ({ id, topic, question })),
  };
  // JSON.stringify writes no line breaks (those inside strings are escaped): the only ones are these.
  const { phrases, crisisModel, aboutModel, scriptModel, entries, ...rest } = shipped;
  const parts = [
    ...Object.entries(rest).map(([key, value]) => member(key, JSON.stringify(value))),
    // Lists and flat objects in chunks of lines; the models' weights are one long flat object.
    ...Object.entries({ phrases, crisisModel, aboutModel, scriptModel })
      .filter(([, value]) => value !== undefined)
      .map(([key, value]) => member(key, objectLines(value!))),
    member('entries', `[\n${entries.map((entry) => JSON.stringify(entry)).join(',\n')}\n]`),
  ];
  return `{"head":${JSON.stringify(head)},\n${parts.join(',\n')}\n}`;
}

const member = (key: string, value: string) => `${JSON.stringify(key)}:${value}`;

/** An object with one member per line, each member's value in chunks. */
const objectLines = (object: object) =>
  `{\n${Object.entries(object)
    .map(([key, value]) => member(key, chunked(value)))
    .join(',\n')}\n}`;

/**
 * A list's elements or a flat object's members, `ITEMS_PER_LINE` a line; an object of lists or objects
 * (the small-talk examples by kind) one member per line, each chunked in turn; anything else on one line.
 */
const chunked = (value: unknown): string => {
  if (typeof value !== 'object' || value === null) return JSON.stringify(value);
  const isList = Array.isArray(value);
  const values = Object.values(value);
  if (!isList && values.length > 0 && values.every((item) => typeof item === 'object' && item !== null)) return objectLines(value);
  const items = isList
    ? value.map((item) => JSON.stringify(item))
    : Object.entries(value).map(([key, item]) => member(key, JSON.stringify(item)));
  const lines: string[] = [];
  for (let start = 0; start < items.length; start += ITEMS_PER_LINE) lines.push(items.slice(start, start + ITEMS_PER_LINE).join(','));
  return isList ? `[\n${lines.join(',\n')}\n]` : `{\n${lines.join(',\n')}\n}`;
};
