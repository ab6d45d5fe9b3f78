import type { DeployPlan, UploadReason } from './plan';
import type { PublishResult } from './publish';
import { formatBytes, plural } from './units';

const REASON_LABELS: Record<UploadReason, string> = {
  new: 'new',
  changed: 'changed',
  headers: 'new headers',
  unmarked: 'back in the build',
};

function sum(sizes: readonly { size: number }[]): number {
  return sizes.reduce((total, item) => total + item.size, 0);
}

/** What --dry-run prints: the counts and bytes of each step, then every key each step would touch. */
export function formatPlan(plan: DeployPlan, bucket: string): string {
  const uploadFiles = plan.uploads.map((upload) => upload.file);
  const reasons = (Object.keys(REASON_LABELS) as UploadReason[])
    .map((reason) => ({ reason, count: plan.uploads.filter((upload) => upload.reason === reason).length }))
    .filter(({ count }) => count > 0)
    .map(({ reason, count }) => `${count} ${REASON_LABELS[reason]}`);
  const deleted = [...plan.removals, ...plan.deletions];
  const lines = [
    `Dry run for s3://${bucket}: nothing was changed.`,
    `  upload      ${plural(plan.uploads.length, 'file')}, ${formatBytes(sum(uploadFiles))}${reasons.length > 0 ? ` (${reasons.join(', ')})` : ''}`,
    `  skip        ${plural(plan.unchanged.length, 'file')}, ${formatBytes(sum(plan.unchanged))} unchanged`,
    `  invalidate  ${plural(plan.invalidationPaths.length, 'path')}`,
    `  delete      ${plural(deleted.length, 'object')}, ${formatBytes(sum(deleted))}`,
  ];
  if (plan.markings.length + plan.retained.length > 0) {
    lines.push(`  keep        ${plural(plan.markings.length + plan.retained.length, 'stale object')} for the grace period`);
  }
  if (plan.foreign.length > 0) lines.push(`  leave       ${plural(plan.foreign.length, 'object')} no deploy uploaded`);
  for (const upload of plan.uploads)
    lines.push(`upload ${upload.file.key} (${formatBytes(upload.file.size)}, ${REASON_LABELS[upload.reason]})`);
  for (const invalidationPath of plan.invalidationPaths) lines.push(`invalidate ${invalidationPath}`);
  for (const object of deleted) lines.push(`delete ${object.key} (${formatBytes(object.size)})`);
  for (const object of plan.foreign)
    lines.push(`leave ${object.key} (not uploaded by a deploy; delete it yourself if the site does not need it)`);
  return lines.join('\n');
}

/** The closing summary of a deploy that ran. */
export function formatResult(plan: DeployPlan, result: PublishResult, bucket: string, elapsedMs: number): string {
  const kept = plan.markings.length + plan.retained.length;
  const lines = [
    `Deployed to s3://${bucket} in ${(elapsedMs / 1000).toFixed(1)} s.`,
    `  uploaded     ${plural(result.uploadedFiles, 'file')}, ${formatBytes(result.uploadedBytes)}`,
    `  unchanged    ${plural(plan.unchanged.length, 'file')}`,
    `  invalidated  ${result.invalidationId === undefined ? 'nothing' : `${plural(plan.invalidationPaths.length, 'path')} (${result.invalidationId})`}`,
    `  deleted      ${plural(result.deletedObjects, 'stale object')}, ${formatBytes(result.deletedBytes)}`,
  ];
  if (kept > 0) lines.push(`  kept         ${plural(kept, 'stale object')} for the grace period`);
  if (plan.foreign.length > 0) lines.push(`  left alone   ${plural(plan.foreign.length, 'object')} that no deploy uploaded`);
  return lines.join('\n');
}
