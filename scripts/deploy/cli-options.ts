import { parseArgs } from 'node:util';
import { DeployError } from './errors';

export interface CliOptions {
  bucket: string;
  /** Only a dry run may go without one. */
  distributionId: string | undefined;
  region: string | undefined;
  profile: string | undefined;
  dryRun: boolean;
  gracePeriodHours: number;
  distDir: string;
}

export type CliCommand = { kind: 'help' } | { kind: 'deploy'; options: CliOptions };

export const USAGE = `Publish dist/ to S3 and invalidate the CloudFront distribution in front of it.

Usage: npm run deploy -- [options]

Options:
  --bucket NAME             S3 bucket (env DEPLOY_BUCKET); the stack output BucketName
  --distribution-id ID      CloudFront distribution (env DEPLOY_DISTRIBUTION_ID); the stack output
                            DistributionId; not needed with --dry-run
  --region REGION           the bucket's region (env AWS_REGION, else the profile's region)
  --profile NAME            AWS profile for credentials (env AWS_PROFILE, else the default chain)
  --dry-run                 print what would be uploaded, invalidated and deleted; change nothing
  --grace-period HOURS      keep objects no longer in the build this many hours after a deploy
                            first finds them (default 0: delete them at the end of this deploy)
  --dist DIR                the build to publish (default dist)
  --help                    show this help

Credentials come from the standard AWS chain (environment, SSO, ~/.aws, instance or CI role).`;

type Environment = Readonly<Record<string, string | undefined>>;

const FLAGS = {
  bucket: { type: 'string' },
  'distribution-id': { type: 'string' },
  region: { type: 'string' },
  profile: { type: 'string' },
  'dry-run': { type: 'boolean', default: false },
  'grace-period': { type: 'string', default: '0' },
  dist: { type: 'string', default: 'dist' },
  help: { type: 'boolean', default: false },
} as const;

function readFlags(args: readonly string[]) {
  try {
    return parseArgs({ args: [...args], options: FLAGS, strict: true, allowPositionals: false }).values;
  } catch (error) {
    throw new DeployError(`${error instanceof Error ? error.message : String(error)}\n\n${USAGE}`, { cause: error });
  }
}

/** Reads flags, falling back to environment variables; flags win. */
export function parseCommand(args: readonly string[], env: Environment): CliCommand {
  const values = readFlags(args);
  if (values.help) return { kind: 'help' };

  const bucket = nonEmpty(values.bucket) ?? nonEmpty(env['DEPLOY_BUCKET']);
  if (bucket === undefined) throw new DeployError('No bucket: pass --bucket NAME or set DEPLOY_BUCKET.');
  const distributionId = nonEmpty(values['distribution-id']) ?? nonEmpty(env['DEPLOY_DISTRIBUTION_ID']);
  if (distributionId === undefined && !values['dry-run']) {
    throw new DeployError('No CloudFront distribution: pass --distribution-id ID or set DEPLOY_DISTRIBUTION_ID.');
  }
  const gracePeriodHours = Number(values['grace-period']);
  if (values['grace-period'].trim() === '' || !Number.isFinite(gracePeriodHours) || gracePeriodHours < 0) {
    throw new DeployError(`--grace-period takes a number of hours, 0 or more; got "${values['grace-period']}".`);
  }
  return {
    kind: 'deploy',
    options: {
      bucket,
      distributionId,
      region: nonEmpty(values.region) ?? nonEmpty(env['AWS_REGION']),
      profile: nonEmpty(values.profile) ?? nonEmpty(env['AWS_PROFILE']),
      dryRun: values['dry-run'],
      gracePeriodHours,
      distDir: values.dist,
    },
  };
}

function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value.trim() === '' ? undefined : value.trim();
}
