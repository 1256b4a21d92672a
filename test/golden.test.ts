import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import Fuse from 'fuse.js';
import MiniSearch from 'minisearch';
import { DEFAULTS } from '../src/engine/defaults.js';
import { createEngine, parseKnowledge } from '../src/engine/index.js';
import type { CompiledKnowledge, Engine } from '../src/engine/index.js';

// The golden development set: visitor messages written independently of the
// knowledge's phrasings. Runs against the shipped knowledge as built by `npm run build`.
const knowledge: CompiledKnowledge = parseKnowledge(JSON.parse(readFileSync('dist/knowledge.json', 'utf8')));
const load = <T>(name: string): T[] => JSON.parse(readFileSync(`test/golden/${name}.json`, 'utf8'));
const inScope = load<{ text: string; id: string }>('in-scope');
const outOfScope = load<{ text: string }>('out-of-scope');
const smalltalk = load<{ text: string }>('smalltalk');
const readSet = (path: string): { text: string }[] => JSON.parse(readFileSync(path, 'utf8'));
// Crisis sets: the golden one plus five written independently of the phrase lists (test/validation/, test/blind*/).
const crisis = [...load<{ text: string }>('crisis'), ...readSet('test/validation/crisis.json'), ...readSet('test/blind/crisis.json'), ...readSet('test/blind2/crisis.json'), ...readSet('test/blind3/crisis.json'), ...readSet('test/blind4/crisis.json')];
const notCrisis = [...load<{ text: string }>('not-crisis'), ...readSet('test/validation/not-crisis.json'), ...readSet('test/blind/not-crisis.json'), ...readSet('test/blind2/not-crisis.json'), ...readSet('test/blind3/not-crisis.json'), ...readSet('test/blind4/not-crisis.json')];
const engine = createEngine(knowledge);
// The same engine with every threshold at zero: its first candidate, comparable with a baseline's first hit.
const ranker = createEngine(knowledge, {}, { ...DEFAULTS, answerThreshold: 0, answerMargin: 0, certainThreshold: 0 });
const share = (count: number, total: number) => count / total;
const pct = (value: number) => `${(value * 100).toFixed(1)}%`;

/** Top-1 of a baseline that only ranks: it "answers" with its first hit. */
function baselineTop1(search: (text: string) => string | undefined): number {
  return share(inScope.filter(({ text, id }) => search(text) === id).length, inScope.length);
}

describe('golden set', () => {
  const answers = inScope.map(({ text, id }) => ({ id, answer: engine.ask(text) }));
  const top1 = share(answers.filter(({ id, answer }) => answer.kind === 'answer' && answer.id === id).length, inScope.length);
  const reachable = share(answers.filter(({ id, answer }) => answer.id === id || answer.suggestions.includes(id)).length, inScope.length);
  const wronglyCrisis = answers.filter(({ answer }) => answer.kind === 'crisis').length;
  const outAnswered = share(outOfScope.filter(({ text }) => engine.ask(text).kind === 'answer').length, outOfScope.length);
  const smalltalkFound = share(smalltalk.filter(({ text }) => engine.ask(text).kind === 'smalltalk').length, smalltalk.length);
  const crisisFound = crisis.filter(({ text }) => engine.ask(text).kind === 'crisis').length;

  it('reports its numbers beside plain Fuse.js and MiniSearch', () => {
    const records = knowledge.entries.map((entry) => ({ id: entry.id, question: entry.question, phrasings: entry.phrasings.join(' \n ') }));
    const fuse = new Fuse(records, { keys: ['question', 'phrasings'] });
    const mini = new MiniSearch({ fields: ['question', 'phrasings'] });
    mini.addAll(records);
    const fuseTop1 = baselineTop1((text) => fuse.search(text)[0]?.item.id);
    const rankTop1 = baselineTop1((text) => ranker.ask(text).id ?? undefined);
    const miniTop1 = baselineTop1((text) => mini.search(text, { fuzzy: 0.2, prefix: true })[0]?.id as string | undefined);
    console.log(
      [
        `golden: in-scope top-1 ${pct(top1)} (${inScope.length}), right entry in answer or suggestions ${pct(reachable)}`,
        `golden: out-of-scope answered ${pct(outAnswered)} (${outOfScope.length}), small talk ${pct(smalltalkFound)} (${smalltalk.length})`,
        `golden: crisis ${crisisFound}/${crisis.length}, in-scope treated as crisis ${wronglyCrisis}`,
        `golden: first candidate right (no thresholds): this engine ${pct(rankTop1)}, plain Fuse.js ${pct(fuseTop1)}, MiniSearch ${pct(miniTop1)}`,
      ].join('\n'),
    );
    assert.ok(rankTop1 > fuseTop1 && rankTop1 > miniTop1, 'the engine must beat both baselines');
  });
  it('reports the separate validation set, written apart and not used to write phrasings', () => {
    const validation = JSON.parse(readFileSync('test/validation/in-scope.json', 'utf8')) as { text: string; id: string }[];
    const validationOut = JSON.parse(readFileSync('test/validation/out-of-scope.json', 'utf8')) as { text: string }[];
    const replies = validation.map(({ text, id }) => ({ id, answer: engine.ask(text) }));
    const right = share(replies.filter(({ id, answer }) => answer.kind === 'answer' && answer.id === id).length, validation.length);
    const offered = share(replies.filter(({ id, answer }) => answer.id === id || answer.suggestions.includes(id)).length, validation.length);
    const wronglyAnswered = share(validationOut.filter(({ text }) => engine.ask(text).kind === 'answer').length, validationOut.length);
    console.log(`validation: in-scope top-1 ${pct(right)} (${validation.length}), offered ${pct(offered)}, out-of-scope answered ${pct(wronglyAnswered)} (${validationOut.length})`);
    assert.ok(right >= 0.75 && offered >= 0.9 && wronglyAnswered <= 0.1, 'validation floors');
  });
  it('recognises every crisis message', () => assert.equal(crisisFound, crisis.length));
  it('never treats an in-scope question as a crisis', () => assert.equal(wronglyCrisis, 0));
  it('never treats a message in the not-crisis set that is no mention of suicide as a crisis', () => {
    const misread = notCrisis.filter(({ text }) => !/suicid|self-harm/i.test(text) && engine.ask(text).kind === 'crisis');
    assert.deepEqual(misread.map(({ text }) => text), []);
  });
  // Floors, not targets: a scoring change that drops below them fails.
  it('answers at least 75% of in-scope messages with the right entry', () => assert.ok(top1 >= 0.75, pct(top1)));
  it('offers the right entry for at least 90% of in-scope messages', () => assert.ok(reachable >= 0.9, pct(reachable)));
  it('answers at most 10% of out-of-scope messages', () => assert.ok(outAnswered <= 0.1, pct(outAnswered)));
  it('recognises at least 90% of small talk', () => assert.ok(smalltalkFound >= 0.9, pct(smalltalkFound)));
});

export type { Engine };
