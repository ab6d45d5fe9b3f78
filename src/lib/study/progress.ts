/**
 * Progress per category and per exam, computed in the browser from the stored state and a small
 * index of the notes the page embeds (built by src/lib/practice.ts).
 */
import { dueCount, knownCount, newCount } from './leitner';
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

export function progressOf(state: StudyState, index: StudyIndex, group: GroupKey, now: Date): Progress {
  const notes = groupNotes(index, group);
  const cards = groupCards(index, group);
  return {
    notes: { reviewed: notes.filter((id) => Object.hasOwn(state.reviewedNotes, id)).length, total: notes.length },
    cards: {
      known: knownCount(state, cards),
      due: dueCount(state, cards, now),
      new: newCount(state, cards),
      total: cards.length,
    },
  };
}

export const examGroup = (exam: string): GroupKey => `exam:${exam}`;
export const categoryGroup = (category: string): GroupKey => `category:${category}`;
