/**
 * Study mode at build time: every exam scenario of the notes as a practice card, grouped into one
 * deck per exam and per category, and the small note index the browser needs for progress.
 * Pure: the caller passes the library, the navigation and each entry's scenarios (src/data/practice.ts).
 */
import { cardId, type CardId } from './ids';
import { LANGS, perLang, type Lang } from './i18n';
import type { Library, Note } from './library';
import { NoteError, assertNoProblems, type NoteProblem } from './note-problems';
import type { Navigation } from './navigation';
import type { Scenario } from './scenarios';
import { groupNotes, type GroupKey, type StudyIndex } from './study/progress';
import { CATEGORIES, CATEGORY_IDS, EXAMS, EXAM_IDS, type CategoryId, type ExamId } from './taxonomy';
import { practiceCategoryUrl, practiceExamUrl } from './urls';

export interface PracticeCard extends Scenario {
  /** "<note id>#<index>": the same card in both languages, so progress is shared. */
  id: CardId;
  note: Note;
  /** The exam decks the card belongs to: its own `exams`, or else its note's. */
  exams: ExamId[];
}

interface DeckBase {
  label: string;
  url: string;
  group: GroupKey;
  cards: PracticeCard[];
}
export interface ExamDeck extends DeckBase {
  kind: 'exam';
  exam: ExamId;
}
export interface CategoryDeck extends DeckBase {
  kind: 'category';
  category: CategoryId;
}
export type Deck = ExamDeck | CategoryDeck;

export interface Practice {
  /** Decks with cards, in the taxonomy's order; the same decks in every language. */
  decks: Record<Lang, { exams: ExamDeck[]; categories: CategoryDeck[] }>;
  examDeck(lang: Lang, exam: ExamId): ExamDeck | undefined;
  categoryDeck(lang: Lang, category: CategoryId): CategoryDeck | undefined;
  /** Every note with its card count, for progress in the browser. */
  index: StudyIndex;
}

/** Scenarios by collection entry id ("ko/lambda"). */
export type ScenariosByEntry = ReadonlyMap<string, readonly Scenario[]>;

/** Card ids number the scenarios, so a translation must keep them one for one with its Korean twin. */
export function scenarioTwinProblems(library: Library, scenarios: ScenariosByEntry): NoteProblem[] {
  const count = (note: Note | undefined) => (note ? (scenarios.get(note.entryId)?.length ?? 0) : 0);
  return library.byLang.en
    .filter((note) => note.contentLang === 'en' && count(note) !== count(library.get('ko', note.id)))
    .map((note) => ({
      file: note.filePath,
      field: 'ExamScenario',
      message: `${count(note)} exam scenarios, but its Korean twin has ${count(library.get('ko', note.id))}; keep them one for one, in the same order`,
    }));
}

