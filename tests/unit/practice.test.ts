import { describe, expect, it } from 'vitest';
import { LANGS, perLang, type Lang } from '../../src/lib/i18n';
import { buildLibrary, type NoteEntryInput } from '../../src/lib/library';
import { NoteError } from '../../src/lib/note-problems';
import { buildNavigation } from '../../src/lib/navigation';
import { noteEntry, type NoteOverrides } from '../support/notes';
import { buildPractice, indexFor, tallCardIndexes } from '../../src/lib/practice';
import type { Scenario } from '../../src/lib/scenarios';
import { dueCount, knownCount, newCount } from '../../src/lib/study/leitner';
import { groupCards, groupNotes, progressOfGroups, type GroupKey, type StudyIndex } from '../../src/lib/study/progress';
import { emptyState, type StudyState } from '../../src/lib/study/state';
import { practiceCategoryUrl, practiceExamUrl, practiceUrl } from '../../src/lib/urls';

const entry = (lang: Lang, id: string, title: string, extra: NoteOverrides = {}): NoteEntryInput =>
  noteEntry(`${lang}/${id}`, title, extra);

const scenarios = (count: number, lang = 'ko'): Scenario[] =>
  Array.from({ length: count }, (_, i) => ({ index: i + 1, question: `${lang} question ${i + 1}`, answerHtml: `<p>${lang} ${i + 1}</p>` }));

/** Each note asks its own questions ("s3: ko question 1"): a deck refuses two cards that ask the same thing. */
const own = (byEntry: Record<string, Scenario[]>) =>
  new Map(
    Object.entries(byEntry).map(([key, list]) => [key, list.map((s) => ({ ...s, question: `${key.split('/')[1]}: ${s.question}` }))]),
  );

function practiceOf(entries: NoteEntryInput[], byEntry: Record<string, Scenario[]>, questions: 'own' | 'as given' = 'own') {
  const library = buildLibrary(entries);
  const navigation = perLang((lang) => buildNavigation(library.byLang[lang], lang));
  return buildPractice(library, navigation, questions === 'own' ? own(byEntry) : new Map(Object.entries(byEntry)));
}

const entries = [
  entry('ko', 'lambda', 'AWS Lambda', { exams: ['SAA-C03', 'SAP-C02'] }),
  entry('en', 'lambda', 'AWS Lambda', { exams: ['SAA-C03', 'SAP-C02'] }),
  entry('ko', 'ec2', 'Amazon EC2', { exams: ['SAA-C03'] }),
  entry('ko', 's3', 'Amazon S3', { category: 'storage', exams: ['SAA-C03'] }),
  entry('en', 's3', 'Amazon S3', { category: 'storage', exams: ['SAA-C03'] }),
  entry('ko', 'iam', 'AWS IAM', { category: 'security', exams: ['CLF-C02'] }),
  entry('en', 'iam', 'AWS IAM', { category: 'security', exams: ['CLF-C02'] }),
];
const practice = practiceOf(entries, {
  'ko/lambda': scenarios(2),
  'en/lambda': scenarios(2, 'en'),
  'ko/ec2': scenarios(1),
  'ko/s3': scenarios(3),
  'en/s3': scenarios(3, 'en'),
});

