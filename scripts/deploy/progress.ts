import type { FileKind } from './headers';
import { formatBytes, plural } from './units';

/** What a deploy reports while it runs, in the order it happens. */
export type ProgressEvent =
  | { type: 'scanned'; files: number; bytes: number }
  | { type: 'reading-bucket'; done: number; total: number }
  | { type: 'read-bucket'; objects: number }
  | { type: 'uploaded'; key: string; kind: FileKind; bytes: number; done: number; total: number }
  | { type: 'invalidating'; paths: readonly string[] }
  | { type: 'invalidated'; id: string; paths: readonly string[] }
  | { type: 'marked-stale'; key: string }
  | { type: 'deleted'; keys: readonly string[] };

export type ProgressListener = (event: ProgressEvent) => void;

export interface ProgressStream {
  write(text: string): unknown;
  isTTY?: boolean;
}

/**
 * Progress for a person: on a terminal, counters that update in place; in a log (CI), one line per
 * step, so that a log shows which file was last uploaded when a deploy stops.
 */
export function createStreamProgress(stream: ProgressStream): ProgressListener {
  const interactive = stream.isTTY === true;
  let counterShown = false;
  const line = (text: string): void => {
    stream.write(`${counterShown ? '\r\x1b[K' : ''}${text}\n`);
    counterShown = false;
  };
  const counter = (text: string): void => {
    stream.write(`\r\x1b[K${text}`);
    counterShown = true;
  };

  return (event) => {
    switch (event.type) {
      case 'scanned':
        line(`Build: ${plural(event.files, 'file')}, ${formatBytes(event.bytes)}`);
        break;
      case 'reading-bucket':
        if (interactive) counter(`Reading bucket: ${event.done}/${event.total} objects`);
        break;
      case 'read-bucket':
        line(`Bucket: ${plural(event.objects, 'object')}`);
        break;
      case 'uploaded':
        if (!interactive) line(`  uploaded ${event.key} (${formatBytes(event.bytes)}) [${event.done}/${event.total}]`);
        else if (event.done < event.total) counter(`Uploading ${event.done}/${event.total}: ${event.key}`);
        else line(`Uploaded ${plural(event.total, 'file')}`);
        break;
      case 'invalidating':
        line(`Invalidating ${plural(event.paths.length, 'CloudFront path')} and waiting for it to complete…`);
        break;
      case 'invalidated':
        line(`Invalidation ${event.id} completed`);
        break;
      case 'marked-stale':
        line(`  kept for the grace period: ${event.key}`);
        break;
      case 'deleted':
        for (const key of event.keys) line(`  deleted ${key}`);
        break;
    }
  };
}
