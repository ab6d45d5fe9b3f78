/** What the offline page asks the service worker, and what it answers (src/service-worker/sw.ts). */
export type WorkerRequest =
  | { type: 'skip-waiting' }
  | { type: 'keep'; path: string }
  | { type: 'status'; lang: string }
  | { type: 'save'; lang: string }
  | { type: 'remove'; lang: string };

export type WorkerReply =
  | { type: 'status'; saved: string[]; complete: boolean }
  | { type: 'progress'; done: number; total: number }
  | { type: 'saved'; failed: number }
  | { type: 'removed' };
