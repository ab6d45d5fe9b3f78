import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCloudFrontClient, createCloudFrontInvalidator } from '../../scripts/deploy/cloudfront';
import { DeployError } from '../../scripts/deploy/errors';

// A stand-in for the CloudFront API on 127.0.0.1, speaking its REST/XML protocol, so the real SDK
// client and the invalidator's polling are exercised without AWS.
interface FakeCloudFront {
  /** Status reported by each successive answer about the invalidation, the creation included. */
  statuses: string[];
  /** When set, every request is refused with this error code and HTTP status. */
  refusal: { code: string; status: number } | undefined;
  createdPaths: string[][];
  statusRequests: number;
}

let server: Server;
let endpoint: string;
let fake: FakeCloudFront;

const INVALIDATION_ID = 'I2J0I21PCUYOIK';

function invalidationXml(status: string, paths: readonly string[]): string {
  const items = paths.map((item) => `<Path>${item}</Path>`).join('');
  return (
    '<?xml version="1.0" encoding="UTF-8"?>' +
    '<Invalidation xmlns="http://cloudfront.amazonaws.com/doc/2020-05-31/">' +
    `<Id>${INVALIDATION_ID}</Id><Status>${status}</Status><CreateTime>2026-11-22T12:00:00Z</CreateTime>` +
    `<InvalidationBatch><Paths><Quantity>${paths.length}</Quantity><Items>${items}</Items></Paths>` +
    '<CallerReference>deploy</CallerReference></InvalidationBatch></Invalidation>'
  );
}

async function readBody(request: IncomingMessage): Promise<string> {
  let body = '';
  for await (const chunk of request) body += String(chunk);
  return body;
}

beforeEach(async () => {
  fake = { statuses: ['InProgress', 'InProgress', 'Completed'], refusal: undefined, createdPaths: [], statusRequests: 0 };
  server = createServer(async (request, response) => {
    const body = await readBody(request);
    response.setHeader('content-type', 'text/xml');
    if (fake.refusal !== undefined) {
      response.statusCode = fake.refusal.status;
      response.end(
        `<?xml version="1.0"?><ErrorResponse xmlns="http://cloudfront.amazonaws.com/doc/2020-05-31/"><Error><Type>Sender</Type>` +
          `<Code>${fake.refusal.code}</Code><Message>Refused by the fake</Message></Error><RequestId>r1</RequestId></ErrorResponse>`,
      );
      return;
    }
    const paths = [...body.matchAll(/<Path>([^<]*)<\/Path>/g)].map((match) => match[1] ?? '');
    if (request.method === 'POST' && request.url === '/2020-05-31/distribution/E1EXAMPLE/invalidation') {
      fake.createdPaths.push(paths);
      response.statusCode = 201;
      response.setHeader('location', `${endpoint}/2020-05-31/distribution/E1EXAMPLE/invalidation/${INVALIDATION_ID}`);
      response.end(invalidationXml(fake.statuses.shift() ?? 'Completed', paths));
    } else if (request.method === 'GET' && request.url === `/2020-05-31/distribution/E1EXAMPLE/invalidation/${INVALIDATION_ID}`) {
      fake.statusRequests++;
      response.end(invalidationXml(fake.statuses.shift() ?? 'Completed', fake.createdPaths.at(-1) ?? []));
    } else {
      response.statusCode = 404;
      response.end(`<ErrorResponse><Error><Code>NoSuchDistribution</Code><Message>No such distribution</Message></Error></ErrorResponse>`);
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterEach(async () => {
  await new Promise((resolve) => server.close(resolve));
});

function invalidatorFor(distributionId: string, timeoutMs = 5_000) {
  const client = createCloudFrontClient(undefined, {
    endpoint,
    credentials: { accessKeyId: 'AKIAFAKE', secretAccessKey: 'fake' },
  });
  return createCloudFrontInvalidator(client, distributionId, { intervalMs: 10, timeoutMs });
}

describe('invalidating CloudFront', () => {
  it('sends the paths and returns only once CloudFront reports the invalidation completed', async () => {
    const id = await invalidatorFor('E1EXAMPLE').invalidate(['/ko/notes/lambda/', '/ko/notes/lambda/index.html']);
    expect(id).toBe(INVALIDATION_ID);
    expect(fake.createdPaths).toEqual([['/ko/notes/lambda/', '/ko/notes/lambda/index.html']]);
    expect(fake.statusRequests).toBe(2);
    expect(fake.statuses).toEqual([]);
  });

  it('explains a refusal at once instead of polling until the timeout', async () => {
    fake.refusal = { code: 'AccessDenied', status: 403 };
    const failure = await invalidatorFor('E1EXAMPLE')
      .invalidate(['/'])
      .catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(DeployError);
    expect(String(failure)).toMatch(/Access denied to distribution "E1EXAMPLE".*cloudfront:CreateInvalidation/s);
  });

  it('names the distribution when it does not exist', async () => {
    fake.refusal = { code: 'NoSuchDistribution', status: 404 };
    await expect(invalidatorFor('E1EXAMPLE').invalidate(['/'])).rejects.toThrow(/Distribution "E1EXAMPLE" does not exist/);
  });

  it('gives up on an invalidation that does not complete in time, saying nothing was deleted', async () => {
    fake.statuses = Array.from({ length: 1_000 }, () => 'InProgress');
    await expect(invalidatorFor('E1EXAMPLE', 50).invalidate(['/'])).rejects.toThrow(/had not completed .* no stale object was deleted/);
  });
});
