/**
 * Study mode in the built site: practice pages in both languages holding every exam scenario of
 * their notes, readable without JavaScript, and study code only on the pages that use it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { readFrontmatter } from '../../src/lib/frontmatter';
import { describe, expect, it } from 'vitest';
import { cardId, noteId, parseCardId } from '../../src/lib/ids';
import { extractScenarios } from '../../src/lib/scenarios';
import { THEME_INIT_SCRIPT } from '../../src/lib/theme-init';
import { fixtureSite, type Page } from '../support/dist';
import { gzipBytes, loadedScripts, scriptBytes } from '../support/scripts';

// How study mode works, on the fixture site: what rewriting a note cannot change.
const { pages: builtPages, page: pageAt, notesDir } = fixtureSite;
const noteIds = fixtureSite.noteIds;
const practicePages = (lang: 'ko' | 'en') => builtPages().filter((p) => p.url.startsWith(`/${lang}/practice/`));
const cardIds = (page: Page) => page.root.querySelectorAll('[data-card-id]').map((card) => card.getAttribute('data-card-id')!);
const KB = 1024;

/** The cards each deck should hold, read straight from the Korean notes. */
function expectedDecks(): Map<string, string[]> {
  const decks = new Map<string, string[]>();
  for (const id of noteIds('ko')) {
    const source = readFileSync(path.join(notesDir, 'ko', `${id}.mdx`), 'utf8');
    const { data: frontmatter, body } = readFrontmatter(source);
    const data = frontmatter as { category: string; exams?: string[] };
    const cards = extractScenarios(body).map((s) => cardId(noteId(id), s.index));
    if (!cards.length) continue;
    for (const key of [`categories/${data.category}`, ...(data.exams ?? []).map((e) => `exams/${e.toLowerCase()}`)]) {
      decks.set(key, [...(decks.get(key) ?? []), ...cards]);
    }
  }
  return decks;
}

