/**
 * The site's identifiers, in one place: a note's id (its file name), the collection entry id that
 * pairs it with a language, and a practice card's id. Each is a branded string, so an id cannot be
 * mistaken for a title or a path; the parsers below are the only way to make one from text.
 * Pure and dependency-free: the browser's study scripts use it too.
 */
import { isLang, type Lang } from './i18n';

declare const brand: unique symbol;
type Brand<T, Name extends string> = T & { readonly [brand]: Name };

/** A note's id: its file name without `.mdx`, kebab-case and lower case ("global-accelerator"). */
export type NoteId = Brand<string, 'NoteId'>;
/** A practice card: `<note id>#<n>`, the note's n-th exam scenario, the same in both languages. */
export type CardId = Brand<string, 'CardId'>;

/** Lower-case words of letters and digits joined by single hyphens: note ids, and tags too. */
export const KEBAB_CASE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const NOTE_ID = KEBAB_CASE;
const CARD_ID = new RegExp(`^(${KEBAB_CASE.source.slice(1, -1)})#([1-9]\\d*)$`);

/** What a note id looks like, for messages: kebab-case, lower case, e.g. "global-accelerator". */
export const NOTE_ID_RULE = 'kebab-case, lower case letters and digits, e.g. "global-accelerator"';

export const isNoteId = (value: unknown): value is NoteId => typeof value === 'string' && NOTE_ID.test(value);

/** The note id in a text, or undefined when it is not one. */
export const parseNoteId = (value: string): NoteId | undefined => (isNoteId(value) ? value : undefined);

/** The note id in a text; throws when it is not one (for ids written in code and tests). */
export function noteId(value: string): NoteId {
  if (!isNoteId(value)) throw new RangeError(`"${value}" is not a note id: ${NOTE_ID_RULE}`);
  return value;
}

export const isCardId = (value: unknown): value is CardId => typeof value === 'string' && CARD_ID.test(value);

export const cardId = (note: NoteId, index: number): CardId => {
  if (!Number.isInteger(index) || index < 1) throw new RangeError(`a card number starts at 1, not ${index}`);
  return `${note}#${index}` as CardId;
};

/** The note and the scenario number of a card id; undefined when the text is not a card id. */
export function parseCardId(value: string): { note: NoteId; index: number } | undefined {
  const match = CARD_ID.exec(value);
  return match ? { note: match[1] as NoteId, index: Number(match[2]) } : undefined;
}

/** The content collection's entry id: "<lang>/<note id>", e.g. "ko/lambda". */
export type EntryId = `${Lang}/${string}`;

export const entryId = (lang: Lang, note: NoteId): EntryId => `${lang}/${note}`;

/** The language and note id of an entry id; undefined when it is not "<lang>/<note id>". */
export function parseEntryId(value: string): { lang: Lang; id: NoteId } | undefined {
  const [lang, id, ...rest] = value.split('/');
  return isLang(lang) && isNoteId(id) && rest.length === 0 ? { lang, id } : undefined;
}
