/** Which tokens of a letter a query matched: the one definition that every highlighter uses. */
import { queryStems, type AnalyzedToken } from '../language/analyze.js';
import { foldWord } from '../language/normalize.js';
import type { QueryNode } from './ast.js';
import { withinEdits } from './edits.js';

type TokenTest = (t: AnalyzedToken) => boolean;

const form = (w: string) => foldWord(w, /[іў']/i.test(w) ? 'be' : 'ru');

function collect(q: QueryNode, tests: TokenTest[]): void {
  switch (q.type) {
    case 'term': {
      const f = form(q.text);
      if (q.mode === 'exact') tests.push((t) => t.form === f);
      else if (q.mode === 'prefix') tests.push((t) => t.form.startsWith(f));
      else if (q.mode === 'fuzzy') tests.push((t) => withinEdits(f, t.form, q.distance ?? 1));
      else {
        const stems = new Set(queryStems(q.text));
        tests.push((t) => stems.has(t.stem) || t.form === f);
      }
      break;
    }
    case 'phrase': {
      const forms = new Set(q.words.map(form));
      tests.push((t) => forms.has(t.form));
      break;
    }
    case 'near': {
      const stems = new Set(q.words.flatMap((w) => queryStems(w)));
      tests.push((t) => stems.has(t.stem));
      break;
    }
    case 'field':
      if (q.field === 'subject' || q.field === 'org' || q.field === 'person') {
        const stems = new Set(q.value.split(/[^\p{L}\p{N}'-]+/u).filter(Boolean).flatMap((w) => queryStems(w)));
        tests.push((t) => stems.has(t.stem));
      }
      break;
    case 'and':
    case 'or':
      for (const n of q.nodes) collect(n, tests);
      break;
    default:
      break; // excluded words are not highlighted
  }
}

export function tokenMatcher(q: QueryNode | null): TokenTest {
  const tests: TokenTest[] = [];
  if (q) collect(q, tests);
  return (t) => t.kind === 'word' && tests.some((test) => test(t));
}
