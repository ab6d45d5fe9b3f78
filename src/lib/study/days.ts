/**
 * Calendar days as YYYY-MM-DD. The schedule counts the learner's days (local time), so "due today"
 * means what it says. Its own module so the note page's script can read dates without the scheduler.
 */
const pad = (value: number) => String(value).padStart(2, '0');

/** The learner's calendar day. */
export const localDay = (now: Date): string => `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;

/** Calendar arithmetic in UTC, so daylight saving never skips or repeats a day. */
export function addDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** Whole days from one day to another. */
export const daysBetween = (from: string, to: string): number =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
