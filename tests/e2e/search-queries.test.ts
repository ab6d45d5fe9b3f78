import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { noteIds } from '../support/dist';
import { useSite } from './support';

const site = useSite('real');

interface Query {
  q: string;
  expect: string;
  kind: string;
}

const queries = parse(readFileSync('tests/search/queries.yaml', 'utf8')) as Record<'ko' | 'en', Query[]>;

describe('the query set: what learners type finds the note they mean', () => {
  it('asks at least 150 questions of notes that exist', () => {
    const all = [...queries.ko, ...queries.en];
    expect(all.length).toBeGreaterThanOrEqual(150);
    const ids = new Set(noteIds('ko'));
    expect(all.filter((query) => !ids.has(query.expect)).map((query) => `${query.q} → ${query.expect}`)).toEqual([]);
  });

  it('puts the note first for at least 85%, in the top three for 95%, and never shows an empty list', { timeout: 600_000 }, async () => {
    const rows: Array<Query & { lang: string; rank: number; empty: boolean }> = [];
    for (const lang of ['ko', 'en'] as const) {
      const page = await site.newPage();
      await page.goto(site.url(`/${lang}/`));
      await page.keyboard.press('/');
      const input = page.getByRole('searchbox');
      for (const query of queries[lang]) {
        await input.fill(query.q);
        await page.waitForFunction((q) => document.getElementById('search-results')?.dataset.query === q, query.q);
        const hrefs = await page.locator('#search-results > li > a').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
        const ids = hrefs.map((href) => /\/notes\/([^/?#]+)\//.exec(href)?.[1]);
        rows.push({ ...query, lang, rank: ids.indexOf(query.expect) + 1, empty: hrefs.length === 0 });
      }
      await page.close();
    }

    const share = (list: typeof rows, test: (row: (typeof rows)[number]) => boolean) => list.filter(test).length / list.length;
    const kinds = [...new Set(rows.map((row) => row.kind))];
    console.table(
      kinds.map((kind) => {
        const list = rows.filter((row) => row.kind === kind);
        return {
          kind,
          queries: list.length,
          top1: share(list, (r) => r.rank === 1).toFixed(2),
          top3: share(list, (r) => r.rank >= 1 && r.rank <= 3).toFixed(2),
        };
      }),
    );
    const misses = rows.filter((row) => row.rank !== 1).map((row) => `${row.lang} "${row.q}" → ${row.expect} at ${row.rank || 'none'}`);
    console.log(misses.join('\n'));

    expect(rows.filter((row) => row.empty).map((row) => row.q)).toEqual([]);
    expect(share(rows, (r) => r.rank >= 1 && r.rank <= 3)).toBeGreaterThanOrEqual(0.95);
    expect(share(rows, (r) => r.rank === 1)).toBeGreaterThanOrEqual(0.85);
  });
});
