import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { noteIds } from '../support/dist';
import { searchIndex, useSite } from './support';

const site = useSite();

function frontmatter(lang: 'ko' | 'en', id: string): { title: string; service: string; aliases: string[] } {
  const source = readFileSync(`content/notes/${lang}/${id}.mdx`, 'utf8');
  return parseYaml(/^---\n([\s\S]*?)\n---/.exec(source)![1]!);
}

/** Every name of a note that a learner may type, and the notes that answer to the same name. */
function namesToFind(lang: 'ko' | 'en') {
  const notes = noteIds(lang).map((id) => ({ id, ...frontmatter(lang, id) }));
  const owners = new Map<string, string[]>();
  for (const note of notes) {
    for (const name of new Set([note.service, ...note.aliases])) {
      const key = name.toLowerCase();
      owners.set(key, [...(owners.get(key) ?? []), note.id]);
    }
  }
  return notes.flatMap((note) =>
    [...new Set([note.service, ...note.aliases])].map((name) => ({ id: note.id, name, owners: owners.get(name.toLowerCase())! })),
  );
}

describe('finding a note by any of its names', () => {
  for (const lang of ['ko', 'en'] as const) {
    it(`every alias and service name finds its own note first (${lang})`, async () => {
      const page = await site.newPage();
      await page.goto(site.url(`/${lang}/`));
      const misses: string[] = [];
      for (const { id, name, owners } of namesToFind(lang)) {
        const [first] = await searchIndex(page, name);
        const firstId = first?.match(/\/notes\/([^/]+)\//)?.[1];
        // A name shared by several notes (e.g. "Kinesis") may lead to any of them.
        if (!firstId || !owners.includes(firstId)) misses.push(`${name} → ${first ?? 'nothing'} (expected ${id})`);
      }
      expect(misses).toEqual([]);
      await page.close();
    });
  }

  it('finds notes by what they do, in English', async () => {
    const page = await site.newPage();
    await page.goto(site.url('/en/'));
    expect((await searchIndex(page, 'serverless compute'))[0]).toContain('/en/notes/lambda/');
    expect((await searchIndex(page, 'content delivery network'))[0]).toContain('/en/notes/cloudfront/');
    await page.close();
  });
});
