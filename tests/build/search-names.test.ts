import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { NameMatcher, foldName, type NamesIndex } from '../../src/lib/search/names';
import { applyNames, planQuery } from '../../src/lib/search/plan';
import { realSite } from '../support/dist';

// The names of the real notes: every one must find its note.
const { file: distFile, noteIds } = realSite;

const read = (lang: 'ko' | 'en') => readFileSync(distFile(`${lang}/search-names.json`), 'utf8');

describe.each(['ko', 'en'] as const)('the names layer of the search (%s)', (lang) => {
  const index = JSON.parse(read(lang)) as NamesIndex;
  const matcher = new NameMatcher(index);

  it('holds every note of the language', () => {
    expect(index.notes.map((n) => n.id).sort()).toEqual(noteIds('ko'));
  });

  it('puts a note first for each of its names, unless another note shares that name', () => {
    const owners = new Map<string, Set<string>>();
    for (const note of index.notes) {
      for (const name of [note.title, ...note.names]) {
        const key = foldName(name);
        owners.set(key, (owners.get(key) ?? new Set()).add(note.id));
      }
    }
    const misses = index.notes.flatMap((note) =>
      [note.title, ...note.names].flatMap((name) => {
        const first = applyNames(planQuery(name), matcher).first[0]?.id;
        return first && owners.get(foldName(name))!.has(first) ? [] : [`${name} → ${first ?? 'nothing'} (expected ${note.id})`];
      }),
    );
    expect(misses).toEqual([]);
  });

  it('stays small enough to load with the search (under 24 KB gzip)', () => {
    expect(gzipSync(read(lang)).length).toBeLessThan(24 * 1024);
  });
});
