/**
 * Jekyll runs Liquid before kramdown, so Liquid is undone on the text before it is parsed as
 * Markdown: `{{ site.baseurl }}` disappears from paths, `{% link x.md %}` becomes the path,
 * `{% highlight lang %}` becomes a code fence, `{% raw %}` markers go, and any other tag is dropped
 * with a warning. Output tags such as `{{ page.title }}` stay as text (MDX escapes them later).
 */

export interface LiquidResult {
  text: string;
  warnings: string[];
}

const SITE_URL = /\{\{-?\s*site\.(?:baseurl|url)\s*-?\}\}/g;
const TAG = /\{%-?\s*(\w+)([^%]*?)-?%\}/g;

export function undoLiquid(source: string): LiquidResult {
  const warnings: string[] = [];
  let inRaw = false;
  const text = source.replace(SITE_URL, '').replace(TAG, (whole, name: string, args: string) => {
    const arg = args.trim();
    if (name === 'raw') {
      inRaw = true;
      return '';
    }
    if (name === 'endraw') {
      inRaw = false;
      return '';
    }
    if (inRaw) return whole;
    switch (name) {
      case 'highlight':
        return '```' + (arg.split(/\s+/)[0] ?? '');
      case 'endhighlight':
        return '```';
      case 'link':
        // paths are relative to the site's root
        return `/${arg.replace(/^\/+/, '')}`;
      case 'post_url':
        return `/_posts/${arg}`;
      case 'comment':
      case 'endcomment':
        return '';
      default:
        warnings.push(`Liquid tag {% ${name}${arg ? ` ${arg}` : ''} %} dropped (it only works in Jekyll)`);
        return '';
    }
  });
  return { text, warnings };
}
