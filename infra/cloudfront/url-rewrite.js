// CloudFront Function (runtime cloudfront-js-2.0), run on every viewer request before the cache lookup.
// 1. A request to www.<domain> (when the stack serves that alias) is answered with a permanent redirect
//    to the same path and query on <domain>, so the site has one address.
// 2. The root, which holds no content of its own, is answered with a redirect to the Korean home, so a
//    visitor does not wait for the fallback page (dist/index.html, a meta refresh) to send them on.
// 3. The site is built in directory format (dist/ko/notes/lambda/index.html) and S3, reached through
//    Origin Access Control, has no index documents, so a page URL must become its object key here:
//      /ko/notes/lambda/ -> /ko/notes/lambda/index.html
//      /ko/notes/lambda  -> /ko/notes/lambda/index.html
//    URLs whose last segment has a dot name a file (/_astro/app.css, /pagefind/pagefind.js, /404.html)
//    and pass unchanged. The query string is a separate field of the request, so it is kept as is.
// infra/site.yaml deploys this exact text; tests/deploy/template.test.ts fails when they differ.
function handler(event) {
  var request = event.request;
  var host = request.headers.host ? request.headers.host.value : '';
  if (host.indexOf('www.') === 0) {
    return {
      statusCode: 301,
      statusDescription: 'Moved Permanently',
      headers: { location: { value: 'https://' + host.slice(4) + request.uri + queryString(request.querystring) } },
    };
  }
  var uri = request.uri;
  if (uri === '/' || uri === '/index.html') {
    return {
      statusCode: 302,
      statusDescription: 'Found',
      headers: { location: { value: '/ko/' + queryString(request.querystring) } },
    };
  }
  if (uri.endsWith('/')) {
    request.uri = uri + 'index.html';
  } else if (uri.slice(uri.lastIndexOf('/') + 1).indexOf('.') === -1) {
    request.uri = uri + '/index.html';
  }
  return request;
}

// The event's query string is an object of already-encoded names and values; repeated names carry
// every value in multiValue.
function queryString(querystring) {
  var parts = [];
  for (var name in querystring) {
    var entry = querystring[name];
    var values = entry.multiValue ? entry.multiValue : [entry];
    for (var i = 0; i < values.length; i++) {
      parts.push(values[i].value === '' ? name : name + '=' + values[i].value);
    }
  }
  return parts.length > 0 ? '?' + parts.join('&') : '';
}
