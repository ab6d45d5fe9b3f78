/**
 * The learner's study state as stored in the browser and in exported files: the Leitner record of
 * every practised card and the notes marked as reviewed. Reading it never throws: an older shape is
 * migrated, invalid entries are dropped, and anything unrecognisable gives an empty state, so a
 * damaged value can never break a page.
 */
import { parseCalendarDate } from '../calendar-date';
import { isCardId, isNoteId } from '../ids';
import { localDay } from './days';
import { STATE_VERSION, isRecord } from './stored';

export { STATE_VERSION };

/** A card's Leitner box (see leitner.ts): 1 comes back today, 5 in two weeks. */
export type Box = 1 | 2 | 3 | 4 | 5;

export interface CardRecord {
  box: Box;
  /** The calendar day (YYYY-MM-DD) the card is due again. */
  due: string;
  /** When the card was last marked (ISO 8601 date-time). */
  lastSeen: string;
}

export interface StudyState {
  version: typeof STATE_VERSION;
  /** By card id: "<note id>#<scenario number>", the same in both languages. */
  cards: Record<string, CardRecord>;
  /** By note id: when the learner marked it as reviewed (ISO 8601 date-time). */
  reviewedNotes: Record<string, string>;
}

/**
 * Version 1, the first release's shape: which cards the learner knew or missed, with no schedule.
 * Migrated to box 2 (known) or box 1 (missed), both due on the day of migration.
 */
export interface StudyStateV1 {
  version: 1;
  known: string[];
  missed: string[];
}

export const emptyState = (): StudyState => ({ version: STATE_VERSION, cards: {}, reviewedNotes: {} });

const DATE_TIME = /^\d{4}-\d{2}-\d{2}T[\d:.]+(?:Z|[+-]\d{2}:\d{2})$/;

/** A real calendar day written YYYY-MM-DD (2026-02-30 is not one). */
const isDay = (value: unknown): value is string => typeof value === 'string' && parseCalendarDate(value) !== undefined;
const isDateTime = (value: unknown): value is string =>
  typeof value === 'string' && DATE_TIME.test(value) && !Number.isNaN(Date.parse(value));
const isBox = (value: unknown): value is Box => Number.isInteger(value) && (value as number) >= 1 && (value as number) <= 5;

function cardRecord(value: unknown): CardRecord | undefined {
  if (!isRecord(value)) return undefined;
  const { box, due, lastSeen } = value;
  return isBox(box) && isDay(due) && isDateTime(lastSeen) ? { box, due, lastSeen } : undefined;
}

function fromV2(value: { [K in keyof StudyState]?: unknown }): StudyState {
  const state = emptyState();
  if (isRecord(value.cards)) {
    for (const [id, raw] of Object.entries(value.cards)) {
      const record = cardRecord(raw);
      if (record && isCardId(id)) state.cards[id] = record;
    }
  }
  if (isRecord(value.reviewedNotes)) {
    for (const [id, at] of Object.entries(value.reviewedNotes)) {
      if (isNoteId(id) && isDateTime(at)) state.reviewedNotes[id] = at;
    }
  }
  return state;
}

function fromV1(value: { [K in keyof StudyStateV1]?: unknown }, now: Date): StudyState {
  const state = emptyState();
  const ids = (list: unknown) => (Array.isArray(list) ? list.filter(isCardId) : []);
  const today = localDay(now);
  const lastSeen = now.toISOString();
  for (const id of ids(value.known)) state.cards[id] = { box: 2, due: today, lastSeen };
  // A card listed as both known and missed is treated as missed: practising it again costs little.
  for (const id of ids(value.missed)) state.cards[id] = { box: 1, due: today, lastSeen };
  return state;
}

/** Any JSON value to a valid current state; `undefined` when it is not study progress at all. */
function migrate(json: unknown, now: Date): StudyState | undefined {
  if (!isRecord(json)) return undefined;
  if (json.version === STATE_VERSION) return fromV2(json);
  if (json.version === 1) return fromV1(json, now);
  // A newer version (written by a later release) or an unknown shape: nothing this code can trust.
  return undefined;
}

/** Parsed JSON to a valid state: migrated, cleaned of invalid entries, or empty. Never throws. */
export const parseState = (json: unknown, now: Date = new Date()): StudyState => migrate(json, now) ?? emptyState();

/** The stored text (null when nothing is stored) to a valid state. Never throws. */
export function deserialize(text: string | null, now: Date = new Date()): StudyState {
  if (text === null) return emptyState();
  try {
    return parseState(JSON.parse(text), now);
  } catch {
    return emptyState();
  }
}

export const serialize = (state: StudyState): string => JSON.stringify(state);

/** An export file: the state itself, readable and importable by parseState. */
export const exportText = (state: StudyState): string => `${JSON.stringify(state, null, 2)}\n`;

/**
 * An imported file's text to a state, or `undefined` when the file is not study progress (not JSON,
 * not an object, an unknown or future version), so the page can say so and change nothing.
 * Invalid entries of a recognised file are dropped, as when reading storage.
 */
export function importText(text: string, now: Date = new Date()): StudyState | undefined {
  try {
    return migrate(JSON.parse(text), now);
  } catch {
    return undefined;
  }
}
