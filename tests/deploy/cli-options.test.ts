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
    expect(parseCommand([...args, '--dry-run', '--grace-period', '48', '--dist', 'out'], {})).toEqual({
      kind: 'deploy',
      options: {
        bucket: 'notes-site',
        distributionId: 'E1EXAMPLE',
        region: 'ap-northeast-2',
        profile: 'study',
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
        region: 'us-west-2',
        profile: 'ci',
        dryRun: false,
        gracePeriodHours: 0,
        distDir: 'dist',
      },
    });
    expect(parseCommand(['--bucket', 'flag-bucket'], env)).toMatchObject({
      options: { bucket: 'flag-bucket', distributionId: 'EENV' },
    });
  });

  it('needs a bucket, and a distribution unless it is a dry run', () => {
    expect(() => parseCommand([], {})).toThrow(/No bucket/);
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

  it('refuses a grace period that is not a non-negative number of hours', () => {
    for (const value of ['-1', 'two', '']) {
      expect(() => parseCommand(['--bucket', 'b', '--dry-run', `--grace-period=${value}`], {}), value).toThrow(
        /--grace-period takes a number/,
      );
    }
    expect(parseCommand(['--bucket', 'b', '--dry-run', '--grace-period', '0.5'], {})).toMatchObject({
      options: { gracePeriodHours: 0.5 },
    });
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
