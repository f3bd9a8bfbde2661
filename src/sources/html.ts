/**
 * HTML → plain text that keeps paragraphs: block elements become blank lines, <br> a newline,
 * entities decoded, script and style dropped. A tolerant scanner, not a DOM: letters arrive as
 * fragments and broken markup, and the text is what matters.
 */
const BLOCK = new Set([
  'p', 'div', 'section', 'article', 'header', 'footer', 'main', 'aside', 'nav', 'blockquote', 'pre', 'ul', 'ol', 'li',
  'table', 'tr', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr', 'address', 'dl', 'dt', 'dd', 'figure', 'form', 'fieldset',
  'tbody', 'thead', 'tfoot', 'caption', 'body', 'html', 'title',
]);
const LINE = new Set(['li', 'tr', 'dt', 'dd']);
const DROP = new Set(['script', 'style', 'head', 'noscript', 'template', 'svg', 'iframe', 'object']);

const NAMED: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', ndash: '–', mdash: '—', laquo: '«', raquo: '»',
  hellip: '…', copy: '©', reg: '®', shy: '\u00ad', bull: '•', lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', bdquo: '„',
  sbquo: '‚', times: '×', euro: '€', deg: '°', plusmn: '±', sect: '§', para: '¶', middot: '·', numero: '№', trade: '™',
  thinsp: '\u2009', ensp: '\u2002', emsp: '\u2003', zwnj: '\u200c', zwj: '\u200d', lrm: '\u200e', rlm: '\u200f', minus: '−',
  frac12: '½', frac14: '¼', frac34: '¾', larr: '←', rarr: '→', uarr: '↑', darr: '↓', prime: '′', Prime: '″', iexcl: '¡', cent: '¢', pound: '£', yen: '¥',
};

export function decodeEntities(s: string): string {
  return s.replace(/&(#[xX][0-9a-fA-F]{1,6}|#\d{1,7}|[A-Za-z][A-Za-z0-9]{1,31});?/g, (whole, body: string) => {
    if (body[0] === '#') {
      const cp = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      if (!Number.isFinite(cp) || cp <= 0 || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return '\ufffd';
      return String.fromCodePoint(cp);
    }
    return NAMED[body] ?? NAMED[body.toLowerCase()] ?? whole;
  });
}

/** True when a value is markup rather than text that happens to hold a "<". */
export function looksLikeHtml(s: string): boolean {
  return /<\/?(?:p|br|div|span|b|i|u|strong|em|a|ul|ol|li|table|tr|td|h[1-6]|html|body|font|img)\b[^>]*>/i.test(s) || /&(?:nbsp|laquo|raquo|quot|amp|#\d+);/.test(s);
}

export function htmlToText(html: string): string {
  const out: string[] = [];
  let i = 0;
  let pre = 0;
  const n = html.length;
  const text = (t: string) => {
    const d = decodeEntities(t);
    out.push(pre > 0 ? d : d.replace(/[ \t\r\n\f]+/g, ' '));
  };
  while (i < n) {
    const lt = html.indexOf('<', i);
    if (lt < 0) {
      text(html.slice(i));
      break;
    }
    if (lt > i) text(html.slice(i, lt));
    if (html.startsWith('<!--', lt)) {
      const end = html.indexOf('-->', lt + 4);
      i = end < 0 ? n : end + 3;
      continue;
    }
    const m = /^<(\/?)([A-Za-z][A-Za-z0-9:-]*)((?:[^>"']|"[^"]*"|'[^']*')*)(>|$)/.exec(html.slice(lt, lt + 4096));
    if (!m) {
      if (html[lt + 1] === '!' || html[lt + 1] === '?') {
        const end = html.indexOf('>', lt);
        i = end < 0 ? n : end + 1;
        continue;
      }
      text('<');
      i = lt + 1;
      continue;
    }
    const closing = m[1] === '/';
    const name = m[2]!.toLowerCase();
    i = lt + m[0].length;
    if (!closing && DROP.has(name) && !m[3]!.endsWith('/')) {
      const re = new RegExp(`</${name}\\s*>`, 'i');
      const rest = re.exec(html.slice(i));
      i = rest ? i + rest.index + rest[0].length : n;
      continue;
    }
    if (name === 'br') out.push('\n');
    else if (name === 'pre') {
      pre = Math.max(0, pre + (closing ? -1 : 1));
      out.push('\n\n');
    } else if (name === 'td' || name === 'th') {
      if (closing) out.push('\t');
    } else if (LINE.has(name)) {
      if (!closing) out.push('\n');
    }
    else if (BLOCK.has(name)) out.push('\n\n');
  }
  return out
    .join('')
    .replace(/\u00a0/g, ' ')
    .split('\n')
    .map((l) => l.replace(/[ \t]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
