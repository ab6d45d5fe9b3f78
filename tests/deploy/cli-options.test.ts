import { describe, expect, it } from 'vitest';
import { USAGE, parseCommand } from '../../scripts/deploy/cli-options';
import { DeployError } from '../../scripts/deploy/errors';

describe('reading the deploy command line', () => {
  it('asks for help with --help', () => {
    expect(parseCommand(['--help'], {})).toEqual({ kind: 'help' });
    expect(USAGE).toContain('--distribution-id');
  });

  it('reads every flag', () => {
    const args = ['--bucket', 'notes-site', '--distribution-id', 'E1EXAMPLE', '--region', 'ap-northeast-2', '--profile', 'study'];
    const more = ['--site-url', 'https://notes.example.org/', '--allow-site-url-mismatch', '--stack-name', 'notes'];
    expect(parseCommand([...args, ...more, '--dry-run', '--grace-period', '48h', '--dist', 'out'], {})).toEqual({
      kind: 'deploy',
      options: {
        bucket: 'notes-site',
        distributionId: 'E1EXAMPLE',
        stackName: 'notes',
        siteUrl: 'https://notes.example.org/',
        allowSiteUrlMismatch: true,
        region: 'ap-northeast-2',
        regionSource: '--region',
        profile: 'study',
        profileSource: '--profile',
        dryRun: true,
        gracePeriodHours: 48,
        distDir: 'out',
      },
    });
  });

  it('falls back to environment variables, and flags win over them', () => {
    const env = { DEPLOY_BUCKET: 'env-bucket', DEPLOY_DISTRIBUTION_ID: 'EENV', AWS_REGION: 'us-west-2', AWS_PROFILE: 'ci' };
    expect(parseCommand([], env)).toEqual({
      kind: 'deploy',
      options: {
        bucket: 'env-bucket',
        distributionId: 'EENV',
        stackName: undefined,
        siteUrl: undefined,
        allowSiteUrlMismatch: false,
        region: 'us-west-2',
        regionSource: 'AWS_REGION',
        profile: 'ci',
        profileSource: 'AWS_PROFILE',
        dryRun: false,
        gracePeriodHours: 7 * 24,
        distDir: 'dist',
      },
    });
    expect(parseCommand(['--bucket', 'flag-bucket'], env)).toMatchObject({
      options: { bucket: 'flag-bucket', distributionId: 'EENV' },
    });
  });

  it('honours AWS_DEFAULT_REGION, after AWS_REGION, as the AWS CLI does', () => {
    const base = ['--bucket', 'b', '--dry-run'];
    expect(parseCommand(base, { AWS_DEFAULT_REGION: 'eu-west-1' })).toMatchObject({
      options: { region: 'eu-west-1', regionSource: 'AWS_DEFAULT_REGION' },
    });
    expect(parseCommand(base, { AWS_DEFAULT_REGION: 'eu-west-1', AWS_REGION: 'ap-northeast-2' })).toMatchObject({
      options: { region: 'ap-northeast-2', regionSource: 'AWS_REGION' },
    });
  });

  it('takes the bucket and distribution from a stack instead', () => {
    expect(parseCommand(['--stack-name', 'notes'], {})).toMatchObject({
      options: { stackName: 'notes', bucket: undefined, distributionId: undefined },
    });
    expect(parseCommand([], { DEPLOY_STACK_NAME: 'notes' })).toMatchObject({ options: { stackName: 'notes' } });
  });

  it('needs a bucket, and a distribution unless it is a dry run', () => {
    expect(() => parseCommand([], {})).toThrow(/No bucket: pass --stack-name NAME/);
    expect(() => parseCommand(['--bucket', 'b'], {})).toThrow(/No CloudFront distribution/);
    expect(parseCommand(['--bucket', 'b', '--dry-run'], {})).toMatchObject({
      options: { distributionId: undefined, dryRun: true },
    });
  });

  it('leaves region and profile to the AWS SDK when neither flag nor variable sets them', () => {
    expect(parseCommand(['--bucket', 'b', '--dry-run'], { AWS_REGION: '' })).toMatchObject({
      options: { region: undefined, profile: undefined },
    });
  });

  it('keeps old assets seven days by default, and reads a grace period in days or hours', () => {
    const base = ['--bucket', 'b', '--dry-run'];
    expect(parseCommand(base, {})).toMatchObject({ options: { gracePeriodHours: 168 } });
    expect(parseCommand([...base, '--grace-period', '2d'], {})).toMatchObject({ options: { gracePeriodHours: 48 } });
    expect(parseCommand([...base, '--grace-period', '0.5h'], {})).toMatchObject({ options: { gracePeriodHours: 0.5 } });
    expect(parseCommand([...base, '--grace-period', '0'], {})).toMatchObject({ options: { gracePeriodHours: 0 } });
  });

  it('refuses a grace period without a unit, or that is not a duration', () => {
    for (const value of ['48', '-1d', 'two', '', '3w']) {
      expect(() => parseCommand(['--bucket', 'b', '--dry-run', `--grace-period=${value}`], {}), value).toThrow(
        /--grace-period takes a duration such as 7d, 36h or 0/,
      );
    }
  });

  it('refuses an unknown flag and shows the usage', () => {
    const failure = (() => {
      try {
        return parseCommand(['--bucket', 'b', '--force'], {});
      } catch (error) {
        return error;
      }
    })();
    expect(failure).toBeInstanceOf(DeployError);
    expect(String(failure)).toContain("Unknown option '--force'");
    expect(String(failure)).toContain('Usage: npm run deploy');
  });
});
