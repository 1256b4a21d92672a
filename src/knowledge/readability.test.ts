import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { measureReadability, plainSentences } from './readability.js';

describe('plainSentences', () => {
  test('reads markdown as a visitor sees it: no link targets, no emphasis, each list item a sentence', () => {
    assert.deepEqual(plainSentences('**Ketamine** is a medicine. See [the leaflet](https://example.com/a).\n\n- fast heartbeat\n- feeling dizzy'), [
      'Ketamine is a medicine.',
      'See the leaflet.',
      'fast heartbeat',
      'feeling dizzy',
    ]);
  });
});

describe('measureReadability', () => {
  test('short words in short sentences read at an early grade', () => {
    const { grade, words, sentences } = measureReadability('Ketamine is a medicine. It is given in a clinic. Staff stay with you.');
    assert.deepEqual({ words, sentences }, { words: 14, sentences: 3 });
    assert.ok(grade < 4, `grade ${grade}`);
  });

  test('long sentences of long words read far above grade 9', () => {
    const { grade } = measureReadability(
      'Comprehensive psychiatric evaluation, differential diagnostic consideration of endocrine etiologies, and individualized psychotherapeutic intervention constitute recommended management.',
    );
    assert.ok(grade > 15, `grade ${grade}`);
  });

  test('an empty answer is grade 0 with no words', () => {
    assert.deepEqual(measureReadability('  \n'), { grade: 0, words: 0, sentences: 0 });
  });
});
