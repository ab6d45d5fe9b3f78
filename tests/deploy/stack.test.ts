import { CloudFormationClient } from '@aws-sdk/client-cloudformation';
import { describe, expect, it } from 'vitest';
import { describeFailure } from '../../scripts/deploy/errors';
import { cloudFormationOutputReader, resolveTarget } from '../../scripts/deploy/stack';

const OUTPUTS = {
  BucketName: 'notes-sitebucket-1a2b3c',
  DistributionId: 'E2QWRUHEXAMPLE',
  SiteUrl: 'https://notes.example.org/',
  DeployPolicyArn: 'arn:aws:iam::111122223333:policy/notes-deploy',
};

/** A CloudFormation client whose DescribeStacks answers from `answer` instead of AWS. */
function fakeCloudFormation(answer: (stackName: string) => unknown): CloudFormationClient {
  const client = new CloudFormationClient({ region: 'ap-northeast-2', credentials: { accessKeyId: 'x', secretAccessKey: 'y' } });
  client.middlewareStack.add(
    () => async (args) => {
      const result = answer((args.input as { StackName: string }).StackName);
      if (result instanceof Error) throw result;
      return { response: {}, output: result } as never;
    },
    { step: 'initialize', name: 'fakeDescribeStacks' },
  );
  return client;
}

const flags = { stackName: 'notes', bucket: undefined, distributionId: undefined, siteUrl: undefined };

describe('reading the deploy target from the stack', () => {
  it('takes bucket, distribution and site URL from the stack outputs', async () => {
    const reader = cloudFormationOutputReader(
      fakeCloudFormation(() => ({
        $metadata: {},
        Stacks: [{ Outputs: Object.entries(OUTPUTS).map(([OutputKey, OutputValue]) => ({ OutputKey, OutputValue })) }],
      })),
    );
    expect(await resolveTarget(flags, reader, undefined)).toEqual({
      bucket: 'notes-sitebucket-1a2b3c',
      distributionId: 'E2QWRUHEXAMPLE',
      siteUrl: 'https://notes.example.org/',
    });
  });

  it('lets flags win over outputs, and falls back to SITE_URL without a stack', async () => {
    const reader = async () => OUTPUTS;
    expect(await resolveTarget({ ...flags, bucket: 'other' }, reader, undefined)).toMatchObject({ bucket: 'other' });
    expect(
      await resolveTarget({ stackName: undefined, bucket: 'b', distributionId: 'E1', siteUrl: undefined }, reader, 'https://notes.dev/'),
    ).toEqual({ bucket: 'b', distributionId: 'E1', siteUrl: 'https://notes.dev/' });
  });

  it('says when the stack is not one made from infra/site.yaml', async () => {
    await expect(resolveTarget(flags, async () => ({}), undefined)).rejects.toThrow(/Stack "notes" has no BucketName output/);
  });

  it('names the stack and the region when the stack does not exist', async () => {
    const missing = Object.assign(new Error('Stack with id notes does not exist'), {
      name: 'ValidationError',
      $metadata: { httpStatusCode: 400 },
    });
    const reader = cloudFormationOutputReader(fakeCloudFormation(() => missing));
    const failure = await resolveTarget(flags, reader, undefined).catch((error: unknown) => error);
    const setup = { profile: undefined, profileSource: undefined, region: 'ap-northeast-2', regionSource: 'AWS_REGION' };
    expect(describeFailure(failure, setup)).toMatch(
      /Stack "notes" does not exist in this region.*\n.*region ap-northeast-2 \(from AWS_REGION\)/,
    );
  });
});
