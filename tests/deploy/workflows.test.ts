import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const read = (file: string): string => readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8');
const ci: unknown = parse(read('.github/workflows/ci.yml'));
const deploy: unknown = parse(read('.github/workflows/deploy.yml'));

function at(value: unknown, ...steps: (string | number)[]): unknown {
  let current = value;
  for (const step of steps) {
    if (typeof current !== 'object' || current === null) return undefined;
    current = (current as Record<string | number, unknown>)[step];
  }
  return current;
}

const steps = (workflow: unknown, job: string): Record<string, unknown>[] =>
  (at(workflow, 'jobs', job, 'steps') as Record<string, unknown>[] | undefined) ?? [];

describe('the GitHub workflows', () => {
  it('run in CI the very script the README and .ci/run give, workflow lint included', () => {
    expect(
      steps(ci, 'test')
        .map((step) => step['run'])
        .filter(Boolean),
    ).toEqual(['.ci/run']);
    expect(read('.ci/run')).toMatch(/^npm run lint:workflows$/m);
    expect(at(ci, 'on')).toHaveProperty('pull_request');
    expect(at(ci, 'on')).toHaveProperty('workflow_call');
  });

  it('deploy main only after CI passes, one at a time, in a protected environment', () => {
    expect(at(deploy, 'on', 'push', 'branches')).toEqual(['main']);
    expect(at(deploy, 'jobs', 'ci', 'uses')).toBe('./.github/workflows/ci.yml');
    expect(at(deploy, 'jobs', 'deploy', 'needs')).toBe('ci');
    // Queued, never cancelled half-way: a cancelled deploy would leave its lock until it expires.
    expect(at(deploy, 'concurrency')).toEqual({ group: 'deploy-production', 'cancel-in-progress': false });
    expect(at(deploy, 'jobs', 'deploy', 'environment', 'name')).toBe('production');
  });

  it('deploy with a role assumed through OIDC, never a stored key', () => {
    expect(at(deploy, 'jobs', 'deploy', 'permissions')).toEqual({ contents: 'read', 'id-token': 'write' });
    const credentials = steps(deploy, 'deploy').find((step) => String(step['uses']).startsWith('aws-actions/configure-aws-credentials@'));
    expect(at(credentials, 'with', 'role-to-assume')).toBe('${{ vars.AWS_DEPLOY_ROLE_ARN }}');
    expect(JSON.stringify(deploy)).not.toMatch(/aws-access-key-id|aws-secret-access-key|secrets\./);
  });

  it("build with the site's real address from the stack, then deploy to that stack", () => {
    const runs = steps(deploy, 'deploy');
    const build = runs.find((step) => step['run'] === 'npm run build');
    expect(at(build, 'env', 'SITE_URL')).toBe('${{ steps.stack.outputs.site_url }}');
    expect(runs.at(-1)?.['run']).toBe('npm run deploy -- --stack-name "$STACK_NAME"');
  });
});