describe('buildPractice', () => {
  it('makes one deck per exam and per category with scenarios, the same in both languages', () => {
    for (const lang of LANGS) {
      expect(practice.decks[lang].exams.map((d) => d.exam)).toEqual(['SAA-C03', 'SAP-C02']);
      expect(practice.decks[lang].categories.map((d) => d.category)).toEqual(['compute', 'storage']);
    }
    expect(practice.examDeck('ko', 'CLF-C02')).toBeUndefined();
    expect(practice.categoryDeck('en', 'security')).toBeUndefined();
  });

  it('lists the cards of a deck in the order of its notes page (by title), with ids shared by both languages', () => {
    const saa = practice.examDeck('ko', 'SAA-C03')!;
    expect(saa).toMatchObject({
      label: 'Solutions Architect – Associate (SAA-C03)',
      url: '/ko/practice/exams/saa-c03/',
      group: 'exam:SAA-C03',
    });
    expect(saa.cards.map((c) => c.id)).toEqual(['ec2#1', 's3#1', 's3#2', 's3#3', 'lambda#1', 'lambda#2']);
    expect(practice.examDeck('en', 'SAA-C03')!.cards.map((c) => c.id)).toEqual(saa.cards.map((c) => c.id));
    expect(practice.categoryDeck('en', 'storage')!.cards[0]).toMatchObject({ question: 's3: en question 1', answerHtml: '<p>en 1</p>' });
  });

  it('shows the Korean cards of an untranslated note on the English page', () => {
    const ec2 = practice.categoryDeck('en', 'compute')!.cards.find((c) => c.id === 'ec2#1')!;
    expect(ec2.question).toBe('ec2: ko question 1');
    expect(ec2.note).toMatchObject({ lang: 'en', contentLang: 'ko' });
  });

  it('indexes every note with its category, exams and card count', () => {
    expect(practice.index.notes).toEqual({
      lambda: { category: 'compute', exams: ['SAA-C03', 'SAP-C02'], cards: 2 },
      ec2: { category: 'compute', exams: ['SAA-C03'], cards: 1 },
      s3: { category: 'storage', exams: ['SAA-C03'], cards: 3 },
      iam: { category: 'security', exams: ['CLF-C02'], cards: 0 },
    });
    expect(Object.keys(indexFor(practice.index, ['category:compute']).notes)).toEqual(['lambda', 'ec2']);
  });

  it('refuses a translation whose scenarios do not match its Korean twin one for one', () => {
    expect(() => practiceOf(entries, { 'ko/lambda': scenarios(2), 'en/lambda': scenarios(1, 'en') })).toThrow(NoteError);
    expect(() => practiceOf(entries, { 'ko/lambda': scenarios(2), 'en/lambda': scenarios(1, 'en') })).toThrow(
      /content\/notes\/en\/lambda\.mdx: ExamScenario: 1 exam scenarios, but its Korean twin has 2/,
    );
  });

  it('has practice URLs in directory form', () => {
    expect(practiceUrl('ko')).toBe('/ko/practice/');
    expect(practiceExamUrl('en', 'SAP-C02')).toBe('/en/practice/exams/sap-c02/');
    expect(practiceCategoryUrl('ko', 'networking')).toBe('/ko/practice/categories/networking/');
  });
});

describe('progress', () => {
  const index = practice.index;
  const progressOf = (state: StudyState, index: StudyIndex, group: GroupKey, now: Date) =>
    progressOfGroups(state, index, [group], now).get(group)!;
  const seen = '2026-03-09T08:00:00.000Z';
  const now = new Date(2026, 2, 10, 9);
  const state: StudyState = {
    ...emptyState(),
    cards: {
      'lambda#1': { box: 2, due: '2026-03-11', lastSeen: seen },
      'lambda#2': { box: 1, due: '2026-03-10', lastSeen: seen },
      's3#1': { box: 4, due: '2026-03-09', lastSeen: seen },
      'deleted#1': { box: 5, due: '2026-03-01', lastSeen: seen },
    },
    reviewedNotes: { lambda: seen, iam: seen, deleted: seen },
  };

  it('groups notes and cards by category, by exam, or all', () => {
    expect(groupNotes(index, 'category:compute')).toEqual(['lambda', 'ec2']);
    expect(groupNotes(index, 'exam:SAA-C03')).toEqual(['lambda', 'ec2', 's3']);
    expect(groupNotes(index, 'all')).toHaveLength(4);
    expect(groupCards(index, 'exam:SAP-C02')).toEqual(['lambda#1', 'lambda#2']);
    expect(groupCards(index, 'category:security')).toEqual([]);
  });

  it('counts reviewed notes, known, due and new cards of a group, ignoring ids no longer on the site', () => {
    expect(progressOf(state, index, 'exam:SAA-C03', now)).toEqual({
      notes: { reviewed: 1, total: 3 },
      cards: { known: 2, due: 2, new: 3, total: 6 },
    });
    expect(progressOf(state, index, 'category:security', now).notes).toEqual({ reviewed: 1, total: 1 });
    expect(progressOf(emptyState(), index, 'all', now).cards).toEqual({ known: 0, due: 0, new: 6, total: 6 });
  });

  it('computes many groups in one pass exactly as each group counted from its own notes and cards', () => {
    const groups: GroupKey[] = [
      'all',
      'category:compute',
      'category:security',
      'category:storage',
      'exam:SAA-C03',
      'exam:SAP-C02',
      'exam:DVA-C02',
    ];
    const all = progressOfGroups(state, index, groups, now);
    expect([...all.keys()]).toEqual(groups);
    for (const group of groups) {
      const notes = groupNotes(index, group);
      const cards = groupCards(index, group);
      expect(all.get(group), group).toEqual({
        notes: { reviewed: notes.filter((id) => id in state.reviewedNotes).length, total: notes.length },
        cards: { known: knownCount(state, cards), due: dueCount(state, cards, now), new: newCount(state, cards), total: cards.length },
      });
    }
  });
});

