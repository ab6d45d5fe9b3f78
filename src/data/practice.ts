/** Reads every note's exam scenarios once per build; the practice, home and category pages share them. */
import { getCollection } from 'astro:content';
import { buildPractice, type Practice } from '../lib/practice';
import { extractScenarios } from '../lib/scenarios';
import { loadSite } from './site';

let cached: Promise<Practice> | undefined;

export function loadPractice(): Promise<Practice> {
  cached ??= Promise.all([loadSite(), getCollection('notes')]).then(([{ library, navigation }, entries]) => {
    const scenarios = new Map(entries.map((entry) => [entry.id, extractScenarios(entry.body ?? '', entry.filePath ?? entry.id)]));
    return buildPractice(library, navigation, scenarios);
  });
  return cached;
}
