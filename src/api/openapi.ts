/** The API description served at /api/openapi.json; a test checks every route is listed here. */
export const openapi = {
  openapi: '3.1.0',
  info: {
    title: 'zvarot API',
    version: '0.1.0',
    description: 'Search and read the letters of a zvarot archive. Every page of the web app is built on these endpoints.',
  },
  paths: {
    '/api/session': {
      get: { summary: 'Who is logged in: {"user","role","local","csrfToken"} (all null without a session; local is true while the archive has no users)', responses: { '200': { description: 'The session' } } },
    },
    '/api/login': {
      post: {
        summary: 'Log in with {"username","password"} (JSON); sets an HttpOnly, SameSite=Strict session cookie and returns {"user","role","csrfToken"}',
        responses: {
          '200': { description: 'Logged in' },
          '401': { description: 'E_LOGIN_FAILED: wrong username or password' },
          '429': { description: 'E_LOCKED after 5 failures in a row (15 minutes), or E_RATE_LIMIT after 10 attempts a minute from one address' },
        },
      },
    },
    '/api/logout': {
      post: { summary: 'End the session (needs the X-CSRF-Token header)', responses: { '200': { description: '{"ok":true}' }, '403': { description: 'E_CSRF' } } },
    },
    '/api/audit': {
      get: {
        summary: 'The audit log (admins only): entries after a sequence number, and whether the hash chain holds',
        parameters: [
          { name: 'after', in: 'query', required: false, schema: { type: 'integer', minimum: 0, default: 0 }, description: 'Entries with a higher sequence number.' },
          { name: 'limit', in: 'query', required: false, schema: { type: 'integer', minimum: 1, maximum: 1000, default: 100 }, description: 'How many entries.' },
        ],
        responses: { '200': { description: '{"verified":{"ok","entries","head","broken"?},"entries":[{"seq","at","actor","action","detail","prev","hash"}]}' }, '403': { description: 'E_FORBIDDEN for editors and researchers' } },
      },
    },
    '/api/health': {
      get: { summary: 'Liveness and archive size', responses: { '200': { description: '{"ok":true,"letters":N}' } } },
    },
    '/api/search': {
      get: {
        summary: 'Full-text search with facets and snippets',
        parameters: [
          { name: 'q', in: 'query', required: false, schema: { type: 'string' }, description: 'Query in the zvarot query language (README, "Query language"); empty matches everything.' },
          { name: 'limit', in: 'query', required: false, schema: { type: 'integer', minimum: 1, maximum: 200, default: 20 }, description: 'Hits per page.' },
          { name: 'offset', in: 'query', required: false, schema: { type: 'integer', minimum: 0, default: 0 }, description: 'Hits to skip.' },
          { name: 'sort', in: 'query', required: false, schema: { type: 'string', enum: ['relevance', 'date', '-date'], default: 'relevance' }, description: 'Order of hits.' },
          { name: 'cursor', in: 'query', required: false, schema: { type: 'string' }, description: 'The `next` of the previous page: the page after it, stable while letters are added (use instead of offset).' },
          { name: 'translit', in: 'query', required: false, schema: { type: 'string', enum: ['on', 'off'], default: 'on' }, description: 'Cross-script matching of names and places; off matches them only as written (like translit:off in q).' },
        ],
        responses: {
          '200': { description: '{"total":N,"hits":[{"id","received_at","kind","lang","place","subject","snippet","highlights","score"}],"facets":{…},"next":cursor|null}' },
          '400': { description: 'Malformed query or parameter: {"error":{"code","message","hint","column"}}' },
        },
      },
    },
    '/api/letters/{id}': {
      get: {
        summary: 'One letter with its derived fields',
        parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' }, description: 'Letter id, as in search hits.' }],
        responses: { '200': { description: 'The letter' }, '404': { description: 'No such letter' } },
      },
    },
    '/api/export': {
      get: {
        summary: 'The letters a query matches, streamed as CSV, JSON Lines or FollowTheMoney entities (for Aleph), as the viewer may see them',
        parameters: [
          { name: 'format', in: 'query', required: true, schema: { type: 'string', enum: ['csv', 'jsonl', 'ftm'] }, description: 'csv, jsonl (one letter per line, as GET /api/letters/{id}) or ftm (FollowTheMoney Document and Person entities, one per line).' },
          { name: 'q', in: 'query', required: false, schema: { type: 'string' }, description: 'Query; all letters when empty.' },
        ],
        responses: { '200': { description: 'The export, as an attachment' }, '400': { description: 'Unknown format or malformed query' } },
      },
    },
    '/api/letters/{id}/risk': {
      get: {
        summary: 'Publication-risk check: what in a quote from the letter (and the town, month and employer a story would print) could identify its writer, and how many senders in the archive share it (k)',
        parameters: [
          { name: 'id', in: 'path', required: true, schema: { type: 'string' }, description: 'Letter id.' },
          { name: 'quote', in: 'query', required: false, schema: { type: 'string', maxLength: 20000 }, description: 'The passage to publish; the whole letter when absent.' },
        ],
        responses: { '200': { description: '{"id","quote","items":[{"kind","text","why","direct","k"?}],"combination":{"place","month","entities","k"},"threshold","warning"}' }, '404': { description: 'No such letter' } },
      },
    },
    '/api/letters/{id}/similar': {
      get: {
        summary: 'More like this: the letters closest to one letter in wording',
        parameters: [
          { name: 'id', in: 'path', required: true, schema: { type: 'string' }, description: 'Letter id.' },
          { name: 'limit', in: 'query', required: false, schema: { type: 'integer', minimum: 1, maximum: 200, default: 10 }, description: 'How many letters.' },
        ],
        responses: { '200': { description: '{"id","hits":[…as in search]}' }, '404': { description: 'No such letter' } },
      },
    },
    '/api/openapi.json': {
      get: { summary: 'This description', responses: { '200': { description: 'OpenAPI 3.1 document' } } },
    },
  },
} as const;
