import { CloudFormationClient, DescribeStacksCommand } from '@aws-sdk/client-cloudformation';
import { DeployError, explainCloudFormationError } from './errors';

/** Where a deploy publishes: from flags, or from the outputs of the stack made from infra/site.yaml. */
export interface DeployTarget {
  bucket: string;
  distributionId: string | undefined;
  siteUrl: string | undefined;
}

export interface TargetFlags {
  stackName: string | undefined;
  bucket: string | undefined;
  distributionId: string | undefined;
  siteUrl: string | undefined;
}

export type StackOutputReader = (stackName: string) => Promise<Record<string, string>>;

/** Flags win over stack outputs; SITE_URL (what the build used) is the last resort for the site URL. */
export async function resolveTarget(
  flags: TargetFlags,
  readOutputs: StackOutputReader,
  envSiteUrl: string | undefined,
): Promise<DeployTarget> {
  const outputs = flags.stackName === undefined ? {} : await readOutputs(flags.stackName);
  const bucket = flags.bucket ?? outputs['BucketName'];
  if (bucket === undefined) {
    throw new DeployError(`Stack "${flags.stackName}" has no BucketName output: is it made from infra/site.yaml?`);
  }
  return {
    bucket,
    distributionId: flags.distributionId ?? outputs['DistributionId'],
    siteUrl: flags.siteUrl ?? outputs['SiteUrl'] ?? (envSiteUrl?.trim() || undefined),
  };
}

/** DescribeStacks; the stack lives in the deploy's region. Needs cloudformation:DescribeStacks (in the deploy policy). */
export function cloudFormationOutputReader(client: CloudFormationClient): StackOutputReader {
  return async (stackName) => {
    let response;
    try {
      response = await client.send(new DescribeStacksCommand({ StackName: stackName }));
    } catch (error) {
      throw explainCloudFormationError(error, stackName);
    }
    const outputs: Record<string, string> = {};
    for (const output of response.Stacks?.[0]?.Outputs ?? []) {
      if (output.OutputKey !== undefined && output.OutputValue !== undefined) outputs[output.OutputKey] = output.OutputValue;
    }
    return outputs;
  };
}

export function createCloudFormationClient(settings: { region: string | undefined; profile: string | undefined }): CloudFormationClient {
  return new CloudFormationClient({
    ...(settings.region === undefined ? {} : { region: settings.region }),
    ...(settings.profile === undefined ? {} : { profile: settings.profile }),
    retryMode: 'standard',
    maxAttempts: 8,
  });
}
