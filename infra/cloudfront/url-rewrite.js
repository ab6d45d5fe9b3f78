// CloudFront Function (runtime cloudfront-js-2.0), run on every viewer request before the cache lookup.
// The site is built in directory format (dist/ko/notes/lambda/index.html) and S3, reached through
// Origin Access Control, has no index documents, so a page URL must become its object key here:
//   /ko/notes/lambda/ -> /ko/notes/lambda/index.html
//   /ko/notes/lambda  -> /ko/notes/lambda/index.html
// URLs whose last segment has a dot name a file (/_astro/app.css, /pagefind/pagefind.js, /404.html)
// and pass unchanged. The query string is a separate field of the request, so it is kept as is.
// infra/site.yaml deploys this exact text; tests/deploy/template.test.ts fails when they differ.
function handler(event) {
  var request = event.request;
  var uri = request.uri;
  if (uri.endsWith('/')) {
    request.uri = uri + 'index.html';
  } else if (uri.slice(uri.lastIndexOf('/') + 1).indexOf('.') === -1) {
    request.uri = uri + '/index.html';
  }
  return request;
}
