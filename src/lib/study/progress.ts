/**
 * Progress per category and per exam, computed in the browser from the stored state and a small
 * index of the notes the page embeds (built by src/lib/practice.ts).
 */
import { isDue, isKnown } from './leitner';
import { cardId, noteId } from '../ids';
import type { StudyState } from './state';

/** What a page tells the browser about the notes its progress covers. */
export interface StudyIndex {
  /** By note id: its category, its exams and how many exam scenarios (cards) it has. */
  notes: Record<string, { category: string; exams: string[]; cards: number; cardExams?: Record<number, string[]> }>;
}

/** A group of notes: "category:compute", "exam:SAA-C03", or "all". */
export type GroupKey = `category:${string}` | `exam:${string}` | 'all';

export function groupNotes(index: StudyIndex, group: GroupKey): string[] {
  const [kind, key] = group.split(/:(.*)/) as [string, string | undefined];
  return Object.entries(index.notes)
    .filter(([, note]) => kind === 'all' || (kind === 'category' ? note.category === key : note.exams.includes(key ?? '')))
    .map(([id]) => id);
}

export function groupCards(index: StudyIndex, group: GroupKey): string[] {
  const exam = group.startsWith('exam:') ? group.slice('exam:'.length) : undefined;
  return groupNotes(index, group).flatMap((id) => {
    const note = index.notes[id]!;
    // A card marked for some exams only (exams="SAP-C02") counts in those exams' progress only.
    const inGroup = (n: number) => !exam || (note.cardExams?.[n] ?? note.exams).includes(exam);
    return Array.from({ length: note.cards }, (_, at) => at + 1)
      .filter(inGroup)
      .map((n) => cardId(noteId(id), n));
  });
}

export interface Progress {
  notes: { reviewed: number; total: number };
  cards: { known: number; due: number; new: number; total: number };
}

export const examGroup = (exam: string): GroupKey => `exam:${exam}`;
export const categoryGroup = (category: string): GroupKey => `category:${category}`;

const emptyProgress = (): Progress => ({ notes: { reviewed: 0, total: 0 }, cards: { known: 0, due: 0, new: 0, total: 0 } });

/**
 * The progress of several groups in one pass over the notes and their cards: a page shows up to 25
 * groups, and computing each on its own walked every note 50 times while the page was loading.
 */
export function progressOfGroups(state: StudyState, index: StudyIndex, groups: readonly GroupKey[], now: Date): Map<GroupKey, Progress> {
  const result = new Map(groups.map((group) => [group, emptyProgress()]));
  const wanted = (keys: GroupKey[]) => keys.flatMap((key) => result.get(key) ?? []);
  for (const [id, note] of Object.entries(index.notes)) {
    const examsOf = (exams: string[]) => exams.filter((exam) => note.exams.includes(exam)).map(examGroup);
    const reviewed = Object.hasOwn(state.reviewedNotes, id);
    for (const progress of wanted(['all', categoryGroup(note.category), ...examsOf(note.exams)])) {
      progress.notes.total++;
      if (reviewed) progress.notes.reviewed++;
    }
    for (let n = 1; n <= note.cards; n++) {
      const card = state.cards[cardId(noteId(id), n)];
      // A card marked for some exams only (exams="SAP-C02") counts in those exams' progress only.
      for (const { cards } of wanted(['all', categoryGroup(note.category), ...examsOf(note.cardExams?.[n] ?? note.exams)])) {
        cards.total++;
        if (isKnown(card)) cards.known++;
        if (isDue(card, now)) cards.due++;
        if (!card) cards.new++;
      }
    }
  }
  return result;
}
