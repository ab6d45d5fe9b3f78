import { readFileSync } from 'node:fs';
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { DEFAULT_LANG } from '../../src/lib/i18n';
import { homeUrl } from '../../src/lib/urls';

// The file is loaded as CloudFront loads it: a plain script defining a global `handler`, no modules.
const source = readFileSync(new URL('../../infra/cloudfront/url-rewrite.js', import.meta.url), 'utf8');

interface ViewerRequest {
  method: string;
  uri: string;
  querystring: Record<string, { value: string; multiValue?: { value: string }[] }>;
  headers: Record<string, { value: string }>;
  cookies: Record<string, { value: string }>;
}

/** Runs the function on a CloudFront viewer-request event (the cloudfront-js-2.0 event shape). */
function runHandler(uri: string, querystring: ViewerRequest['querystring'] = {}): unknown {
  const request: ViewerRequest = {
    method: 'GET',
    uri,
    querystring,
    headers: { host: { value: 'd111111abcdef8.cloudfront.net' } },
    cookies: {},
  };
  const context = vm.createContext({
    event: { version: '1.0', context: { eventType: 'viewer-request' }, viewer: { ip: '192.0.2.1' }, request },
  });
  vm.runInContext(source, context);
  return vm.runInContext('handler(event)', context);
}

function rewrittenUri(uri: string): unknown {
  const result = runHandler(uri);
  return typeof result === 'object' && result !== null && 'uri' in result ? result.uri : undefined;
}

describe('the CloudFront URL rewrite function', () => {
  it('is a plain script with a global handler, as the cloudfront-js-2.0 runtime expects', () => {
    expect(source).toMatch(/^function handler\(event\) \{$/m);
    expect(source).not.toMatch(/^\s*(import|export)\b/m);
    expect(source).not.toMatch(/\brequire\(/);
  });

  it.each([
    ['/ko/', '/ko/index.html'],
    ['/en/', '/en/index.html'],
    ['/ko', '/ko/index.html'],
    ['/ko/notes/lambda/', '/ko/notes/lambda/index.html'],
    ['/ko/notes/lambda', '/ko/notes/lambda/index.html'],
    ['/en/notes/lambda', '/en/notes/lambda/index.html'],
  ])('maps the page URL %s to %s', (uri, expected) => {
    expect(rewrittenUri(uri)).toBe(expected);
  });

  it.each([
    ['/_astro/index.C3xYz9Qa.css'],
    ['/_astro/Search.astro_astro_type_script_index_0_lang.Bq2fX1kE.js'],
    ['/pagefind/pagefind.js'],
    ['/pagefind/pagefind-entry.json'],
    ['/pagefind/wasm.unknown.pagefind'],
    ['/pagefind/index/ko_f8dadfc.pf_index'],
    ['/pagefind/fragment/en_5e111d8.pf_fragment'],
    ['/404.html'],
    ['/ko/notes/lambda/index.html'],
    ['/favicon.svg'],
    ['/robots.txt'],
    ['/sitemap-index.xml'],
  ])('passes the file URL %s unchanged', (uri) => {
    expect(rewrittenUri(uri)).toBe(uri);
  });

  it.each([
    // CloudFront hands the function the URI as the browser sent it: percent-encoded UTF-8.
    ['/ko/tags/%EC%84%9C%EB%B2%84%EB%A6%AC%EC%8A%A4', '/ko/tags/%EC%84%9C%EB%B2%84%EB%A6%AC%EC%8A%A4/index.html'],
    ['/ko/tags/%EC%84%9C%EB%B2%84%EB%A6%AC%EC%8A%A4/', '/ko/tags/%EC%84%9C%EB%B2%84%EB%A6%AC%EC%8A%A4/index.html'],
    ['/ko/tags/서버리스', '/ko/tags/서버리스/index.html'],
    ['/ko/tags/서버리스/', '/ko/tags/서버리스/index.html'],
  ])('maps the Korean page URL %s to %s without touching its encoding', (uri, expected) => {
    expect(rewrittenUri(uri)).toBe(expected);
  });

  it('keeps the query string of a page URL', () => {
    const querystring = { ref: { value: 'search' }, lang: { value: 'ko', multiValue: [{ value: 'ko' }, { value: 'en' }] } };
    expect(runHandler('/ko/notes/lambda', querystring)).toMatchObject({ uri: '/ko/notes/lambda/index.html', querystring });
  });

  it("keeps the query string of a file URL, such as Pagefind's cache buster on its entry file", () => {
    const querystring = { ts: { value: '1732262400000' } };
    expect(runHandler('/pagefind/pagefind-entry.json', querystring)).toMatchObject({
      uri: '/pagefind/pagefind-entry.json',
      querystring,
    });
  });

  it('returns the request itself, so headers and method reach the origin unchanged', () => {
    expect(runHandler('/ko/')).toEqual({
      method: 'GET',
      uri: '/ko/index.html',
      querystring: {},
      headers: { host: { value: 'd111111abcdef8.cloudfront.net' } },
      cookies: {},
    });
  });
});

describe('the redirect from the root to the home in the default language', () => {
  it.each(['/', '/index.html'])('answers %s with a temporary redirect to the Korean home', (uri) => {
    expect(runHandler(uri)).toEqual({
      statusCode: 302,
      statusDescription: 'Found',
      headers: { location: { value: homeUrl(DEFAULT_LANG) } },
    });
  });

  it('keeps the query string', () => {
    expect(runHandler('/', { utm_source: { value: 'newsletter' } })).toMatchObject({
      headers: { location: { value: `${homeUrl(DEFAULT_LANG)}?utm_source=newsletter` } },
    });
  });
});

describe('the redirect from www to the apex domain', () => {
  function runOnHost(host: string, uri: string, querystring: ViewerRequest['querystring'] = {}): unknown {
    const request: ViewerRequest = { method: 'GET', uri, querystring, headers: { host: { value: host } }, cookies: {} };
    const context = vm.createContext({ event: { version: '1.0', context: { eventType: 'viewer-request' }, request } });
    vm.runInContext(source, context);
    return vm.runInContext('handler(event)', context);
  }

  it('answers www.<domain> with a permanent redirect to the same path on <domain>', () => {
    expect(runOnHost('www.notes.dev', '/ko/notes/lambda/')).toEqual({
      statusCode: 301,
      statusDescription: 'Moved Permanently',
      headers: { location: { value: 'https://notes.dev/ko/notes/lambda/' } },
    });
  });

  it('keeps the query string, repeated names included', () => {
    const result = runOnHost('www.notes.dev', '/ko/', {
      q: { value: '%EB%9E%8C%EB%8B%A4' },
      tag: { value: 'a', multiValue: [{ value: 'a' }, { value: 'b' }] },
      flag: { value: '' },
    });
    expect(result).toMatchObject({ headers: { location: { value: 'https://notes.dev/ko/?q=%EB%9E%8C%EB%8B%A4&tag=a&tag=b&flag' } } });
  });

  it('leaves the apex and the cloudfront.net name to the rewrite', () => {
    expect(runOnHost('notes.dev', '/ko/')).toMatchObject({ uri: '/ko/index.html' });
    expect(runOnHost('d111111abcdef8.cloudfront.net', '/ko')).toMatchObject({ uri: '/ko/index.html' });
  });
});
