/** The importer's closing report: one block per source file, then the totals. Pure. */
import type { ImportReport } from './importer';

const VERB = { create: 'wrote', update: 'updated', unchanged: 'unchanged', kept: 'kept (edited)', skipped: 'skipped' } as const;

export function formatReport(report: ImportReport, dryRun: boolean): string {
  const lines: string[] = [];
  for (const file of report.files) {
    const { matched, total } = file.coverage;
    const coverage = total ? `${matched}/${total} lines (${Math.round((100 * matched) / total)}%)` : 'no lines';
    const extras = [file.images && `${file.images} images`, file.scenarios && `${file.scenarios} scenarios`].filter(Boolean).join(', ');
    lines.push(
      `${file.source}: ${dryRun && file.action !== 'skipped' && file.action !== 'kept' ? `would be ${file.action === 'unchanged' ? 'unchanged' : file.action + 'd'}` : VERB[file.action]}${file.note ? ` → ${file.note}` : ''}; coverage ${coverage}${extras ? `; ${extras}` : ''}`,
    );
    for (const warning of file.warnings) lines.push(`  warning: ${warning}`);
    for (const unit of file.missing.slice(0, 5)) lines.push(`  not in the note: line ${unit.line}: ${unit.text.slice(0, 100)}`);
  }
  for (const warning of report.warnings) lines.push(`warning: ${warning}`);
  const t = totals(report);
  lines.push(
    `${dryRun ? 'dry run, nothing written: ' : ''}${report.files.length} files: ${t.written} notes ${dryRun ? 'to write' : 'written'}, ${t.unchanged} unchanged, ${t.kept} kept, ${t.skipped} skipped; ${t.warnings} warnings; coverage ${t.matched}/${t.total} lines${t.total ? ` (${Math.round((100 * t.matched) / t.total)}%)` : ''}`,
  );
  return lines.join('\n');
}

export function totals(report: ImportReport) {
  const count = (actions: string[]) => report.files.filter((f) => actions.includes(f.action)).length;
  return {
    written: count(['create', 'update']),
    unchanged: count(['unchanged']),
    kept: count(['kept']),
    skipped: count(['skipped']),
    warnings: report.files.reduce((n, f) => n + f.warnings.length, 0) + report.warnings.length,
    matched: report.files.reduce((n, f) => n + f.coverage.matched, 0),
    total: report.files.reduce((n, f) => n + f.coverage.total, 0),
  };
}
