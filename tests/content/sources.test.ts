import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SOURCES_DIR, auditSources, sourceFiles } from '../../scripts/lib/source-audit';

describe('nothing from the original sources is lost', () => {
  it('keeps the four sources unchanged: their SHA-256 sums are pinned in the repository', () => {
    const pinned = readFileSync(path.join(SOURCES_DIR, 'SHA256SUMS'), 'utf8')
      .trim()
      .split('\n')
      .map((line) => line.split(/\s+/) as [string, string]);
    expect(pinned.map(([, file]) => file)).toEqual(sourceFiles());
    for (const [sum, file] of pinned) {
      const actual = createHash('sha256')
        .update(readFileSync(path.join(SOURCES_DIR, file)))
        .digest('hex');
      expect(actual, file).toBe(sum);
    }
  });

  const audit = auditSources();

  it.each(sourceFiles())('every line of %s is in a Korean note or in the corrections ledger', (source) => {
    const missing = audit.missing.filter((unit) => unit.source === source).map((unit) => `${source}:${unit.line}  ${unit.text}`);
    expect(missing).toEqual([]);
  });

  it('has no stale ledger entry: each names a real source line, its text and an existing note', () => {
    expect(audit.stale.map(({ entry, reason }) => `${entry.source}:${entry.line}: ${reason}`)).toEqual([]);
  });
});
