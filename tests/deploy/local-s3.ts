import { createRequire } from 'node:module';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { HeadObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import S3rver from 's3rver';
import { createS3Client } from '../../scripts/deploy/s3';

/**
 * A real S3-compatible server (s3rver) on 127.0.0.1 with a free port and its own folder; deploys talk
 * to it through the same S3 client they use against AWS.
 */
export interface LocalS3 {
  /** A client as the deploy makes it, pointed at the local server, with S3's conditional writes. */
  client(): S3Client;
  /** A client without the conditional-write check: s3rver exactly as it answers. */
  rawClient(): S3Client;
  close(): Promise<void>;
}

export async function startLocalS3(): Promise<LocalS3> {
  allowS3rverContinuationTokens();
  const directory = await mkdtemp(path.join(tmpdir(), 's3rver-'));
  const server = new S3rver({ address: '127.0.0.1', port: 0, directory, silent: true });
  const { port } = await server.run();
  const rawClient = (): S3Client =>
    createS3Client(
      { region: 'us-east-1', profile: undefined },
      {
        endpoint: `http://127.0.0.1:${port}`,
        forcePathStyle: true,
        credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
        // The SDK's default CRC32 request checksums are not understood by s3rver.
        requestChecksumCalculation: 'WHEN_REQUIRED',
        responseChecksumValidation: 'WHEN_REQUIRED',
      },
    );
  const checker = rawClient();
  return {
    rawClient,
    client: () => withConditionalWrites(rawClient(), checker),
    async close() {
      await server.close();
      await rm(directory, { recursive: true, force: true });
    },
  };
}

/** Per object key, the tail of the queue of conditional requests waiting for it. */
const queues = new Map<string, Promise<unknown>>();

function serialised<Result>(key: string, work: () => Promise<Result>): Promise<Result> {
  const previous = queues.get(key) ?? Promise.resolve();
  const run = previous.then(work, work);
  queues.set(
    key,
    run.catch(() => undefined),
  );
  return run;
}

/**
 * s3rver 3 predates S3's conditional writes: it ignores If-None-Match and If-Match on PUT and DELETE
 * (a test below shows it). This adds S3's documented behaviour in front of it, for every client the
 * tests make: a PutObject with `If-None-Match: *` fails with 412 PreconditionFailed when the key
 * exists, a PutObject or DeleteObject with `If-Match: <ETag>` fails with 412 unless the current ETag is
 * that one. Requests for one key are checked and carried out one at a time, as S3 does atomically, so
 * two deploys racing for the lock meet the same answer they would meet on S3.
 */
export function withConditionalWrites(client: S3Client, checker: S3Client): S3Client {
  client.middlewareStack.add(
    (next, context) => async (args) => {
      const input = args.input as { Bucket?: string; Key?: string; IfNoneMatch?: string; IfMatch?: string };
      const writes = context.commandName === 'PutObjectCommand' || context.commandName === 'DeleteObjectCommand';
      if (!writes || (input.IfNoneMatch === undefined && input.IfMatch === undefined)) return next(args);
      return serialised(`${input.Bucket}/${input.Key}`, async () => {
        const current = await checker.send(new HeadObjectCommand({ Bucket: input.Bucket, Key: input.Key })).then(
          (head) => head.ETag,
          (error: unknown) => {
            if (error instanceof Error && error.name === 'NotFound') return undefined;
            throw error;
          },
        );
        const holds =
          input.IfNoneMatch === '*' ? current === undefined : input.IfMatch === '*' ? current !== undefined : current === input.IfMatch;
        if (!holds) {
          throw Object.assign(new Error('At least one of the pre-conditions you specified did not hold'), {
            name: 'PreconditionFailed',
            $metadata: { httpStatusCode: 412 },
          });
        }
        return next(args);
      });
    },
    { step: 'initialize', name: 's3ConditionalWrites' },
  );
  return client;
}

/**
 * s3rver 3 encrypts its ListObjectsV2 continuation tokens with DES, which OpenSSL 3 (Node 17 and
 * later) no longer provides: every listing longer than one page (1,000 keys) then fails with
 * InternalError. s3rver runs in this process, so its `crypto` is ours: "des" is mapped onto AES-128-CBC
 * with the same 8-byte key and IV widened to 16 bytes. The tokens stay opaque strings that s3rver alone
 * reads back; nothing else about the server changes.
 */
function allowS3rverContinuationTokens(): void {
  const crypto = createRequire(import.meta.url)('node:crypto') as typeof import('node:crypto') & { s3rverPatched?: boolean };
  if (crypto.s3rverPatched === true || crypto.getCiphers().includes('des')) return;
  const widen = (bytes: Buffer): Buffer => Buffer.concat([bytes, bytes]);
  const { createCipheriv, createDecipheriv } = crypto;
  type CipherArgs = Parameters<typeof createCipheriv>;
  crypto.createCipheriv = ((algorithm: string, key: Buffer, iv: Buffer, ...rest: unknown[]) =>
    algorithm === 'des'
      ? createCipheriv('aes-128-cbc', widen(key), widen(iv))
      : createCipheriv(...([algorithm, key, iv, ...rest] as unknown as CipherArgs))) as typeof createCipheriv;
  crypto.createDecipheriv = ((algorithm: string, key: Buffer, iv: Buffer, ...rest: unknown[]) =>
    algorithm === 'des'
      ? createDecipheriv('aes-128-cbc', widen(key), widen(iv))
      : createDecipheriv(...([algorithm, key, iv, ...rest] as unknown as Parameters<typeof createDecipheriv>))) as typeof createDecipheriv;
  crypto.s3rverPatched = true;
}
