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
        const plan = planQuery(name);
        const first = applyNames(plan, matcher).first.map((n) => n.id);
        // A name that compares ("EC2 vs Lambda") shows the services it names, then the note that compares them.
        const shown = plan.comparison ? first.slice(0, 3) : first.slice(0, 1);
        return shown.some((id) => owners.get(foldName(name))!.has(id)) ? [] : [`${name} → ${first[0] ?? 'nothing'} (expected ${note.id})`];
      }),
    );
    expect(misses).toEqual([]);
  });

  // About 130 notes with a dozen names and concepts each; the layer must not outgrow the index it guides.
  it('stays small enough to load with the search (under 32 KB gzip)', () => {
    expect(gzipSync(read(lang)).length).toBeLessThan(32 * 1024);
  });
});

describe('names belong to one note', () => {
  it.each(['ko', 'en'] as const)("no note lists another note's title or official name among its aliases (%s)", (lang) => {
    const index = JSON.parse(read(lang)) as NamesIndex;
    const owner = new Map(index.notes.flatMap((note) => [[foldName(note.title), note.id] as const]));
    const claimed = index.notes.flatMap((note) =>
      note.names.filter((name) => owner.has(foldName(name)) && owner.get(foldName(name)) !== note.id).map((name) => `${note.id}: ${name}`),
    );
    expect(claimed).toEqual([]);
  });
});
