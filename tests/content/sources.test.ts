import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { NoteCorpus, measureCoverage } from '../../src/lib/source-coverage';

const SOURCES = 'content/sources';
const NOTES = 'content/notes/ko';
const seeds = readdirSync(SOURCES).filter((f) => f.endsWith('.txt')).sort();
const corpus = new NoteCorpus(readdirSync(NOTES).map((f) => readFileSync(path.join(NOTES, f), 'utf8')));

describe('nothing from the original sources is lost', () => {
  it('keeps the four sources unchanged, byte for byte, beside the notes', () => {
    expect(seeds).toHaveLength(4);
    const shared = path.resolve('../shared/seeds');
    for (const seed of seeds) {
      const original = readFileSync(path.join(shared, seed), 'utf8');
      expect(readFileSync(path.join(SOURCES, seed), 'utf8'), seed).toBe(original);
    }
  });

  it.each(seeds)('every list item, paragraph, table row and scenario of %s appears in a Korean note', (seed) => {
    const result = measureCoverage(readFileSync(path.join(SOURCES, seed), 'utf8'), corpus);
    const missing = result.unmatched.map((unit) => `${seed}:${unit.line}  ${unit.text}`);
    expect(missing).toEqual([]);
  });
});
