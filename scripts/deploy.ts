/**
 * Publishes the built site (dist/) to S3 and invalidates CloudFront: `npm run deploy -- --help`.
 * The work is done by scripts/deploy/; this file reads the command line and prints.
 */
import path from 'node:path';
import { LANGS } from '../src/lib/i18n';
import { parseCommand, USAGE } from './deploy/cli-options';
import { createCloudFrontClient, createCloudFrontInvalidator } from './deploy/cloudfront';
import { describeFailure } from './deploy/errors';
import { createStreamProgress } from './deploy/progress';
import { runDeploy } from './deploy/run-deploy';
import { createS3Client } from './deploy/s3';
import { formatPlan, formatResult } from './deploy/summary';

const projectDir = path.resolve(import.meta.dirname, '..');
/** Everything astro build reads; a dist/ older than any of them is stale. */
const SOURCE_PATHS = ['content', 'src', 'public', 'astro.config.mjs'].map((source) => path.join(projectDir, source));

try {
  const command = parseCommand(process.argv.slice(2), process.env);
  if (command.kind === 'help') {
    console.log(USAGE);
  } else {
    const { options } = command;
    const startedAt = Date.now();
    const outcome = await runDeploy(
      {
        distDir: path.resolve(options.distDir),
        languages: LANGS,
        sourcePaths: SOURCE_PATHS,
        bucket: options.bucket,
        dryRun: options.dryRun,
        gracePeriodHours: options.gracePeriodHours,
      },
      {
        s3: createS3Client({ region: options.region, profile: options.profile }),
        invalidator:
          options.distributionId === undefined
            ? undefined
            : createCloudFrontInvalidator(createCloudFrontClient(options.profile), options.distributionId),
        progress: createStreamProgress(process.stderr),
        now: () => new Date(),
      },
    );
    console.log(
      outcome.result === undefined
        ? formatPlan(outcome.plan, options.bucket)
        : formatResult(outcome.plan, outcome.result, options.bucket, Date.now() - startedAt),
    );
  }
} catch (error) {
  console.error(describeFailure(error));
  process.exitCode = 1;
}
