import assert from 'node:assert/strict';
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { writeAtomic } from './write-atomic.js';

describe('writeAtomic', () => {
  let dir: string;
  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'faq-write-atomic-'));
  });
  after(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  test('writes a new file, creating the folders it needs', async () => {
    const path = join(dir, 'new', 'deeper', 'knowledge.json');
    await writeAtomic(path, '{"a":1}');
    assert.equal(await readFile(path, 'utf8'), '{"a":1}');
  });

  test('replaces an existing file with exactly the new content and leaves no temporary file', async () => {
    const folder = join(dir, 'replace');
    const path = join(folder, 'knowledge.json');
    await mkdir(folder);
    await writeFile(path, 'old content that is longer than the new one');
    await writeAtomic(path, 'new ✓');
    assert.equal(await readFile(path, 'utf8'), 'new ✓');
    assert.deepEqual(await readdir(folder), ['knowledge.json']);
  });

  test('a write that cannot finish throws, leaves what was there, and leaves no temporary file', async () => {
    // The target is a folder, so the final rename fails after the temporary file was written.
    const folder = join(dir, 'fails');
    const target = join(folder, 'knowledge.json');
    await mkdir(target, { recursive: true });
    await writeFile(join(target, 'inside.txt'), 'keep me');
    await assert.rejects(writeAtomic(target, 'new content'));
    assert.deepEqual(await readdir(folder), ['knowledge.json']);
    assert.equal(await readFile(join(target, 'inside.txt'), 'utf8'), 'keep me');
  });
});
