import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { normalizeText as normalizeWith } from './normalize.js';
import { PHRASES } from './phrases/index.js';
import { createTokenizer, stem } from './tokenize.js';

const normalizeText = (text: string) => normalizeWith(text, PHRASES.texting);
const tokenize = createTokenizer(PHRASES.stopWords, PHRASES.intentPairs);

describe('normalizeText', () => {
  const cases: [string, string][] = [
    ["What's ketamine?", 'what is ketamine'],
    ["I don't know", 'i do not know'],
    ['CAFÉ  Crème', 'cafe creme'],
    ['hw long r u', 'how long are you'],
    ['su1c1de', 'suicide'],
    ['take 50mg', 'take 50 mg'],
    ['zero\u200Bwidth', 'zero width'],
    ['helloooo', 'helloo'],
    ['<b>hi</b> *there*', 'b hi b there'],
    ['', ''],
  ];
  for (const [input, expected] of cases) it(`turns ${JSON.stringify(input)} into ${JSON.stringify(expected)}`, () => assert.equal(normalizeText(input), expected));
});

describe('tokenize', () => {
  it('keeps intent pairs so "how long" and "how many" differ', () => {
    assert.ok(tokenize('how long is a session').includes('how_long'));
    assert.ok(tokenize('how many sessions').includes('how_many'));
  });
  it('drops stop words and stems plurals', () => assert.deepEqual(tokenize('what are the sessions'), ['what', 'session']));
  it('stems only lightly', () => assert.deepEqual(['infusions', 'studies', 'working', 'is'].map(stem), ['infusion', 'study', 'work', 'is']));
});