describe('practice pages', () => {
  const decks = expectedDecks();

  it('exist for every exam and category with scenarios, and for no other', () => {
    const built = practicePages('ko')
      .map((p) => p.url.replace('/ko/practice/', '').replace(/\/$/, ''))
      .filter(Boolean)
      .sort();
    expect(built).toEqual([...decks.keys()].sort());
    expect(pageAt('/ko/practice/')).toBeDefined();
  });

  it('each have their twin in the other language, linked both ways by hreflang', () => {
    const ko = practicePages('ko').map((p) => p.url);
    expect(
      practicePages('en')
        .map((p) => p.url.replace('/en/', '/ko/'))
        .sort(),
    ).toEqual([...ko].sort());
    for (const url of ko) {
      const twin = url.replace('/ko/', '/en/');
      for (const [page, other] of [
        [pageAt(url)!, twin],
        [pageAt(twin)!, url],
      ] as const) {
        const alternates = page.root
          .querySelectorAll('link[rel="alternate"][hreflang]')
          .map((l) => new URL(l.getAttribute('href')!).pathname);
        expect(alternates, page.url).toContain(other);
      }
    }
  });

  it('hold every scenario of their notes as a card, the same cards in both languages', () => {
    for (const [key, cards] of decks) {
      const ko = pageAt(`/ko/practice/${key}/`)!;
      const en = pageAt(`/en/practice/${key}/`)!;
      expect(new Set(cardIds(ko)), key).toEqual(new Set(cards));
      expect(cardIds(ko), key).toHaveLength(cards.length);
      // Each language lists its notes by its own titles; the cards are the same.
      expect([...cardIds(en)].sort(), key).toEqual([...cardIds(ko)].sort());
    }
  });

  it('show each card fully without JavaScript: the note link, the question, the answer in a disclosure', () => {
    for (const page of builtPages().filter((p) => /^\/(ko|en)\/practice\/.+\/.+\//.test(p.url))) {
      const lang = page.url.slice(1, 3);
      for (const card of page.root.querySelectorAll('[data-card-id]')) {
        const note = parseCardId(card.getAttribute('data-card-id')!)?.note;
        const link = card.querySelector('a')?.getAttribute('href');
        expect(link, page.url).toBe(`/${lang}/notes/${note}/`);
        expect(card.querySelector('h2')?.text.trim(), page.url).toBeTruthy();
        const details = card.querySelector('details');
        expect(details?.querySelector('summary')?.text.trim(), page.url).toBeTruthy();
        expect(details?.querySelector('.practice-card-answer')?.text.trim(), page.url).toBeTruthy();
      }
    }
  });

  it('are listed on the practice overview in both languages', () => {
    for (const lang of ['ko', 'en'] as const) {
      const links = pageAt(`/${lang}/practice/`)!
        .root.querySelectorAll('main a')
        .map((a) => a.getAttribute('href'));
      for (const key of decks.keys()) expect(links, lang).toContain(`/${lang}/practice/${key}/`);
    }
  });
});

describe('study code and data only where they are used', () => {
  const notePages = builtPages().filter((p) => /^\/(ko|en)\/notes\//.test(p.url));
  const study = /PracticeDeck|ProgressTransfer|StudyData/;

  it('every note page still loads at most 5 KB of JavaScript (gzip), with no practice code', () => {
    expect(notePages.length).toBe(noteIds('ko').length * 2);
    for (const page of notePages) {
      expect(scriptBytes(page), page.url).toBeLessThanOrEqual(5 * KB);
      expect(
        loadedScripts(page).filter((file) => study.test(file)),
        page.url,
      ).toEqual([]);
      expect(page.root.querySelector('#study-data'), page.url).toBeNull();
    }
  });

  it('a practice page stays small: at most 8 KB of JavaScript (gzip), the practice code loaded by the page script', () => {
    const deck = practicePages('ko').find((p) => p.url.includes('/exams/'))!;
    expect(deck.root.querySelector('[data-practice]')).not.toBeNull();
    const assets = path.join(fixtureSite.dist, '_astro');
    const practice = readdirSync(assets).filter((file) => /^(practice|store|progress|days)\.[\w-]+\.js$/.test(file));
    expect(practice.some((file) => file.startsWith('practice.'))).toBe(true);
    const lazy = practice.reduce((sum, file) => sum + gzipBytes(path.join(assets, file)), 0);
    expect(scriptBytes(deck) + lazy).toBeLessThanOrEqual(8 * KB);
  });

  it('pages without progress or practice (tags, translations) load no study code', () => {
    for (const page of builtPages().filter((p) => /^\/(ko|en)\/(tags|translations)\//.test(p.url))) {
      expect(
        loadedScripts(page).filter((file) => /study|store|marks|progress/i.test(path.basename(file))),
        page.url,
      ).toEqual([]);
    }
  });

  it('embeds data only as JSON blocks: the one inline script with code is the theme script the CSP allows by hash', () => {
    for (const page of builtPages()) {
      const [theme, ...data] = page.root.querySelectorAll('script:not([src])');
      if (theme) {
        expect(theme.parentNode?.tagName, page.url).toBe('HEAD');
        expect(theme.text, page.url).toBe(THEME_INIT_SCRIPT);
      }
      for (const script of data) {
        expect(script.getAttribute('type'), page.url).toBe('application/json');
        expect(() => JSON.parse(script.text), page.url).not.toThrow();
      }
    }
    expect(pageAt('/ko/notes/lambda/')!.root.querySelector('head > script:not([src])')?.text).toBe(THEME_INIT_SCRIPT);
  });

  it('home and category pages carry the note index their progress needs', () => {
    const home = JSON.parse(pageAt('/ko/')!.root.querySelector('#study-data')!.text);
    expect(Object.keys(home.index.notes).sort()).toEqual(noteIds('ko'));
    const category = pageAt('/ko/categories/compute/')!;
    const data = JSON.parse(category.root.querySelector('#study-data')!.text);
    expect(Object.values<{ category: string }>(data.index.notes).every((note) => note.category === 'compute')).toBe(true);
    expect(category.root.querySelector('a[href="/ko/practice/categories/compute/"]')).not.toBeNull();
  });
});

describe('exam pages', () => {
  it('link to the practice deck of their exam and show its progress', () => {
    for (const lang of ['ko', 'en']) {
      const page = pageAt(`/${lang}/exams/saa-c03/`)!;
      expect(page.root.querySelector(`main a[href="/${lang}/practice/exams/saa-c03/"]`), lang).not.toBeNull();
      expect(page.root.querySelector('script[type="application/json"]'), lang).not.toBeNull();
    }
  });
});
