/**
 * Publishes the built site (dist/) to S3 and invalidates CloudFront: `npm run deploy -- --help`.
 * The work is done by scripts/deploy/; this file reads the command line and prints.
 */
import { hostname, userInfo } from 'node:os';
import path from 'node:path';
import { LANGS } from '../src/lib/i18n';
import { parseCommand, USAGE, type CliOptions } from './deploy/cli-options';
import { createCloudFrontClient, createCloudFrontInvalidator } from './deploy/cloudfront';
import { describeFailure } from './deploy/errors';
import { createStreamProgress } from './deploy/progress';
import { runDeploy } from './deploy/run-deploy';
import { createS3Client } from './deploy/s3';
import { cloudFormationOutputReader, createCloudFormationClient, resolveTarget } from './deploy/stack';
import { formatPlan, formatResult } from './deploy/summary';

const projectDir = path.resolve(import.meta.dirname, '..');
/** Everything astro build reads; a dist/ older than any of them is stale. */
const SOURCE_PATHS = ['content', 'src', 'public', 'astro.config.mjs'].map((source) => path.join(projectDir, source));

/** Who deploys, as the lock shows it to a deploy that finds it held. */
function describeHolder(env: NodeJS.ProcessEnv): string {
  if (env['GITHUB_ACTIONS'] === 'true') {
    const run = `${env['GITHUB_SERVER_URL'] ?? 'https://github.com'}/${env['GITHUB_REPOSITORY'] ?? '?'}/actions/runs/${env['GITHUB_RUN_ID'] ?? '?'}`;
    return `GitHub Actions run ${run} (${env['GITHUB_ACTOR'] ?? 'unknown actor'})`;
  }
  let user = 'someone';
  try {
    user = userInfo().username;
  } catch {
    // No user name on this system.
  }
  return `${user}@${hostname()} (pid ${process.pid})`;
}

let options: CliOptions | undefined;
try {
  const command = parseCommand(process.argv.slice(2), process.env);
  if (command.kind === 'help') {
    console.log(USAGE);
  } else {
    options = command.options;
    const aws = { region: options.region, profile: options.profile };
    const target = await resolveTarget(options, cloudFormationOutputReader(createCloudFormationClient(aws)), process.env['SITE_URL']);
    const startedAt = Date.now();
    const outcome = await runDeploy(
      {
        distDir: path.resolve(options.distDir),
        languages: LANGS,
        sourcePaths: SOURCE_PATHS,
        bucket: target.bucket,
        siteUrl: target.siteUrl,
        allowSiteUrlMismatch: options.allowSiteUrlMismatch,
        dryRun: options.dryRun,
        gracePeriodHours: options.gracePeriodHours,
        holder: describeHolder(process.env),
      },
      {
        s3: createS3Client(aws),
        invalidator:
          target.distributionId === undefined
            ? undefined
            : createCloudFrontInvalidator(createCloudFrontClient(options.profile), target.distributionId),
        progress: createStreamProgress(process.stderr),
        now: () => new Date(),
      },
    );
    console.log(
      outcome.result === undefined
        ? formatPlan(outcome.plan, target.bucket)
        : formatResult(outcome.plan, outcome.result, target.bucket, Date.now() - startedAt),
    );
    if (outcome.result !== undefined && target.siteUrl !== undefined) console.log(`Live at ${target.siteUrl}`);
  }
} catch (error) {
  console.error(describeFailure(error, options));
  process.exitCode = 1;
}
