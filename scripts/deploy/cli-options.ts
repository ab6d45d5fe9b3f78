import { parseArgs } from 'node:util';
import { DeployError } from './errors';

export interface CliOptions {
  /** Undefined only when --stack-name is to supply it. */
  bucket: string | undefined;
  /** Only a dry run may go without one (after the stack outputs are read). */
  distributionId: string | undefined;
  /** The CloudFormation stack whose outputs name the bucket, the distribution and the site URL. */
  stackName: string | undefined;
  /** Where the site is served; the build's canonical origin must match it. */
  siteUrl: string | undefined;
  allowSiteUrlMismatch: boolean;
  region: string | undefined;
  /** Where the region came from, for error messages. */
  regionSource: string | undefined;
  profile: string | undefined;
  profileSource: string | undefined;
  dryRun: boolean;
  gracePeriodHours: number;
  distDir: string;
}

export type CliCommand = { kind: 'help' } | { kind: 'deploy'; options: CliOptions };

/** Old hashed assets and search-index chunks stay this long for pages still open in a browser. */
export const DEFAULT_GRACE_PERIOD = '7d';

export const USAGE = `Publish dist/ to S3 and invalidate the CloudFront distribution in front of it.

Usage: npm run deploy -- [options]

Options:
  --stack-name NAME         read bucket, distribution and site URL from the outputs of the
                            CloudFormation stack made from infra/site.yaml (env DEPLOY_STACK_NAME)
  --bucket NAME             S3 bucket (env DEPLOY_BUCKET); the stack output BucketName
  --distribution-id ID      CloudFront distribution (env DEPLOY_DISTRIBUTION_ID); the stack output
                            DistributionId; not needed with --dry-run
  --site-url URL            where the site is served (else the stack output SiteUrl, else env
                            SITE_URL); the build's canonical links must point there
  --allow-site-url-mismatch publish a build whose canonical origin is the placeholder or another site
  --region REGION           the bucket's region (env AWS_REGION or AWS_DEFAULT_REGION, else the profile's)
  --profile NAME            AWS profile for credentials (env AWS_PROFILE, else the default chain)
  --dry-run                 print what would be uploaded, invalidated and deleted; change nothing
  --grace-period DURATION   keep old hashed assets and search-index chunks this long after a deploy
                            first finds them unused, e.g. 7d, 36h, 0 (default ${DEFAULT_GRACE_PERIOD}); a later
                            deploy deletes them. Removed pages are deleted and invalidated at once.
  --dist DIR                the build to publish (default dist)
  --help                    show this help

One deploy at a time: a deploy holds a lock in the bucket (.deploy/lock.json) while it runs.
Credentials come from the standard AWS chain (environment, SSO, ~/.aws, instance or CI role).`;

type Environment = Readonly<Record<string, string | undefined>>;

const FLAGS = {
  'stack-name': { type: 'string' },
  bucket: { type: 'string' },
  'distribution-id': { type: 'string' },
  'site-url': { type: 'string' },
  'allow-site-url-mismatch': { type: 'boolean', default: false },
  region: { type: 'string' },
  profile: { type: 'string' },
  'dry-run': { type: 'boolean', default: false },
  'grace-period': { type: 'string', default: DEFAULT_GRACE_PERIOD },
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

  const stackName = nonEmpty(values['stack-name']) ?? nonEmpty(env['DEPLOY_STACK_NAME']);
  const bucket = nonEmpty(values.bucket) ?? nonEmpty(env['DEPLOY_BUCKET']);
  if (bucket === undefined && stackName === undefined) {
    throw new DeployError('No bucket: pass --stack-name NAME (or --bucket NAME), or set DEPLOY_STACK_NAME or DEPLOY_BUCKET.');
  }
  const distributionId = nonEmpty(values['distribution-id']) ?? nonEmpty(env['DEPLOY_DISTRIBUTION_ID']);
  if (distributionId === undefined && stackName === undefined && !values['dry-run']) {
    throw new DeployError('No CloudFront distribution: pass --stack-name NAME or --distribution-id ID, or set DEPLOY_DISTRIBUTION_ID.');
  }
  const region = firstOf([
    ['--region', values.region],
    ['AWS_REGION', env['AWS_REGION']],
    ['AWS_DEFAULT_REGION', env['AWS_DEFAULT_REGION']],
  ]);
  const profile = firstOf([
    ['--profile', values.profile],
    ['AWS_PROFILE', env['AWS_PROFILE']],
  ]);
  return {
    kind: 'deploy',
    options: {
      bucket,
      distributionId,
      stackName,
      siteUrl: nonEmpty(values['site-url']),
      allowSiteUrlMismatch: values['allow-site-url-mismatch'],
      region: region?.value,
      regionSource: region?.source,
      profile: profile?.value,
      profileSource: profile?.source,
      dryRun: values['dry-run'],
      gracePeriodHours: parseDuration(values['grace-period']),
      distDir: values.dist,
    },
  };
}

/** "7d", "36h" or "0" in hours. A bare number other than 0 is refused: hours or days would be a guess. */
export function parseDuration(text: string): number {
  const match = /^\s*(\d+(?:\.\d+)?)\s*([dh]?)\s*$/.exec(text);
  const amount = Number(match?.[1]);
  if (match === null || (match[2] === '' && amount !== 0)) {
    throw new DeployError(`--grace-period takes a duration such as 7d, 36h or 0; got "${text}".`);
  }
  return match[2] === 'd' ? amount * 24 : amount;
}

function firstOf(candidates: [source: string, value: string | undefined][]): { source: string; value: string } | undefined {
  for (const [source, value] of candidates) {
    const present = nonEmpty(value);
    if (present !== undefined) return { source, value: present };
  }
  return undefined;
}

function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value.trim() === '' ? undefined : value.trim();
}
