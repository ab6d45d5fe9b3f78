import { fileKindOf, headersFor, type FileKind, type ObjectHeaders } from './headers';
import { invalidationPathsFor, mergeInvalidationPaths } from './invalidation';
import { compareKeys, type LocalFile } from './local-files';
import { isOwned, type OwnedObject, type RemoteObject } from './s3';

/**
 * Why a file is uploaded:
 * - new: no object has its key yet;
 * - changed: the object's content differs, or no deploy uploaded it (so its content is unknown);
 * - headers: same content, but its Content-Type or Cache-Control is not what the rules now give;
 * - unmarked: same content and headers, but an earlier deploy marked it stale and it is back in the
 *   build, so the mark must go before a later deploy deletes it.
 */
export type UploadReason = 'new' | 'changed' | 'headers' | 'unmarked';

export interface PlannedUpload {
  file: LocalFile;
  kind: FileKind;
  headers: ObjectHeaders;
  reason: UploadReason;
}

export interface DeployPlan {
  /** In publish order: hashed assets, other assets, pages (deepest first), entry files. */
  uploads: PlannedUpload[];
  unchanged: LocalFile[];
  /**
   * CloudFront paths of the objects the uploads replace (new keys have nothing cached to clear) and of
   * the removed pages, plus those an earlier deploy left pending when it stopped before its
   * invalidation completed.
   */
  invalidationPaths: string[];
  /**
   * Pages and entry files no longer in the build: deleted once every upload is done (nothing new links
   * to them) and before the invalidation, so that no edge caches them again after it.
   */
  removals: OwnedObject[];
  /** Assets no longer in the build whose grace period is over (or 0): deleted after the invalidation. */
  deletions: OwnedObject[];
  /** Stale objects first seen under a grace period: marked now, deleted by a later deploy. */
  markings: OwnedObject[];
  /** Stale objects marked by an earlier deploy and still inside the grace period. */
  retained: OwnedObject[];
  /** Objects not in the build that no deploy uploaded: left alone, never deleted. */
  foreign: RemoteObject[];
}

export interface PlanOptions {
  now: Date;
  /** Paths an interrupted earlier deploy had still to invalidate. */
  pendingInvalidationPaths: readonly string[];
  /**
   * How long an asset no longer in the build (an old hashed chunk, an old index file) stays after a
   * deploy first finds it unused, for pages still open in a browser; 0 deletes it in this deploy.
   */
  gracePeriodMs: number;
}

/**
 * The order never shows a reader a broken page. Hashed assets go first: nothing live refers to the new
 * names yet. Then the fixed-name assets the pages load, then the pages, deepest first so that a
 * listing page goes up only after the pages it links to, and last the entry files (Pagefind's entry,
 * the sitemaps), which point at pages and at the new index.
 */
const KIND_ORDER: Record<FileKind, number> = { hashed: 0, asset: 1, page: 2, entry: 3 };

function comparePublishOrder(a: PlannedUpload, b: PlannedUpload): number {
  const byKind = KIND_ORDER[a.kind] - KIND_ORDER[b.kind];
  if (byKind !== 0) return byKind;
  if (a.kind === 'page') {
    const byDepth = depth(b.file.key) - depth(a.file.key);
    if (byDepth !== 0) return byDepth;
  }
  return compareKeys(a.file.key, b.file.key);
}

function depth(key: string): number {
  return key.split('/').length;
}

function uploadReason(file: LocalFile, headers: ObjectHeaders, remote: RemoteObject | undefined): UploadReason | undefined {
  if (remote === undefined) return 'new';
  if (remote.sha256 !== file.sha256) return 'changed';
  if (remote.contentType !== headers.contentType || remote.cacheControl !== headers.cacheControl) return 'headers';
  if (remote.staleSince !== undefined) return 'unmarked';
  return undefined;
}

/** Compares the build with the bucket. Pure: the same inputs give the same plan. */
export function planDeploy(local: readonly LocalFile[], remote: readonly RemoteObject[], options: PlanOptions): DeployPlan {
  const remoteByKey = new Map(remote.map((object) => [object.key, object]));
  const uploads: PlannedUpload[] = [];
  const unchanged: LocalFile[] = [];
  const replacedKeys: string[] = [];

  for (const file of local) {
    const headers = headersFor(file.key);
    const existing = remoteByKey.get(file.key);
    const reason = uploadReason(file, headers, existing);
    if (reason === undefined) {
      unchanged.push(file);
      continue;
    }
    uploads.push({ file, kind: fileKindOf(file.key), headers, reason });
    if (reason === 'changed' || reason === 'headers') replacedKeys.push(file.key);
  }

  const localKeys = new Set(local.map((file) => file.key));
  const plan: DeployPlan = {
    uploads: uploads.sort(comparePublishOrder),
    unchanged,
    invalidationPaths: [],
    removals: [],
    deletions: [],
    markings: [],
    retained: [],
    foreign: [],
  };
  for (const object of remote) {
    if (localKeys.has(object.key)) continue;
    const kind = fileKindOf(object.key);
    if (!isOwned(object)) plan.foreign.push(object);
    else if (kind === 'page' || kind === 'entry') plan.removals.push(object);
    else if (options.gracePeriodMs <= 0) plan.deletions.push(object);
    else if (object.staleSince === undefined) plan.markings.push(object);
    else if (options.now.getTime() - object.staleSince.getTime() >= options.gracePeriodMs) plan.deletions.push(object);
    else plan.retained.push(object);
  }
  plan.invalidationPaths = mergeInvalidationPaths(
    options.pendingInvalidationPaths,
    invalidationPathsFor([...replacedKeys, ...plan.removals.map((object) => object.key)]),
  );
  return plan;
}
