/**
 * Reads the original sources, the Korean notes and the corrections ledger from disk and runs the
 * pure checks of src/lib/source-coverage.ts and src/lib/corrections.ts over them. Shared by the
 * coverage CLI and the content test, so both reach the same verdict.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { checkLedger, ledgerSchema, type Correction, type LedgerCheck } from '../../src/lib/corrections';
import { NoteCorpus, extractUnits, type SourceUnit } from '../../src/lib/source-coverage';

export const SOURCES_DIR = 'content/sources';
export const LEDGER_DIR = path.join(SOURCES_DIR, 'corrections');
const NOTES_DIR = 'content/notes/ko';

export const sourceFiles = (): string[] =>
  readdirSync(SOURCES_DIR)
    .filter((f) => f.endsWith('.txt'))
    .sort();

/** Every ledger file's entries; a malformed entry throws naming the file and the field. */
export function readLedger(): Correction[] {
  const files = readdirSync(LEDGER_DIR)
    .filter((f) => f.endsWith('.yaml'))
    .sort();
  return files.flatMap((file) => {
    const result = ledgerSchema.safeParse(parseYaml(readFileSync(path.join(LEDGER_DIR, file), 'utf8')) ?? []);
    if (!result.success) {
      const issue = result.error.issues[0]!;
      throw new Error(`${path.join(LEDGER_DIR, file)}: ${issue.path.join('.')}: ${issue.message}`);
    }
    return result.data;
  });
}

export interface SourceAudit extends LedgerCheck {
  units: Map<string, SourceUnit[]>;
  unmatched: Map<string, SourceUnit[]>;
  ledger: Correction[];
}

export function auditSources(): SourceAudit {
  const noteFiles = readdirSync(NOTES_DIR).filter((f) => f.endsWith('.mdx'));
  const corpus = new NoteCorpus(noteFiles.map((f) => readFileSync(path.join(NOTES_DIR, f), 'utf8')));
  const units = new Map(sourceFiles().map((f) => [f, extractUnits(readFileSync(path.join(SOURCES_DIR, f), 'utf8'))]));
  const unmatched = new Map([...units].map(([f, list]) => [f, list.filter((unit) => !corpus.covers(unit.text))]));
  const ledger = readLedger();
  const noteIds = new Set(noteFiles.map((f) => f.replace(/\.mdx$/, '')));
  return { units, unmatched, ledger, ...checkLedger(ledger, units, unmatched, noteIds) };
}
