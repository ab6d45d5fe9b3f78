import { describe, expect, it } from 'vitest';
import { DeployError, describeFailure, explainCloudFrontError, explainS3Error } from '../../scripts/deploy/errors';

/** An error shaped like the ones the AWS SDK throws. */
function awsError(name: string, message: string, httpStatusCode?: number): Error {
  return Object.assign(new Error(message), { name, $metadata: { httpStatusCode } });
}

describe('explaining AWS errors', () => {
  it('tells how to sign in when there are no credentials', () => {
    const explained = explainS3Error(awsError('CredentialsProviderError', 'Could not load credentials from any providers'), 'notes');
    expect(explained).toBeInstanceOf(DeployError);
    expect(String(explained)).toMatch(/No AWS credentials were found.*aws sso login/);
  });

  it('tells when AWS rejects the credentials', () => {
    expect(String(explainS3Error(awsError('ExpiredToken', 'The provided token has expired.', 400), 'notes'))).toMatch(
      /AWS rejected the credentials/,
    );
  });

  it('names the bucket that does not exist', () => {
    expect(String(explainS3Error(awsError('NoSuchBucket', 'The specified bucket does not exist', 404), 'notes'))).toMatch(
      /Bucket "notes" does not exist/,
    );
  });

  it('lists the permissions the deploy needs when access is denied', () => {
    const explained = String(explainS3Error(awsError('AccessDenied', 'Access Denied', 403), 'notes'));
    expect(explained).toMatch(/Access denied to bucket "notes"/);
    expect(explained).toMatch(/s3:ListBucket.*s3:GetObject, s3:PutObject and s3:DeleteObject.*DeployPolicyArn/);
    expect(String(explainS3Error(awsError('403', 'UnknownError', 403), 'notes'))).toMatch(/Access denied/);
  });

  it('says throttling outlasted the retries and that deploying again is safe', () => {
    expect(String(explainS3Error(awsError('SlowDown', 'Please reduce your request rate.', 503), 'notes'))).toMatch(
      /S3 kept throttling requests after several retries.*Deploying again is safe/,
    );
    expect(String(explainCloudFrontError(awsError('Throttling', 'Rate exceeded', 400), 'E1'))).toMatch(/CloudFront kept throttling/);
  });

  it('asks for a region when none is configured', () => {
    expect(String(explainS3Error(new Error('Region is missing'), 'notes'))).toMatch(/No AWS region is set: pass --region/);
  });

  it('passes other errors through unchanged', () => {
    const unknown = awsError('InternalError', 'We encountered an internal error.', 500);
    expect(explainS3Error(unknown, 'notes')).toBe(unknown);
  });
});

describe('describing a failure for the terminal', () => {
  it('prints only the message of an explained failure', () => {
    const failure = explainS3Error(awsError('CredentialsProviderError', 'Could not load credentials from any providers'), 'notes');
    expect(describeFailure(failure)).toMatch(/^deploy failed: No AWS credentials were found[^\n]*$/);
  });

  it('names an AWS error that has no explanation', () => {
    expect(describeFailure(awsError('InternalError', 'We encountered an internal error.', 500))).toBe(
      'deploy failed: AWS answered InternalError: We encountered an internal error.',
    );
  });

  it('adds the stack of an error that means the code is wrong', () => {
    const bug = new TypeError('Cannot read properties of undefined');
    expect(describeFailure(new DeployError('upload failed', { cause: bug }))).toContain(
      'TypeError: Cannot read properties of undefined\n    at ',
    );
    expect(describeFailure(bug)).toMatch(/^deploy failed: TypeError: Cannot read properties of undefined\n    at /);
  });
});

describe('naming the AWS setup a failure comes from', () => {
  const setup = { profile: 'stduy', profileSource: '--profile', region: 'eu-west-1', regionSource: 'AWS_DEFAULT_REGION' };

  it('names the profile and the region, with where each came from, when credentials are missing', () => {
    const failure = explainS3Error(
      awsError('CredentialsProviderError', 'Could not resolve credentials using profile: [stduy] in configuration/credentials file(s).'),
      'notes',
    );
    const text = describeFailure(failure, setup);
    expect(text).toMatch(/No AWS credentials were found/);
    expect(text).toMatch(/profile "stduy" \(from --profile; `aws configure list-profiles` lists those that exist\)/);
    expect(text).toMatch(/region eu-west-1 \(from AWS_DEFAULT_REGION\)/);
  });

  it('says when no profile or region was chosen', () => {
    const failure = explainS3Error(awsError('AccessDenied', 'Access Denied', 403), 'notes');
    const text = describeFailure(failure, { profile: undefined, profileSource: undefined, region: undefined, regionSource: undefined });
    expect(text).toMatch(/no profile \(the default credential chain/);
    expect(text).toMatch(/the profile's region \(none of --region, AWS_REGION, AWS_DEFAULT_REGION is set\)/);
  });

  it('tells a wrong clock from missing permissions', () => {
    const skewed = describeFailure(
      explainS3Error(
        awsError('RequestTimeTooSkewed', 'The difference between the request time and the current time is too large.', 403),
        'notes',
      ),
      setup,
    );
    expect(skewed).toMatch(/clock is more than 15 minutes away from AWS's/);
    expect(skewed).not.toMatch(/Access denied/);
    const expired = String(
      explainCloudFrontError(awsError('SignatureDoesNotMatch', 'Signature expired: 20261129T100000Z is now earlier than …', 403), 'E1'),
    );
    expect(expired).toMatch(/clock/);
  });

  it('leaves the setup out of failures that are not about it', () => {
    expect(describeFailure(new DeployError('Refusing to publish dist'), setup)).toBe('deploy failed: Refusing to publish dist');
  });
});
