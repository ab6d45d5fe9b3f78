import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readFrontmatter } from '../../src/lib/frontmatter';
import { noteIds } from '../support/dist';

interface Parsed {
  data: {
    service: string;
    kind?: string;
    category: string;
    exams: string[];
    tags: string[];
    related: string[];
    aliases: string[];
    lifecycle?: unknown;
    verified?: unknown;
    status: string;
  };
  headings: number[];
  scenarios: number;
  callouts: number;
}

function read(lang: 'ko' | 'en', id: string): Parsed {
  const source = readFileSync(`content/notes/${lang}/${id}.mdx`, 'utf8');
  const { data, body } = readFrontmatter(source);
  const prose = body.replace(/```[\s\S]*?```/g, '');
  return {
    data: data as Parsed['data'],
    headings: [...prose.matchAll(/^(#{2,3}) /gm)].map((m) => m[1]!.length),
    scenarios: (prose.match(/<ExamScenario\b/g) ?? []).length,
    callouts: (prose.match(/<Callout\b/g) ?? []).length,
  };
}

const HANGUL = /[\uAC00-\uD7A3]/;

describe('the English edition', () => {
  const ids = noteIds('ko');

  it('has an English twin for every Korean note', () => {
    expect(noteIds('en')).toEqual(ids);
  });

  it.each(ids)('%s: same sections, exam scenarios and callouts in both languages', (id) => {
    const ko = read('ko', id);
    const en = read('en', id);
    expect(en.headings, 'h2/h3 outline').toEqual(ko.headings);
    expect(en.scenarios, 'exam scenarios').toBe(ko.scenarios);
    expect(en.callouts, 'callouts').toBe(ko.callouts);
  });

  it.each(ids)('%s: same facts in the frontmatter, and the Korean names searchable on the English site', (id) => {
    const ko = read('ko', id).data;
    const en = read('en', id).data;
    expect(en.service).toBe(ko.service);
    expect(en.category).toBe(ko.category);
    expect(en.exams).toEqual(ko.exams);
    expect(en.kind).toBe(ko.kind);
    expect(en.lifecycle).toEqual(ko.lifecycle);
    expect(en.status).toBe(ko.status);
    expect([...en.tags].sort()).toEqual([...ko.tags].sort());
    expect([...en.related].sort()).toEqual([...ko.related].sort());
    const koreanNames = ko.aliases.filter((alias) => HANGUL.test(alias));
    expect(en.aliases).toEqual(expect.arrayContaining(koreanNames));
  });
});
