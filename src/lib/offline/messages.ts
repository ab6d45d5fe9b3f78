import type { Lang } from '../i18n';
/** What the offline page asks the service worker, and what it answers (src/service-worker/sw.ts). */
export type WorkerRequest =
  | { type: 'skip-waiting' }
  | { type: 'keep'; path: string }
  | { type: 'status'; lang: Lang }
  | { type: 'save'; lang: Lang }
  | { type: 'remove'; lang: Lang };

export type WorkerReply =
  | { type: 'status'; saved: string[]; complete: boolean }
  | { type: 'progress'; done: number; total: number }
  | { type: 'saved'; failed: number }
  | { type: 'removed' };
