/**
 * Prints, per original source in content/sources/, how many of its lines the Korean notes hold and
 * how many the corrections ledger explains, then lists the lines in neither and the stale ledger
 * entries. Usage: npm run coverage:sources [-- --yaml]   (--yaml prints ledger stubs for the missing lines)
 */
import { stringify } from 'yaml';
import { auditSources } from './lib/source-audit';

const audit = auditSources();
for (const [source, units] of audit.units) {
  const unmatched = audit.unmatched.get(source)!.length;
  const ledgered = audit.ledger.filter((entry) => entry.source === source).length;
  console.log(`${source}: ${units.length - unmatched}/${units.length} lines in notes, ${ledgered} in the ledger`);
}
if (process.argv.includes('--yaml')) {
  const stubs = audit.missing.map((unit) => ({ source: unit.source, line: unit.line, text: unit.text, note: '', kind: '', why: '' }));
  console.log(stringify(stubs));
} else {
  for (const unit of audit.missing) console.log(`  missing ${unit.source}:${unit.line}  ${unit.text.slice(0, 160)}`);
}
for (const { entry, reason } of audit.stale) console.log(`  stale ledger entry ${entry.source}:${entry.line}: ${reason}`);
process.exitCode = audit.missing.length || audit.stale.length ? 1 : 0;
