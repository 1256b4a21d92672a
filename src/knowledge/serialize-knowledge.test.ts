import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseKnowledge, parseKnowledgeHead } from '../engine/parse-knowledge.js';
import { loadShippedKnowledge } from '../../test/shipped-knowledge.js';
import { shippedKnowledge } from './compile.js';
import { serializeKnowledge } from './serialize-knowledge.js';

describe('serializeKnowledge', () => {
  const knowledge = loadShippedKnowledge();
  const text = serializeKnowledge(knowledge);
  it('writes one JSON document that reads back as the shipped knowledge', () => {
    assert.deepEqual(parseKnowledge(JSON.parse(text)), parseKnowledge(shippedKnowledge(knowledge)));
  });
  it('puts the settings and every question on a first line of its own, readable alone', () => {
    const lines = text.split('\n');
    assert.ok(lines[0]!.endsWith(','));
    const head = parseKnowledgeHead(JSON.parse(`${lines[0]!.slice(0, -1)}}`));
    assert.deepEqual(head.settings, parseKnowledge(JSON.parse(text)).settings);
    assert.deepEqual(
      head.entries.map(({ id, topic, question }) => [id, topic, question]),
      knowledge.entries.map(({ id, topic, question }) => [id, topic, question]),
    );
  });
  // The bound keeps each line's parse far inside a 50 ms task on a slow phone: the longest line (an entry
  // with 501 phrasings and visitor messages, 42,350 characters) parses in 0.04 ms in Node on this machine,
  // about 0.15 ms at 4× CPU. It was 40,000 until that entry outgrew it (fifteenth session).
  it('breaks the rest into lines the widget parses one at a time: each entry on one, none over 80,000 characters', () => {
    const lines = text.split('\n');
    assert.ok(lines.length > knowledge.entries.length, `${lines.length} lines`);
    for (const entry of knowledge.entries) assert.ok(lines.some((line) => line.startsWith(`{"id":${JSON.stringify(entry.id)},`)), entry.id);
    const longest = Math.max(...lines.map((line) => line.length));
    assert.ok(longest <= 80_000, `${longest} characters`);
  });
  it('keeps the first line small: under a tenth of the file', () => {
    assert.ok(text.indexOf('\n') < text.length / 10, `${text.indexOf('\n')} of ${text.length}`);
  });
});
