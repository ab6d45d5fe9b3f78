import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { THEME_INIT_SCRIPT } from '../../src/lib/theme-init';

// The template uses long-form intrinsics (Fn::Sub, Fn::GetAtt, Ref), so a plain YAML parser reads it.
const templateText = readFileSync(new URL('../../infra/site.yaml', import.meta.url), 'utf8');
const functionSource = readFileSync(new URL('../../infra/cloudfront/url-rewrite.js', import.meta.url), 'utf8');
const template: unknown = parse(templateText);

/** Follows a path of keys and indexes into the parsed template; undefined where it leads nowhere. */
function at(value: unknown, ...steps: (string | number)[]): unknown {
  let current = value;
  for (const step of steps) {
    if (typeof current !== 'object' || current === null) return undefined;
    current = (current as Record<string | number, unknown>)[step];
  }
  return current;
}

const resources = at(template, 'Resources');
const resourcesOfType = (type: string): [string, unknown][] =>
  Object.entries(typeof resources === 'object' && resources !== null ? resources : {}).filter(
    ([, resource]) => at(resource, 'Type') === type,
  );
function onlyResource(type: string): { name: string; properties: unknown } {
  const found = resourcesOfType(type);
  expect(found, `exactly one ${type}`).toHaveLength(1);
  const [name, resource] = found[0] ?? ['', undefined];
  return { name, properties: at(resource, 'Properties') };
}

const bucket = onlyResource('AWS::S3::Bucket');
const distribution = onlyResource('AWS::CloudFront::Distribution');
const config = at(distribution.properties, 'DistributionConfig');
const defaultBehavior = at(config, 'DefaultCacheBehavior');

