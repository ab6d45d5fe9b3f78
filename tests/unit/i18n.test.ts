import { describe, expect, it } from 'vitest';
import { ui } from '../../src/i18n';
import { OVERVIEW_STRINGS, PRACTICE_STRINGS, SEARCH_STRINGS, TRANSFER_STRINGS, pickStrings } from '../../src/i18n/browser';
import type { UiStrings } from '../../src/i18n/strings';
import { LANGS } from '../../src/lib/i18n';
import { fill, isPlural, placeholders, plural } from '../../src/lib/messages';

/** Every text of a dictionary entry: the string itself, or each form of a plural or a keyed set. */
const texts = (value: UiStrings[keyof UiStrings]): string[] =>
  typeof value === 'string' ? [value] : Object.values(value).filter((text): text is string => typeof text === 'string');
const keysOf = (t: UiStrings) => Object.keys(t) as (keyof UiStrings)[];

const [ko, en] = [ui('ko'), ui('en')];

describe('interface strings', () => {
  it('are text in every language: templates and plural forms, never functions', () => {
    for (const lang of LANGS) {
      for (const key of keysOf(ui(lang))) {
        const value = ui(lang)[key];
        expect(
          typeof value === 'string' || (typeof value === 'object' && texts(value).every((t) => typeof t === 'string')),
          `${lang}.${key}`,
        ).toBe(true);
      }
    }
  });

  it('name the same placeholders in Korean and English, both ways', () => {
    const names = (value: UiStrings[keyof UiStrings]) => [...new Set(texts(value).flatMap(placeholders))].sort();
    expect(keysOf(en).sort()).toEqual(keysOf(ko).sort());
    const drift = keysOf(ko).flatMap((key) => {
      const [inKo, inEn] = [names(ko[key]), names(en[key])];
      return inKo.join() === inEn.join() ? [] : [`${key}: ko {${inKo.join(', ')}} / en {${inEn.join(', ')}}`];
    });
    expect(drift).toEqual([]);
  });

  it('count with {count} in every form of a plural', () => {
    for (const lang of LANGS) {
      for (const key of keysOf(ui(lang)).filter((k) => isPlural(ui(lang)[k]))) {
        const forms = ui(lang)[key] as Record<string, string>;
        for (const [form, text] of Object.entries(forms)) {
          if (!form.startsWith('=')) expect(text, `${lang}.${key}.${form}`).toContain('{count}');
        }
      }
    }
  });

  it('reach the browser scripts by their dictionary keys', () => {
    for (const list of [SEARCH_STRINGS, PRACTICE_STRINGS, TRANSFER_STRINGS, OVERVIEW_STRINGS]) {
      expect(Object.keys(pickStrings(en, list))).toEqual([...list]);
    }
    expect(pickStrings(ko, PRACTICE_STRINGS).cardPosition).toBe(ko.cardPosition);
  });
});

describe('fill and plural', () => {
  it('fill puts values in their placeholders and leaves unknown ones as written', () => {
    expect(fill('{done}/{total} {missing}', { done: 1, total: 3 })).toBe('1/3 {missing}');
    expect(placeholders('{known}/{total}')).toEqual(['known', 'total']);
  });

  it('plural picks the form by Intl.PluralRules, exact counts first, and writes the count for the language', () => {
    const forms = { '=0': 'none', one: '{count} card', other: '{count} cards' };
    expect([0, 1, 2, 1234].map((n) => plural('en', forms, n))).toEqual(['none', '1 card', '2 cards', '1,234 cards']);
    // Korean has one plural form: "one" is never chosen, exact counts still are.
    expect([1, 2].map((n) => plural('ko', { one: '한 장', other: '카드 {count}장' }, n))).toEqual(['카드 1장', '카드 2장']);
    expect(plural('ko', ko.announceKnew, 1)).toContain('내일');
    expect(plural('en', en.noteCount, 1)).toBe('1 note');
    expect(plural('en', en.noteCount, 3)).toBe('3 notes');
  });
});
