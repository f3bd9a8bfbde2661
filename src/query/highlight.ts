/** Which tokens of a letter a query matched: the one definition that every highlighter uses. */
import { nameLikeKey, queryForm, queryForms, queryStems, type AnalyzedToken } from '../language/analyze.js';
import { nameKey } from '../language/keys.js';
import type { QueryNode } from './ast.js';
import { withinEdits } from './edits.js';
import { crossScript } from './parse.js';

type TokenTest = (t: AnalyzedToken) => boolean;

/** A matcher, and whether it reads the tokens' cross-script keys (analysis can skip them if not). */
export type TokenMatcher = TokenTest & { readonly keys: boolean };

function collect(q: QueryNode, tests: TokenTest[], translit: boolean, uses: { keys: boolean }): void {
  switch (q.type) {
    case 'term': {
      const f = queryForm(q.text);
      if (q.mode === 'exact') tests.push((t) => t.form === f);
      else if (q.mode === 'prefix') tests.push((t) => t.form.startsWith(f));
      else if (q.mode === 'fuzzy') tests.push((t) => withinEdits(f, t.form, q.distance ?? 1));
      else {
        // The same alternatives the index matched: stems, the paradigm's forms, the name key.
        const stems = new Set(queryStems(q.text));
        const forms = new Set([f, ...queryForms(q.text)]);
        const key = translit ? nameLikeKey(q.text) : null;
        if (key !== null) uses.keys = true;
        tests.push((t) => stems.has(t.stem) || forms.has(t.form) || (key !== null && t.key === key));
      }
      break;
    }
    case 'phrase': {
      const forms = new Set(q.words.map(queryForm));
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
        const words = q.value.split(/[^\p{L}\p{N}'-]+/u).filter(Boolean);
        const stems = new Set(words.flatMap((w) => queryStems(w)));
        const keys = new Set(translit && q.field !== 'subject' ? nameKey(q.value).split(' ') : []);
        if (keys.size > 0) uses.keys = true;
        tests.push((t) => stems.has(t.stem) || (t.key !== undefined && keys.has(t.key)));
      }
      break;
    case 'and':
    case 'or':
      for (const n of q.nodes) collect(n, tests, translit, uses);
      break;
    default:
      break; // excluded words are not highlighted
  }
}

/** `translit`: whether cross-script matching was on for the search (translit:off in the query also turns it off). */
export function tokenMatcher(q: QueryNode | null, translit = true): TokenMatcher {
  const tests: TokenTest[] = [];
  const uses = { keys: false };
  if (q) collect(q, tests, crossScript(q, translit), uses);
  return Object.assign((t: AnalyzedToken) => t.kind === 'word' && tests.some((test) => test(t)), { keys: uses.keys });
}
