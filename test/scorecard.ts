import Fuse from "fuse.js";
import MiniSearch from "minisearch";
import type { CompiledKnowledge, Engine } from "../src/engine/index.js";

/** A matching set: in-scope messages with the entry that answers them, off-topic messages and small talk. */
export interface MatchingSet {
  inScope: { text: string; id: string; style?: string }[];
  offTopic: { text: string }[];
  smalltalk: { text: string; intent?: string }[];
}

/** A crisis set: messages from people who may be at risk, and look-alikes that are not. */
export interface CrisisSet {
  crisis: {
    text: string;
    type?: string;
    about?: "self" | "other";
    expectId?: string | null;
  }[];
  negatives: {
    text: string;
    type?: string;
    expectId?: string | null;
    mentionsSuicide?: boolean;
  }[];
}

const share = (count: number, total: number) =>
  total === 0 ? 1 : count / total;
/** A share as a percentage with one decimal. */
export const pct = (value: number) => `${(value * 100).toFixed(1)}%`;

/** The matching figures the issues ask for, on one set. */
export function scoreMatching(engine: Engine, set: MatchingSet) {
  const replies = set.inScope.map((item) => ({
    item,
    answer: engine.ask(item.text),
  }));
  const byStyle = new Map<string, { right: number; total: number }>();
  for (const { item, answer } of replies) {
    const style = byStyle.get(item.style ?? "any") ?? { right: 0, total: 0 };
    style.total++;
    if (answer.id === item.id || answer.suggestions[0] === item.id)
      style.right++;
    byStyle.set(item.style ?? "any", style);
  }
  return {
    inScope: set.inScope.length,
    top1: share(
      replies.filter(
        ({ item, answer }) => answer.kind === "answer" && answer.id === item.id,
      ).length,
      replies.length,
    ),
    rightFirst: share(
      replies.filter(
        ({ item, answer }) =>
          answer.id === item.id ||
          (answer.kind === "suggest" && answer.suggestions[0] === item.id),
      ).length,
      replies.length,
    ),
    offered: share(
      replies.filter(
        ({ item, answer }) =>
          answer.id === item.id || answer.suggestions.includes(item.id),
      ).length,
      replies.length,
    ),
    wrongAnswer: share(
      replies.filter(
        ({ item, answer }) => answer.kind === "answer" && answer.id !== item.id,
      ).length,
      replies.length,
    ),
    inScopeCrisisPanel: share(
      replies.filter(({ answer }) => answer.kind === "crisis").length,
      replies.length,
    ),
    offTopic: set.offTopic.length,
    offTopicAnswered: share(
      set.offTopic.filter(({ text }) => engine.ask(text).kind === "answer")
        .length,
      set.offTopic.length,
    ),
    smalltalk: set.smalltalk.length,
    smalltalkFound: share(
      set.smalltalk.filter(({ text }) => engine.ask(text).kind === "smalltalk")
        .length,
      set.smalltalk.length,
    ),
    firstRightByStyle: Object.fromEntries(
      [...byStyle].map(([style, { right, total }]) => [
        style,
        share(right, total),
      ]),
    ),
  };
}

/** The entries as plain search libraries see them: question and phrasings, one record each. */
const baselineRecords = (knowledge: CompiledKnowledge) =>
  knowledge.entries.map((entry) => ({
    id: entry.id,
    question: entry.question,
    phrasings: entry.phrasings.join(" \n "),
  }));

const firstRight = (set: MatchingSet, search: (text: string) => unknown) =>
  share(
    set.inScope.filter(({ text, id }) => search(text) === id).length,
    set.inScope.length,
  );

/** One index per knowledge, however many sets are scored on it (the sealed sets are twelve). */
const indexOnce = <T extends object>(
  build: (knowledge: CompiledKnowledge) => T,
) => {
  const built = new WeakMap<CompiledKnowledge, T>();
  return (knowledge: CompiledKnowledge): T => {
    let index = built.get(knowledge);
    if (!index) built.set(knowledge, (index = build(knowledge)));
    return index;
  };
};

const fuseIndex = indexOnce(
  (knowledge) =>
    new Fuse(baselineRecords(knowledge), { keys: ["question", "phrasings"] }),
);

