/**
 * What the importer wrote before, kept beside the notes in NOTES_DIR/.import-manifest.json: for each
 * note it wrote ("ko/overview"), the source it came from and the SHA-256 of the text it wrote. A note
 * whose text no longer has that hash was edited by a person and is never overwritten.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

export const MANIFEST_FILE = '.import-manifest.json';

export interface ManifestEntry {
  /** The imported folder (absolute), so two imports into one NOTES_DIR keep apart. */
  from: string;
  /** The source file, relative to that folder. */
  source: string;
  /** The language it was imported as (`--lang`); its Korean twin stub carries `en`. */
  as: string;
  /** SHA-256 of the note text as written. */
  hash: string;
}

export interface Manifest {
  version: 1;
  notes: Record<string, ManifestEntry>;
}

export const sha256 = (data: string | Uint8Array): string => createHash('sha256').update(data).digest('hex');

export function readManifest(notesDir: string): { manifest: Manifest; warning?: string } {
  const file = path.join(notesDir, MANIFEST_FILE);
  const empty: Manifest = { version: 1, notes: {} };
  if (!existsSync(file)) return { manifest: empty };
  try {
    const data = JSON.parse(readFileSync(file, 'utf8')) as Manifest;
    if (data.version !== 1 || typeof data.notes !== 'object' || !data.notes) throw new Error('unknown format');
    return { manifest: data };
  } catch (error) {
    return { manifest: empty, warning: `${file} is unreadable (${(error as Error).message}); every existing note is treated as edited` };
  }
}

export const serializeManifest = (manifest: Manifest): string => `${JSON.stringify(manifest, null, 2)}\n`;

/** The note id this source was imported as before, in this language. */
export function previousId(manifest: Manifest, lang: string, from: string, source: string): string | undefined {
  const key = Object.entries(manifest.notes).find(
    ([k, entry]) => k.startsWith(`${lang}/`) && entry.as === lang && entry.from === from && entry.source === source,
  )?.[0];
  return key?.slice(lang.length + 1);
}