export function buildPractice(library: Library, navigation: Record<Lang, Navigation>, scenarios: ScenariosByEntry): Practice {
  const scenariosOf = (note: Note) => scenarios.get(note.entryId) ?? [];
  assertNoProblems(scenarioTwinProblems(library, scenarios));

  const cardsOf = (notes: readonly Note[]): PracticeCard[] =>
    notes.flatMap((note) =>
      scenariosOf(note).map((s) => {
        const outside = (s.exams ?? []).filter((exam) => !note.data.exams.includes(exam));
        if (outside.length) {
          throw new NoteError(
            note.filePath,
            'ExamScenario',
            `scenario ${s.index} lists ${outside.join(', ')}, which the note's exams do not include`,
          );
        }
        return { ...s, id: cardId(note.id, s.index), note, exams: s.exams ?? [...note.data.exams] };
      }),
    );

  const examDecks = (lang: Lang): ExamDeck[] =>
    EXAM_IDS.map((exam) => ({
      kind: 'exam' as const,
      exam,
      label: EXAMS[exam][lang],
      url: practiceExamUrl(lang, exam),
      group: `exam:${exam}` as const,
      cards: withoutDuplicates(cardsOf(navigation[lang].exams.get(exam) ?? []).filter((card) => card.exams.includes(exam))),
    }));
  const categoryDecks = (lang: Lang): CategoryDeck[] =>
    CATEGORY_IDS.map((category) => ({
      kind: 'category' as const,
      category,
      label: CATEGORIES[category][lang],
      url: practiceCategoryUrl(lang, category),
      group: `category:${category}` as const,
      cards: withoutDuplicates(
        cardsOf(
          (navigation[lang].categories.find((c) => c.id === category)?.notes ?? []).flatMap((link) => library.get(lang, link.id) ?? []),
        ),
      ),
    }));

  const all = perLang((lang) => ({ exams: examDecks(lang), categories: categoryDecks(lang) }));
  // A deck exists in every language when it has cards in any, so each practice page has its twin.
  const withCards = <D extends Deck>(pick: (lang: Lang) => D[]) => {
    const keep = new Set(
      LANGS.flatMap((lang) =>
        pick(lang)
          .filter((d) => d.cards.length)
          .map((d) => d.group),
      ),
    );
    return (lang: Lang) => pick(lang).filter((d) => keep.has(d.group));
  };
  const exams = withCards((lang) => all[lang].exams);
  const categories = withCards((lang) => all[lang].categories);
  const decks: Practice['decks'] = perLang((lang) => ({ exams: exams(lang), categories: categories(lang) }));

  const index: StudyIndex = {
    notes: Object.fromEntries(
      library.byLang.ko.map((note) => [
        note.id,
        {
          category: note.data.category,
          exams: [...note.data.exams],
          cards: scenariosOf(note).length,
          ...cardExamsOf(scenariosOf(note)),
        },
      ]),
    ),
  };

  return {
    decks,
    examDeck: (lang, exam) => decks[lang].exams.find((d) => d.exam === exam),
    categoryDeck: (lang, category) => decks[lang].categories.find((d) => d.category === category),
    index,
  };
}

/** Only the cards that practise fewer exams than their note, so the index stays small. */
function cardExamsOf(scenarios: readonly Scenario[]): { cardExams?: Record<number, string[]> } {
  const restricted = scenarios.filter((s) => s.exams).map((s): [number, string[]] => [s.index, [...s.exams!]]);
  return restricted.length ? { cardExams: Object.fromEntries(restricted) } : {};
}

/**
 * A deck asks each question once: two cards with the same question (a scenario copied into a second
 * note) stop the build, naming both, so the copy is removed and the scenario keeps one home note.
 */
export function withoutDuplicates(cards: PracticeCard[]): PracticeCard[] {
  const seen = new Map<string, PracticeCard>();
  for (const card of cards) {
    const key = card.question
      .normalize('NFC')
      .replace(/[\s\p{P}]+/gu, '')
      .toLowerCase();
    const first = seen.get(key);
    if (first) {
      throw new NoteError(
        card.note.filePath,
        'ExamScenario',
        `scenario ${card.id} asks the same question as ${first.id} (${first.note.filePath}); keep one`,
      );
    }
    seen.set(key, card);
  }
  return cards;
}

/** The part of the index a page needs: only the notes of the groups it shows progress for. */
export function indexFor(index: StudyIndex, groups: readonly GroupKey[]): StudyIndex {
  const ids = new Set(groups.flatMap((group) => groupNotes(index, group)));
  return { notes: Object.fromEntries(Object.entries(index.notes).filter(([id]) => ids.has(id))) };
}

/**
 * The cards likely to stand tallest before their answer is shown: the longest source lines and
 * questions, East Asian wide characters counting double (they take about twice the width). The
 * deck keeps these laid out with the one on show, so the card area is as tall as the tallest card
 * from the first paint without laying out every card of a long deck. Several, since line breaks
 * make the estimate inexact (on a phone the tallest card was the estimate's fifth at most).
 */
export function tallCardIndexes(cards: readonly { question: string; note: { data: { title: string } } }[], count = 8): Set<number> {
  const width = (text: string) =>
    [...text].reduce((sum, char) => sum + (/[\u1100-\u11ff\u3000-\u9fff\uac00-\ud7af\uff00-\uffef]/.test(char) ? 2 : 1), 0);
  const widths = cards.map((card, at) => ({ at, width: width(card.question) + width(card.note.data.title) }));
  return new Set(
    widths
      .sort((a, b) => b.width - a.width || a.at - b.at)
      .slice(0, count)
      .map((card) => card.at),
  );
}
