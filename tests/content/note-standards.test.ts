import { readFileSync } from 'node:fs';
import { readFrontmatter } from '../../src/lib/frontmatter';
import { describe, expect, it } from 'vitest';
import { SERVICE_SECTIONS } from '../../src/lib/note-template';
import { noteIds } from '../support/dist';

const LANGS = ['ko', 'en'] as const;

function read(lang: (typeof LANGS)[number], id: string) {
  const source = readFileSync(`content/notes/${lang}/${id}.mdx`, 'utf8');
  const { data, body } = readFrontmatter(source);
  const prose = body.replace(/```[\s\S]*?```/g, '');
  return { data: data as { kind?: string; sources: Array<{ url?: string }> }, body, prose };
}

const notes = LANGS.flatMap((lang) => noteIds(lang).map((id) => [lang, id] as const));

/** Words that speak to the author of the notes, not to a learner. */
const AUTHOR_FACING = [
  /\bseeds?\b/i,
  /\bthe book\b/i,
  /has not survived/i,
  // Whole words only: 정책은 (a policy) is not 책은 (the book).
  /(^|[^\p{L}])시드([은는를의에]|\s|$)/mu,
  /(^|[^\p{L}])책(은|에서|의)\s/mu,
  /원문 표기/,
  /이미지(가|는)? (남아|없)/,
];

describe('every note speaks to a learner in the same shape', () => {
  it.each(notes)('%s/%s: a service note has the template sections, in order', (lang, id) => {
    const { data, prose } = read(lang, id);
    if ((data.kind ?? 'service') !== 'service') return;
    const sections = [...prose.matchAll(/^## (.+)$/gm)].map((m) => m[1]!.trim());
    expect(sections).toEqual(SERVICE_SECTIONS[lang]);
  });

  it.each(notes)('%s/%s: no author-facing remarks', (lang, id) => {
    const { prose } = read(lang, id);
    const hits = AUTHOR_FACING.filter((pattern) => pattern.test(prose)).map(String);
    expect(hits).toEqual([]);
  });

  it.each(notes)('%s/%s: AWS links without a locale or tracking parameters', (lang, id) => {
    const { body, data } = read(lang, id);
    const urls = [...body.matchAll(/https?:\/\/[^\s)>"']+/g)].map((m) => m[0]).concat(data.sources.flatMap((s) => s.url ?? []));
    const bad = urls.filter((url) => /aws\.amazon\.com\/(ko|en|ja|de|fr)\//.test(url) || /[?&](utm_|sc_channel|trk)/.test(url));
    expect(bad).toEqual([]);
  });
});
