/**
 * A failure the person running the deploy can act on. The CLI prints only its message (no stack);
 * any other error is a bug and is printed in full.
 */
export class DeployError extends Error {
  override name = 'DeployError';
}

/** A failure caused by how AWS access is set up (credentials, permissions, region, clock): the CLI adds which profile and region it used. */
export class AwsSetupError extends DeployError {
  override name = 'AwsSetupError';
}

/** Which profile and region a deploy used, and where each came from. */
export interface AwsSetup {
  profile: string | undefined;
  profileSource: string | undefined;
  region: string | undefined;
  regionSource: string | undefined;
}

export function describeAwsSetup(setup: AwsSetup): string {
  const profile =
    setup.profile === undefined
      ? 'no profile (the default credential chain: environment variables, SSO, ~/.aws, instance or CI role)'
      : `profile "${setup.profile}" (from ${setup.profileSource ?? '?'}; \`aws configure list-profiles\` lists those that exist)`;
  const region =
    setup.region === undefined
      ? "the profile's region (none of --region, AWS_REGION, AWS_DEFAULT_REGION is set)"
      : `region ${setup.region} (from ${setup.regionSource ?? '?'})`;
  return `This deploy used ${profile} and ${region}.`;
}

/** Error names with which AWS services say "slow down"; the SDK retries them before they reach us. */
const THROTTLING_ERRORS = new Set([
  'SlowDown',
  'Throttling',
  'ThrottlingException',
  'TooManyRequestsException',
  'RequestLimitExceeded',
  'RequestThrottled',
  'RequestThrottledException',
]);

/** The credentials were found but AWS does not accept them. */
const REJECTED_CREDENTIAL_ERRORS = new Set([
  'InvalidAccessKeyId',
  'SignatureDoesNotMatch',
  'ExpiredToken',
  'ExpiredTokenException',
  'InvalidClientTokenId',
  'InvalidToken',
  'UnrecognizedClientException',
]);

const ACCESS_DENIED_ERRORS = new Set(['AccessDenied', 'AccessDeniedException', 'Forbidden']);

/** AWS refuses requests signed more than 15 minutes away from its own time. */
const CLOCK_SKEW_ERRORS = new Set(['RequestTimeTooSkewed', 'RequestExpired']);
const CLOCK_SKEW_MESSAGE = /time too skewed|signature expired|request has expired|clock skew/i;

const CLOCK_HINT =
  "This computer's clock is more than 15 minutes away from AWS's, so AWS rejects every signed request: " +
  'set the clock right (e.g. `sudo timedatectl set-ntp true`, or the system time settings) and deploy again.';

const CREDENTIALS_HINT =
  'Sign in the usual AWS way: `aws configure`, `aws sso login --profile NAME` with --profile NAME, or the ' +
  'AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY environment variables (in CI, a role).';

const RERUN_HINT = 'Deploying again is safe: it uploads only what is still missing.';

interface AwsErrorFields {
  name: string;
  message: string;
  httpStatusCode: number | undefined;
}

function awsErrorFields(error: unknown): AwsErrorFields | undefined {
  if (!(error instanceof Error)) return undefined;
  const metadata = '$metadata' in error ? error.$metadata : undefined;
  const status = typeof metadata === 'object' && metadata !== null && 'httpStatusCode' in metadata ? metadata.httpStatusCode : undefined;
  return { name: error.name, message: error.message, httpStatusCode: typeof status === 'number' ? status : undefined };
}

/** Errors that mean the same whichever service raised them, or undefined. */
function explainCommonError(error: unknown, fields: AwsErrorFields, service: string): DeployError | undefined {
  const setup = (message: string): AwsSetupError => new AwsSetupError(message, { cause: error });
  if (CLOCK_SKEW_ERRORS.has(fields.name) || CLOCK_SKEW_MESSAGE.test(fields.message)) {
    return setup(`${CLOCK_HINT} (${fields.name}: ${fields.message})`);
  }
  if (fields.name === 'CredentialsProviderError') {
    return setup(`No AWS credentials were found (${fields.message}). ${CREDENTIALS_HINT}`);
  }
  if (REJECTED_CREDENTIAL_ERRORS.has(fields.name)) {
    return setup(`AWS rejected the credentials (${fields.name}: ${fields.message}). ${CREDENTIALS_HINT}`);
  }
  if (/region is missing/i.test(fields.message)) {
    return setup('No AWS region is set: pass --region, set AWS_REGION (or AWS_DEFAULT_REGION), or give the profile a region.');
  }
  if (THROTTLING_ERRORS.has(fields.name) || fields.httpStatusCode === 429) {
    return new DeployError(`${service} kept throttling requests after several retries (${fields.name}). Wait a minute. ${RERUN_HINT}`, {
      cause: error,
    });
  }
  return undefined;
}