/** A result of MiniSearch's for one term of a query, per document (its internal shape, MiniSearch 7). */
type TermResults = Map<
  number,
  { score: number; terms: string[]; match: Record<string, string[]> }
>;
type QuerySpec = {
  term: string;
  fuzzy?: unknown;
  prefix?: unknown;
  termBoost?: number;
};

const miniSearchIndex = indexOnce((knowledge) => {
  const mini = new MiniSearch({ fields: ["question", "phrasings"] });
  mini.addAll(baselineRecords(knowledge));
  // The same search, remembered term by term: sixteen thousand sealed messages share a few thousand words,
  // and MiniSearch looked each one up again (fuzzy and by prefix) for every message, two thirds of its time.
  // Each use gets a copy of the scores and matched query terms, since combining a query's terms adds into
  // the first term's results; ranking reads nothing else (not `match`, the words matched in each document,
  // left empty here), so the scores, their order and the first hit are MiniSearch's own.
  const internals = mini as unknown as {
    executeQuerySpec(query: QuerySpec, options: object): TermResults;
  };
  const lookUp = internals.executeQuerySpec.bind(mini);
  const remembered = new Map<string, TermResults>();
  internals.executeQuerySpec = (query, options) => {
    const key = JSON.stringify([
      query.term,
      query.fuzzy,
      query.prefix,
      query.termBoost,
    ]);
    let results = remembered.get(key);
    if (!results) remembered.set(key, (results = lookUp(query, options)));
    return new Map(
      [...results].map(([id, { score, terms }]) => [
        id,
        { score, terms: [...terms], match: {} },
      ]),
    );
  };
  return mini;
});

/** Right entry first for plain Fuse.js over the same questions and phrasings (its first hit). Seconds a set. */
export function fuseFirstRight(knowledge: CompiledKnowledge, set: MatchingSet) {
  const fuse = fuseIndex(knowledge);
  return firstRight(set, (text) => fuse.search(text)[0]?.item.id);
}

/** Right entry first for MiniSearch over the same questions and phrasings (its first hit). */
export function miniSearchFirstRight(
  knowledge: CompiledKnowledge,
  set: MatchingSet,
) {
  const mini = miniSearchIndex(knowledge);
  return firstRight(
    set,
    (text) => mini.search(text, { fuzzy: 0.2, prefix: true })[0]?.id,
  );
}

/** Right entry first for plain Fuse.js and MiniSearch over the same questions and phrasings. */
export const scoreBaselines = (
  knowledge: CompiledKnowledge,
  set: MatchingSet,
) => ({
  fuse: fuseFirstRight(knowledge, set),
  miniSearch: miniSearchFirstRight(knowledge, set),
});

/** The crisis figures the issue asks for, on one set. */
export function scoreCrisis(engine: Engine, set: CrisisSet) {
  const crisis = set.crisis.map((item) => ({
    item,
    answer: engine.ask(item.text),
  }));
  const negatives = set.negatives.map((item) => ({
    item,
    answer: engine.ask(item.text),
  }));
  const embedded = crisis.filter(({ item }) => item.expectId);
  const other = crisis.filter(({ item }) => item.about === "other");
  const education = negatives.filter(
    ({ item }) => item.mentionsSuicide && item.expectId,
  );
  return {
    crisis: crisis.length,
    resources: share(
      crisis.filter(({ answer }) => answer.crisis !== null).length,
      crisis.length,
    ),
    panelFirst: share(
      crisis.filter(({ answer }) => answer.kind === "crisis").length,
      crisis.length,
    ),
    embeddedAnswered: share(
      embedded.filter(({ item, answer }) => answer.id === item.expectId).length,
      embedded.length,
    ),
    otherWorded: share(
      other.filter(({ answer }) => answer.crisis?.about === "other").length,
      other.length,
    ),
    negatives: negatives.length,
    negativesPanel: share(
      negatives.filter(({ answer }) => answer.kind === "crisis").length,
      negatives.length,
    ),
    educationAnswered: share(
      education.filter(({ item, answer }) => answer.id === item.expectId)
        .length,
      education.length,
    ),
    missed: crisis
      .filter(({ answer }) => answer.crisis === null)
      .map(({ item }) => item.text),
  };
}
