/**
 * Frontmatter dates: a real calendar day written as YYYY-MM-DD. YAML parsers turn such text into a
 * Date and silently roll an impossible day over (2026-02-30 → 2026-03-02), so the text is checked
 * before it becomes a Date wherever it is still text.
 */
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The UTC Date of an ISO day, or undefined when the text is not a day that exists. */
export function parseCalendarDate(text: string): Date | undefined {
  const match = ISO_DAY.exec(text);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  const exists = date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return exists ? date : undefined;
}