describe('cards marked for some exams only', () => {
  const marked = practiceOf([entry('ko', 'kms', 'AWS KMS', { category: 'security', exams: ['SAA-C03', 'SAP-C02'] })], {
    'ko/kms': [
      { index: 1, question: 'associate', answerHtml: '' },
      { index: 2, question: 'professional', exams: ['SAP-C02'], answerHtml: '' },
    ],
  });

  it('puts a card marked exams="SAP-C02" in the SAP-C02 deck only, and counts it there only', () => {
    expect(marked.examDeck('ko', 'SAA-C03')!.cards.map((c) => c.id)).toEqual(['kms#1']);
    expect(marked.examDeck('ko', 'SAP-C02')!.cards.map((c) => c.id)).toEqual(['kms#1', 'kms#2']);
    expect(groupCards(marked.index, 'exam:SAA-C03')).toEqual(['kms#1']);
    expect(groupCards(marked.index, 'exam:SAP-C02')).toEqual(['kms#1', 'kms#2']);
    expect(groupCards(marked.index, 'category:security')).toEqual(['kms#1', 'kms#2']);
    const progress = progressOfGroups(emptyState(), marked.index, ['exam:SAA-C03', 'exam:SAP-C02', 'category:security'], new Date());
    expect([...progress.values()].map((p) => p.cards.total)).toEqual([1, 2, 2]);
  });

  it('refuses a card marked for an exam its note is not tagged with', () => {
    expect(() =>
      practiceOf([entry('ko', 'ec2', 'Amazon EC2', { exams: ['SAA-C03'] })], {
        'ko/ec2': [{ index: 1, question: 'q', exams: ['SAP-C02'], answerHtml: '' }],
      }),
    ).toThrow(/content\/notes\/ko\/ec2\.mdx: ExamScenario: scenario 1 lists SAP-C02/);
  });
});

describe('one question per deck', () => {
  it('stops the build on two cards asking the same question, naming both', () => {
    const copy = { index: 1, question: 'S3 정적 웹사이트의 지연을 줄이려면?', answerHtml: '' };
    expect(() =>
      practiceOf(
        [entry('ko', 's3', 'Amazon S3', { exams: ['SAA-C03'] }), entry('ko', 'cloudfront', 'Amazon CloudFront', { exams: ['SAA-C03'] })],
        { 'ko/s3': [copy], 'ko/cloudfront': [{ ...copy, question: 'S3 정적 웹사이트의 지연을 줄이려면 ?' }] },
        'as given',
      ),
    ).toThrow(/scenario (s3#1|cloudfront#1) asks the same question as (cloudfront#1|s3#1)/);
  });
});

describe('tallCardIndexes', () => {
  const card = (question: string, title = 'AWS Lambda') => ({ question, note: { data: { title } } });

  it('picks the longest questions with their source lines, Korean characters counting double', () => {
    const cards = [card('Short?'), card('A longer question?'), card('짧은 질문?'), card('한국어로 된 조금 더 긴 질문입니다')];
    expect(tallCardIndexes(cards, 1)).toEqual(new Set([3]));
    expect(tallCardIndexes(cards, 2)).toEqual(new Set([3, 1]));
    expect(tallCardIndexes([card('Same?', 'A long note title for this card'), card('Same?')], 1)).toEqual(new Set([0]));
  });

  it('is every card of a deck smaller than the count', () => {
    expect(tallCardIndexes([card('Only?'), card('Two?')])).toEqual(new Set([0, 1]));
  });
});
