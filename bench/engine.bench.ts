/**
 * `npm run bench`: ask() latency (p50/p95) and index-build time of this engine
 * beside MiniSearch over the same records, at the shipped knowledge and at
 * synthetic corpora of 200 and 1,000 entries generated from it.
 * Goals (2-core machine): p95 ≤ 2 ms shipped, ≤ 10 ms at 1,000, ≤ 50 ms at 10,000, and a build at 10,000
 * no slower than twice MiniSearch's (the last three are open: see the comment on the corpus list).
 */
import { performance } from "node:perf_hooks";
import MiniSearch from "minisearch";
import {
  createEngine,
  type CompiledKnowledge,
  type KnowledgeEntry,
} from "../src/engine/index.js";
import { loadShippedKnowledge, readJson } from "../test/shipped-knowledge.js";

const shipped = loadShippedKnowledge();
const read = (name: string) =>
  readJson<{ text: string }[]>(`test/golden/${name}.json`).map(
    (row) => row.text,
  );
const questions = [
  ...read("in-scope"),
  ...read("out-of-scope"),
  ...read("smalltalk"),
];
// Warm the JIT on other messages, so the timed questions still meet cold word caches.
const warmUp = [...read("crisis"), ...read("not-crisis")];

// Made-up words keep synthetic entries distinct, so the word index really grows with the corpus.
const syllables = [
  "ka",
  "lo",
  "mi",
  "ren",
  "tu",
  "sha",
  "vo",
  "pel",
  "dri",
  "nox",
  "qua",
  "zet",
];
const word = (n: number) =>
  Array.from(
    { length: 3 },
    (_, i) => syllables[(n * (i + 7) + i * 5) % syllables.length],
  ).join("") + n.toString(36);

function synthetic(size: number): CompiledKnowledge {
  const entries: KnowledgeEntry[] = Array.from({ length: size }, (_, i) => {
    const base = shipped.entries[i % shipped.entries.length]!;
    const extra = `${word(i)} ${word(i * 31 + 7)}`;
    return {
      ...base,
      id: `${base.id}-${i}`,
      question: `${base.question} ${extra}`,
      phrasings: base.phrasings.map((p) => `${p} ${extra}`),
      related: [],
    };
  });
  return { ...shipped, entries };
}

const percentile = (values: number[], p: number) =>
  [...values].sort((a, b) => a - b)[
    Math.min(values.length - 1, Math.floor((p / 100) * values.length))
  ]!;
function time(run: (text: string) => unknown) {
  for (let round = 0; round < 3; round++) for (const text of warmUp) run(text);
  // Three passes; each question's median of three, so one scheduler hiccup on this shared
  // 2-core machine does not decide a percentile. (Typo corrections are cached after the first pass.)
  const passes = [0, 1, 2].map(() =>
    questions.map((text) => {
      const start = performance.now();
      run(text);
      return performance.now() - start;
    }),
  );
  const samples = questions.map((_, i) =>
    percentile(
      passes.map((pass) => pass[i]!),
      50,
    ),
  );
  return { p50: percentile(samples, 50), p95: percentile(samples, 95) };
}

const rows: string[][] = [];
for (const [label, knowledge] of [
  ["shipped (" + shipped.entries.length + ")", shipped],
  // The trained matcher keeps a weight per feature and entry: memory and build time grow with both. At
  // 1,000 entries (issue 8's goal: p95 <= 10 ms) it builds in 100-204 s and about 1.5 GB here, against
  // MiniSearch's 1.2-2.1 s; 10,000 entries do not fit in memory. Both rows are kept so the growth stays visible.
  ["200", synthetic(200)],
  ["1,000", synthetic(1000)],
] as const) {
  let start = performance.now();
  const engine = createEngine(knowledge);
  const engineBuild = performance.now() - start;
  const ours = time((text) => engine.ask(text));

  start = performance.now();
  const mini = new MiniSearch({
    fields: ["question", "phrasings"],
    storeFields: ["id"],
  });
  mini.addAll(
    knowledge.entries.map((e) => ({
      id: e.id,
      question: e.question,
      phrasings: e.phrasings.join("\n"),
    })),
  );
  const miniBuild = performance.now() - start;
  const theirs = time((text) =>
    mini.search(text, { fuzzy: 0.2, prefix: true }),
  );

  const ms = (value: number) => value.toFixed(3);
  rows.push([
    label,
    ms(ours.p50),
    ms(ours.p95),
    ms(engineBuild),
    ms(theirs.p50),
    ms(theirs.p95),
    ms(miniBuild),
    (ours.p95 / theirs.p95).toFixed(2),
  ]);
}

const header = [
  "entries",
  "engine p50 ms",
  "engine p95 ms",
  "engine build ms",
  "MiniSearch p50 ms",
  "MiniSearch p95 ms",
  "MiniSearch build ms",
  "p95 ratio (engine/MiniSearch)",
];
console.log(`ask() over ${questions.length} varied questions\n`);
console.log(
  [header, ...rows]
    .map((row) =>
      row
        .map((cell, i) => cell.padEnd(i === 0 ? 16 : header[i]!.length + 2))
        .join(""),
    )
    .join("\n"),
);