describe('the CloudFormation template', () => {
  it('makes the bucket private: every public access block on, ACLs off, encrypted', () => {
    expect(at(bucket.properties, 'PublicAccessBlockConfiguration')).toEqual({
      BlockPublicAcls: true,
      BlockPublicPolicy: true,
      IgnorePublicAcls: true,
      RestrictPublicBuckets: true,
    });
    expect(at(bucket.properties, 'OwnershipControls', 'Rules')).toEqual([{ ObjectOwnership: 'BucketOwnerEnforced' }]);
    expect(
      at(bucket.properties, 'BucketEncryption', 'ServerSideEncryptionConfiguration', 0, 'ServerSideEncryptionByDefault', 'SSEAlgorithm'),
    ).toMatch(/^(AES256|aws:kms|aws:kms:dsse)$/);
    expect(at(bucket.properties, 'WebsiteConfiguration')).toBeUndefined();
  });

  it('has CloudFront sign every request to the bucket with Origin Access Control', () => {
    const oac = onlyResource('AWS::CloudFront::OriginAccessControl');
    expect(at(oac.properties, 'OriginAccessControlConfig')).toMatchObject({
      OriginAccessControlOriginType: 's3',
      SigningBehavior: 'always',
      SigningProtocol: 'sigv4',
    });
    const origins = at(config, 'Origins');
    expect(origins).toHaveLength(1);
    expect(at(origins, 0, 'OriginAccessControlId')).toEqual({ 'Fn::GetAtt': [oac.name, 'Id'] });
    expect(at(origins, 0, 'DomainName')).toEqual({ 'Fn::GetAtt': [bucket.name, 'RegionalDomainName'] });
    expect(at(origins, 0, 'S3OriginConfig', 'OriginAccessIdentity')).toBe('');
  });

  it('serves only HTTPS, over HTTP/2 and HTTP/3, compressed', () => {
    expect(at(defaultBehavior, 'ViewerProtocolPolicy')).toMatch(/^(redirect-to-https|https-only)$/);
    expect(at(config, 'CacheBehaviors')).toBeUndefined();
    expect(at(config, 'HttpVersion')).toBe('http2and3');
    expect(at(defaultBehavior, 'Compress')).toBe(true);
    expect(at(defaultBehavior, 'AllowedMethods')).toEqual(['GET', 'HEAD']);
  });

  it('caches by the Cache-Control each object carries', () => {
    const policy = onlyResource('AWS::CloudFront::CachePolicy');
    expect(at(defaultBehavior, 'CachePolicyId')).toEqual({ Ref: policy.name });
    const policyConfig = at(policy.properties, 'CachePolicyConfig');
    expect(at(policyConfig, 'MinTTL')).toBe(0);
    expect(at(policyConfig, 'DefaultTTL')).toBe(0);
    expect(at(policyConfig, 'MaxTTL')).toBeGreaterThanOrEqual(31_536_000);
    expect(at(policyConfig, 'ParametersInCacheKeyAndForwardedToOrigin')).toMatchObject({
      EnableAcceptEncodingGzip: true,
      EnableAcceptEncodingBrotli: true,
      QueryStringsConfig: { QueryStringBehavior: 'none' },
    });
  });

  it('runs the URL rewrite function on viewer requests, deploying the exact code of its source file', () => {
    const rewrite = onlyResource('AWS::CloudFront::Function');
    expect(at(rewrite.properties, 'FunctionConfig', 'Runtime')).toBe('cloudfront-js-2.0');
    expect(at(rewrite.properties, 'AutoPublish')).toBe(true);
    expect(at(rewrite.properties, 'FunctionCode'), 'paste infra/cloudfront/url-rewrite.js into FunctionCode').toBe(functionSource);
    expect(at(defaultBehavior, 'FunctionAssociations')).toEqual([
      { EventType: 'viewer-request', FunctionARN: { 'Fn::GetAtt': [rewrite.name, 'FunctionMetadata.FunctionARN'] } },
    ]);
  });

  it("answers missing keys (S3's 403 and 404) with /404.html and status 404", () => {
    const responses = at(config, 'CustomErrorResponses');
    for (const errorCode of [403, 404]) {
      expect(responses).toContainEqual(expect.objectContaining({ ErrorCode: errorCode, ResponseCode: 404, ResponsePagePath: '/404.html' }));
    }
  });

  it('sends HSTS and a same-origin Content-Security-Policy that lets Pagefind run', () => {
    const policy = onlyResource('AWS::CloudFront::ResponseHeadersPolicy');
    expect(at(defaultBehavior, 'ResponseHeadersPolicyId')).toEqual({ Ref: policy.name });
    const security = at(policy.properties, 'ResponseHeadersPolicyConfig', 'SecurityHeadersConfig');
    expect(at(security, 'StrictTransportSecurity')).toMatchObject({ Preload: false, Override: true });
    expect(at(security, 'StrictTransportSecurity', 'AccessControlMaxAgeSec')).toBeGreaterThanOrEqual(31_536_000);
    expect(at(security, 'ContentSecurityPolicy', 'Override')).toBe(true);
    expect(at(security, 'ContentTypeOptions', 'Override')).toBe(true);

    const csp = String(at(security, 'ContentSecurityPolicy', 'ContentSecurityPolicy'));
    const directives = new Map(
      csp
        .split(';')
        .map((directive) => directive.trim().split(/\s+/))
        .filter((words) => words[0])
        .map(([name = '', ...sources]) => [name, sources]),
    );
    expect(directives.get('default-src')).toEqual(["'self'"]);
    // Inline code: only the theme script, by the hash of its exact text.
    const themeInit = `'sha256-${createHash('sha256').update(THEME_INIT_SCRIPT).digest('base64')}'`;
    expect(directives.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'", themeInit]);
    expect(directives.get('worker-src')).toEqual(["'self'"]);
    expect(directives.get('manifest-src')).toEqual(["'self'"]);
    expect(directives.get('connect-src')).toEqual(["'self'"]);
    expect(directives.get('frame-ancestors')).toEqual(["'none'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(csp).not.toContain("'unsafe-eval'");
    // Nothing external: no host, scheme wildcard or URL in any source list.
    for (const [name, sources] of directives) {
      for (const source of sources) expect(source, `${name} ${source}`).toMatch(/^('[a-z-]+'|'sha256-[A-Za-z0-9+/]+={0,2}'|data:)$/);
    }
  });

  it('lets only this distribution read the bucket', () => {
    const policy = onlyResource('AWS::S3::BucketPolicy');
    expect(at(policy.properties, 'Bucket')).toEqual({ Ref: bucket.name });
    const statements = at(policy.properties, 'PolicyDocument', 'Statement');
    expect(Array.isArray(statements)).toBe(true);
    const allows = (statements as unknown[]).filter((statement) => at(statement, 'Effect') === 'Allow');
    expect(allows).toHaveLength(1);
    const [allow] = allows;
    expect(at(allow, 'Principal')).toEqual({ Service: 'cloudfront.amazonaws.com' });
    expect(at(allow, 'Action')).toBe('s3:GetObject');
    expect(at(allow, 'Condition', 'StringEquals', 'AWS:SourceArn')).toEqual({
      'Fn::Sub': `arn:\${AWS::Partition}:cloudfront::\${AWS::AccountId}:distribution/\${${distribution.name}}`,
    });
  });

  it("keeps the deploy's own state files away from readers", () => {
    const statements = at(onlyResource('AWS::S3::BucketPolicy').properties, 'PolicyDocument', 'Statement') as unknown[];
    expect(statements).toContainEqual(
      expect.objectContaining({
        Effect: 'Deny',
        Principal: { Service: 'cloudfront.amazonaws.com' },
        Action: 's3:GetObject',
        Resource: { 'Fn::Sub': `\${${bucket.name}.Arn}/.deploy/*` },
      }),
    );
  });

  it('outputs what `npm run deploy` and the README need', () => {
    const outputs = at(template, 'Outputs');
    expect(at(outputs, 'BucketName', 'Value')).toEqual({ Ref: bucket.name });
    expect(at(outputs, 'DistributionId', 'Value')).toEqual({ Ref: distribution.name });
    expect(JSON.stringify(at(outputs, 'SiteUrl', 'Value'))).toContain(`https://\${${distribution.name}.DomainName}/`);
    expect(at(outputs, 'DeployPolicyArn', 'Value')).toBeDefined();
  });

  it('grants the deploy policy only what the deploy does', () => {
    const policy = onlyResource('AWS::IAM::ManagedPolicy');
    const actions = (at(policy.properties, 'PolicyDocument', 'Statement') as unknown[]).flatMap((statement) => at(statement, 'Action'));
    expect(actions.sort()).toEqual([
      'cloudformation:DescribeStacks',
      'cloudfront:CreateInvalidation',
      'cloudfront:GetInvalidation',
      's3:DeleteObject',
      's3:GetObject',
      's3:ListBucket',
      's3:PutObject',
    ]);
  });

  it('leaves includeSubDomains off unless asked, since on an apex it binds every subdomain for two years', () => {
    const security = at(
      onlyResource('AWS::CloudFront::ResponseHeadersPolicy').properties,
      'ResponseHeadersPolicyConfig',
      'SecurityHeadersConfig',
    );
    expect(at(security, 'StrictTransportSecurity', 'IncludeSubdomains')).toEqual({ 'Fn::If': ['HstsCoversSubdomains', true, false] });
    expect(at(template, 'Parameters', 'HstsIncludeSubdomains', 'Default')).toBe('false');
    expect(String(at(template, 'Parameters', 'HstsIncludeSubdomains', 'Description'))).toMatch(/every subdomain/);
    expect(at(template, 'Conditions', 'HstsCoversSubdomains')).toEqual({ 'Fn::Equals': [{ Ref: 'HstsIncludeSubdomains' }, 'true'] });
  });

  it("removes S3's x-amz-* headers (stored hash, stale mark, version, encryption, request ids) from responses", () => {
    const items = at(
      onlyResource('AWS::CloudFront::ResponseHeadersPolicy').properties,
      'ResponseHeadersPolicyConfig',
      'RemoveHeadersConfig',
      'Items',
    );
    const removed = (items as { Header: string }[]).map((item) => item.Header);
    expect(removed).toEqual(
      expect.arrayContaining(['x-amz-meta-sha256', 'x-amz-meta-stale-since', 'x-amz-version-id', 'x-amz-server-side-encryption']),
    );
    for (const header of removed) expect(header).toMatch(/^x-amz-/);
  });

  it('takes the TLS security policy of a custom domain as a parameter', () => {
    expect(at(config, 'ViewerCertificate', 'Fn::If', 1, 'MinimumProtocolVersion')).toEqual({ Ref: 'MinimumTlsVersion' });
    expect(at(template, 'Parameters', 'MinimumTlsVersion', 'Default')).toBe('TLSv1.2_2021');
    expect(at(template, 'Parameters', 'MinimumTlsVersion', 'AllowedValues')).toEqual(['TLSv1.2_2021', 'TLSv1.2_2025', 'TLSv1.3_2025']);
  });

  it('refuses a certificate, a hosted zone or a www redirect without a domain, and a domain without a certificate', () => {
    const rules = Object.values(at(template, 'Rules') as Record<string, unknown>);
    const requires = (parameter: string, needed: string): boolean =>
      rules.some(
        (rule) =>
          JSON.stringify(at(rule, 'RuleCondition')).includes(`"Ref":"${parameter}"`) &&
          JSON.stringify(at(rule, 'Assertions', 0, 'Assert')) === JSON.stringify({ 'Fn::Not': [{ 'Fn::Equals': [{ Ref: needed }, ''] }] }),
      );
    expect(requires('DomainName', 'CertificateArn')).toBe(true);
    expect(requires('CertificateArn', 'DomainName')).toBe(true);
    expect(requires('HostedZoneId', 'DomainName')).toBe(true);
    expect(requires('RedirectWww', 'DomainName')).toBe(true);
  });

  it('points the domain (and www, when redirected) at the distribution with A and AAAA alias records', () => {
    const groups = resourcesOfType('AWS::Route53::RecordSetGroup');
    expect(groups.map(([name, resource]) => [name, at(resource, 'Condition')])).toEqual([
      ['SiteDnsRecords', 'HasHostedZone'],
      ['WwwDnsRecords', 'HasHostedZoneAndWww'],
    ]);
    for (const [, group] of groups) {
      const records = at(group, 'Properties', 'RecordSets') as unknown[];
      expect(records.map((record) => at(record, 'Type'))).toEqual(['A', 'AAAA']);
      for (const record of records) {
        expect(at(record, 'AliasTarget')).toEqual({
          HostedZoneId: 'Z2FDTNDATAQYW2',
          DNSName: { 'Fn::GetAtt': [distribution.name, 'DomainName'] },
        });
      }
    }
    expect(at(config, 'IPV6Enabled')).toBe(true);
    expect(JSON.stringify(at(config, 'Aliases'))).toContain('www.${DomainName}');
  });

  it('gives GitHub Actions, through OIDC, a role limited to the deploy policy and to one repository', () => {
    const [[roleName, role] = ['', undefined]] = resourcesOfType('AWS::IAM::Role');
    expect(at(role, 'Condition')).toBe('HasGitHubRole');
    expect(at(role, 'Properties', 'ManagedPolicyArns')).toEqual([{ Ref: onlyResource('AWS::IAM::ManagedPolicy').name }]);
    expect(at(role, 'Properties', 'Policies')).toBeUndefined();
    const trust = at(role, 'Properties', 'AssumeRolePolicyDocument', 'Statement') as unknown[];
    expect(trust).toHaveLength(1);
    expect(at(trust, 0, 'Action')).toBe('sts:AssumeRoleWithWebIdentity');
    const conditions = at(trust, 0, 'Condition', 'StringEquals');
    expect(at(conditions, 'token.actions.githubusercontent.com:aud')).toBe('sts.amazonaws.com');
    expect(at(conditions, 'token.actions.githubusercontent.com:sub')).toEqual({
      'Fn::If': [
        'TrustsEnvironment',
        { 'Fn::Sub': 'repo:${GitHubRepository}:environment:${GitHubEnvironment}' },
        { 'Fn::Sub': 'repo:${GitHubRepository}:ref:refs/heads/${GitHubBranch}' },
      ],
    });
    expect(at(template, 'Outputs', 'DeployRoleArn', 'Value')).toEqual({ 'Fn::GetAtt': [roleName, 'Arn'] });
    const provider = onlyResource('AWS::IAM::OIDCProvider');
    expect(at(provider.properties, 'Url')).toBe('https://token.actions.githubusercontent.com');
    expect(at(provider.properties, 'ClientIdList')).toEqual(['sts.amazonaws.com']);
  });
});

describe('the certificate template (us-east-1)', () => {
  const certificate: unknown = parse(readFileSync(new URL('../../infra/certificate.yaml', import.meta.url), 'utf8'));

  it('creates the certificate, and its output, only in us-east-1, where CloudFront takes certificates from', () => {
    expect(at(certificate, 'Conditions', 'InUsEast1')).toEqual({ 'Fn::Equals': [{ Ref: 'AWS::Region' }, 'us-east-1'] });
    expect(at(certificate, 'Resources', 'Certificate', 'Condition')).toBe('InUsEast1');
    expect(at(certificate, 'Outputs', 'CertificateArn', 'Condition')).toBe('InUsEast1');
  });

  it('issues a DNS-validated certificate for the domain, and www when asked, with its ARN as output', () => {
    const properties = at(certificate, 'Resources', 'Certificate', 'Properties');
    expect(at(properties, 'ValidationMethod')).toBe('DNS');
    expect(at(properties, 'DomainName')).toEqual({ Ref: 'DomainName' });
    expect(JSON.stringify(at(properties, 'SubjectAlternativeNames'))).toContain('www.${DomainName}');
    expect(at(certificate, 'Outputs', 'CertificateArn', 'Value')).toEqual({ Ref: 'Certificate' });
  });
});
