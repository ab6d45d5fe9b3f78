/**
 * A failure the person running the deploy can act on. The CLI prints only its message (no stack);
 * any other error is a bug and is printed in full.
 */
export class DeployError extends Error {
  override name = 'DeployError';
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
  const status =
    typeof metadata === 'object' && metadata !== null && 'httpStatusCode' in metadata ? metadata.httpStatusCode : undefined;
  return { name: error.name, message: error.message, httpStatusCode: typeof status === 'number' ? status : undefined };
}

/** Messages that mean the same whichever service raised them, or undefined. */
function explainCommonError(fields: AwsErrorFields, service: string): string | undefined {
  if (fields.name === 'CredentialsProviderError') {
    return `No AWS credentials were found (${fields.message}). ${CREDENTIALS_HINT}`;
  }
  if (REJECTED_CREDENTIAL_ERRORS.has(fields.name)) {
    return `AWS rejected the credentials (${fields.name}: ${fields.message}). ${CREDENTIALS_HINT}`;
  }
  if (/region is missing/i.test(fields.message)) {
    return 'No AWS region is set: pass --region, set AWS_REGION, or give the profile a region.';
  }
  if (THROTTLING_ERRORS.has(fields.name) || fields.httpStatusCode === 429) {
    return `${service} kept throttling requests after several retries (${fields.name}). Wait a minute. ${RERUN_HINT}`;
  }
  return undefined;
}

/** Turns an S3 SDK error into a DeployError that says what to do; unknown errors pass through. */
export function explainS3Error(error: unknown, bucket: string): unknown {
  const fields = awsErrorFields(error);
  if (fields === undefined || error instanceof DeployError) return error;
  const common = explainCommonError(fields, 'S3');
  if (common !== undefined) return new DeployError(common, { cause: error });
  if (fields.name === 'NoSuchBucket') {
    return new DeployError(
      `Bucket "${bucket}" does not exist. Create it with the CloudFormation stack in infra/site.yaml and pass ` +
        'its BucketName output to --bucket.',
      { cause: error },
    );
  }
  if (ACCESS_DENIED_ERRORS.has(fields.name) || fields.httpStatusCode === 403) {
    return new DeployError(
      `Access denied to bucket "${bucket}" (${fields.message}). The deploying identity needs s3:ListBucket on ` +
        "the bucket and s3:GetObject, s3:PutObject and s3:DeleteObject on its objects: attach the stack's " +
        'DeployPolicyArn output to it.',
      { cause: error },
    );
  }
  if (fields.name === 'PermanentRedirect' || fields.name === 'AuthorizationHeaderMalformed') {
    return new DeployError(`Bucket "${bucket}" is in another region: pass its region with --region.`, { cause: error });
  }
  return error;
}

/** Turns a CloudFront SDK error into a DeployError that says what to do; unknown errors pass through. */
export function explainCloudFrontError(error: unknown, distributionId: string): unknown {
  const fields = awsErrorFields(error);
  if (fields === undefined || error instanceof DeployError) return error;
  const common = explainCommonError(fields, 'CloudFront');
  if (common !== undefined) return new DeployError(common, { cause: error });
  if (fields.name === 'NoSuchDistribution') {
    return new DeployError(
      `Distribution "${distributionId}" does not exist. Pass the stack's DistributionId output to --distribution-id.`,
      { cause: error },
    );
  }
  if (ACCESS_DENIED_ERRORS.has(fields.name) || fields.httpStatusCode === 403) {
    return new DeployError(
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
export function describeFailure(error: unknown): string {
  if (error instanceof DeployError) {
    return isProgrammingError(error.cause)
      ? `deploy failed: ${error.message}\n\n${error.cause.stack ?? String(error.cause)}`
      : `deploy failed: ${error.message}`;
  }
  if (error instanceof Error && '$metadata' in error) return `deploy failed: AWS answered ${error.name}: ${error.message}`;
  return `deploy failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`;
}