/** Turns an S3 SDK error into a DeployError that says what to do; unknown errors pass through. */
export function explainS3Error(error: unknown, bucket: string): unknown {
  const fields = awsErrorFields(error);
  if (fields === undefined || error instanceof DeployError) return error;
  const common = explainCommonError(error, fields, 'S3');
  if (common !== undefined) return common;
  if (fields.name === 'NoSuchBucket') {
    return new DeployError(
      `Bucket "${bucket}" does not exist. Create it with the CloudFormation stack in infra/site.yaml and pass ` +
        'its BucketName output to --bucket.',
      { cause: error },
    );
  }
  if (ACCESS_DENIED_ERRORS.has(fields.name) || fields.httpStatusCode === 403) {
    return new AwsSetupError(
      `Access denied to bucket "${bucket}" (${fields.message}). The deploying identity needs s3:ListBucket on ` +
        "the bucket and s3:GetObject, s3:PutObject and s3:DeleteObject on its objects: attach the stack's " +
        'DeployPolicyArn output to it. (A 403 also comes from a clock more than 15 minutes wrong.)',
      { cause: error },
    );
  }
  if (fields.name === 'PermanentRedirect' || fields.name === 'AuthorizationHeaderMalformed') {
    return new AwsSetupError(`Bucket "${bucket}" is in another region: pass its region with --region.`, { cause: error });
  }
  return error;
}

/** Turns a CloudFormation SDK error (reading the stack's outputs) into a DeployError; unknown errors pass through. */
export function explainCloudFormationError(error: unknown, stackName: string): unknown {
  const fields = awsErrorFields(error);
  if (fields === undefined || error instanceof DeployError) return error;
  const common = explainCommonError(error, fields, 'CloudFormation');
  if (common !== undefined) return common;
  if (fields.name === 'ValidationError' && /does not exist/.test(fields.message)) {
    return new AwsSetupError(`Stack "${stackName}" does not exist in this region: check --stack-name and the region.`, { cause: error });
  }
  if (ACCESS_DENIED_ERRORS.has(fields.name) || fields.httpStatusCode === 403) {
    return new AwsSetupError(
      `Access denied to stack "${stackName}" (${fields.message}). The deploying identity needs cloudformation:DescribeStacks ` +
        "on it: attach the stack's DeployPolicyArn output.",
      { cause: error },
    );
  }
  return error;
}

/** Turns a CloudFront SDK error into a DeployError that says what to do; unknown errors pass through. */
export function explainCloudFrontError(error: unknown, distributionId: string): unknown {
  const fields = awsErrorFields(error);
  if (fields === undefined || error instanceof DeployError) return error;
  const common = explainCommonError(error, fields, 'CloudFront');
  if (common !== undefined) return common;
  if (fields.name === 'NoSuchDistribution') {
    return new DeployError(
      `Distribution "${distributionId}" does not exist. Pass the stack's DistributionId output to --distribution-id.`,
      { cause: error },
    );
  }
  if (ACCESS_DENIED_ERRORS.has(fields.name) || fields.httpStatusCode === 403) {
    return new AwsSetupError(
      `Access denied to distribution "${distributionId}" (${fields.message}). The deploying identity needs ` +
        "cloudfront:CreateInvalidation and cloudfront:GetInvalidation on it: attach the stack's DeployPolicyArn output.",
      { cause: error },
    );
  }
  if (fields.name === 'TooManyInvalidationsInProgress') {
    return new DeployError(
      `Distribution "${distributionId}" has too many invalidations in progress. Wait for them to finish. ${RERUN_HINT}`,
      { cause: error },
    );
  }
  return error;
}

/** Errors that mean the code itself is wrong, as opposed to the build, the account or the network. */
const PROGRAMMING_ERRORS = [TypeError, ReferenceError, RangeError, SyntaxError];

const isProgrammingError = (error: unknown): error is Error => PROGRAMMING_ERRORS.some((type) => error instanceof type);

/**
 * The text the CLI prints for a failure. A DeployError's message is the whole story, unless what it
 * wraps is a bug, whose stack is then needed too; an AWS error nobody explained is shown by its name
 * and message; anything else unexpected gets its stack.
 */
export function describeFailure(error: unknown, setup?: AwsSetup): string {
  if (error instanceof DeployError) {
    const context = error instanceof AwsSetupError && setup !== undefined ? `\n${describeAwsSetup(setup)}` : '';
    return isProgrammingError(error.cause)
      ? `deploy failed: ${error.message}${context}\n\n${error.cause.stack ?? String(error.cause)}`
      : `deploy failed: ${error.message}${context}`;
  }
  if (error instanceof Error && '$metadata' in error) return `deploy failed: AWS answered ${error.name}: ${error.message}`;
  return `deploy failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`;
}
