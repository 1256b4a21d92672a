import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { classifyQuestion } from '../classify.js';
import { normalizeText } from '../normalize.js';

const classify = (text: string) => classifyQuestion(normalizeText(text).split(' ').filter(Boolean));

const SMALLTALK: [string, string][] = [
  ['hi', 'greeting'],
  ['Hello there!', 'greeting'],
  ['good morning', 'greeting'],
  ['heyyy', 'greeting'],
  ['thanks so much', 'thanks'],
  ['thank you!', 'thanks'],
  ['ty', 'thanks'],
  ['bye', 'goodbye'],
  ['ok thanks bye', 'goodbye'],
  ['are you a real person?', 'identity'],
  ['is this a bot', 'identity'],
  ['am i talking to a human', 'identity'],
  ['what can you do', 'help'],
  ['hlep', 'help'],
];
const NOT_SMALLTALK = ['hi, what is ketamine?', 'thanks! how long does a session take', 'hello how much does it cost', 'what is anxiety', 'help me understand side effects'];

describe('small-talk phrases', () => {
  for (const [text, intent] of SMALLTALK) {
    it(`read "${text}" as ${intent}`, () => assert.deepEqual(classify(text), { kind: 'smalltalk', intent }));
  }
  for (const text of NOT_SMALLTALK) it(`treat "${text}" as a question`, () => assert.equal(classify(text).kind, 'question'));
});
