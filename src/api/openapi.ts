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
        summary: 'One letter with its derived fields (with q: also "highlights", the [start, end) offsets of the words the query matches in the body)',
        parameters: [
          { name: 'id', in: 'path', required: true, schema: { type: 'string' }, description: 'Letter id, as in search hits.' },
          { name: 'q', in: 'query', required: false, schema: { type: 'string' }, description: 'The search that led here: its matched words are returned as highlights.' },
        ],
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
    '/api/timeline': {
      get: {
        summary: 'Letters per month of the letters a query matches, split by kind (or language, oblast), with the events that explain the curve',
        parameters: [
          { name: 'q', in: 'query', required: false, schema: { type: 'string' }, description: 'Query; all letters when empty.' },
          { name: 'by', in: 'query', required: false, schema: { type: 'string', enum: ['kind', 'lang', 'oblast'], default: 'kind' }, description: 'What splits each month.' },
          { name: 'translit', in: 'query', required: false, schema: { type: 'string', enum: ['on', 'off'], default: 'on' }, description: 'As in /api/search.' },
        ],
        responses: { '200': { description: '{"query","by","rows":["2014-09",…],"columns":["complaint",…],"counts":[[…per column]…per month],"events":[{"date","label"}]}' }, '400': { description: 'Malformed query or parameter' } },
      },
    },
    '/api/entities': {
      get: {
        summary: 'The persons, organisations, places or oblasts the letters a query matches mention, with counts (private persons as pseudonyms for researchers)',
        parameters: [
          { name: 'type', in: 'query', required: false, schema: { type: 'string', enum: ['person', 'org', 'location', 'oblast', 'place'], default: 'person' }, description: 'Which facet.' },
          { name: 'q', in: 'query', required: false, schema: { type: 'string' }, description: 'Query; all letters when empty.' },
          { name: 'limit', in: 'query', required: false, schema: { type: 'integer', minimum: 1, maximum: 1000, default: 100 }, description: 'How many values, most letters first.' },
          { name: 'translit', in: 'query', required: false, schema: { type: 'string', enum: ['on', 'off'], default: 'on' }, description: 'As in /api/search.' },
        ],
        responses: { '200': { description: '{"query","type","values":[{"value","count","label"?,"private"?}]} — a value is also the filter (type:value) that lists its letters' }, '400': { description: 'Malformed query or parameter' } },
      },
    },
    '/api/network': {
      get: {
        summary: 'Who reports whom: the senders of the letters a query matches and the persons and organisations their letters name (the writer\'s own name left out)',
        parameters: [
          { name: 'q', in: 'query', required: false, schema: { type: 'string', default: 'kind:denunciation' }, description: 'Query; denunciations by default.' },
          { name: 'letters', in: 'query', required: false, schema: { type: 'integer', minimum: 1, maximum: 10000, default: 2000 }, description: 'At most this many letters, the newest first.' },
          { name: 'translit', in: 'query', required: false, schema: { type: 'string', enum: ['on', 'off'], default: 'on' }, description: 'As in /api/search.' },
        ],
        responses: { '200': { description: '{"query","letters":N,"nodes":[{"id","type":"sender"|"PER"|"ORG","label","letters","public"?}],"edges":[{"source","target","letters"}]}' }, '400': { description: 'Malformed query or parameter' } },
      },
    },
    // The reporter's notebook (src/api/notebook.ts). Bodies are JSON; a bad one is 400 E_BODY.
    '/api/tags': {
      get: { summary: 'Every tag in the archive and how many letters carry it, commonest first (a tag is also the facet `tag` and the filter tag:NAME)', responses: { '200': { description: '{"tags":[{"tag","count"}]}' } } },
    },
    '/api/letters/{id}/tags': {
      get: {
        summary: "A letter's tags",
        parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' }, description: 'Letter id.' }],
        responses: { '200': { description: '{"tags":[{"tag","user","at"}]}' }, '404': { description: 'No such letter' } },
      },
      post: {
        summary: 'Tag a letter with {"tag"} (1–64 characters, trimmed, no control or invisible characters); tagging twice changes nothing',
        parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' }, description: 'Letter id.' }],
        responses: { '201': { description: 'The letter\'s tags: {"tags":[{"tag","user","at"}]}' }, '400': { description: 'E_BODY' }, '404': { description: 'No such letter' } },
      },
    },
    '/api/letters/{id}/tags/{tag}': {
      delete: {
        summary: 'Take a tag off a letter (the user who gave it, or an admin)',
        parameters: [
          { name: 'id', in: 'path', required: true, schema: { type: 'string' }, description: 'Letter id.' },
          { name: 'tag', in: 'path', required: true, schema: { type: 'string' }, description: 'The tag, URL-encoded.' },
        ],
        responses: { '200': { description: 'The letter\'s tags left: {"tags":[…]}' }, '403': { description: 'E_FORBIDDEN: another user\'s tag' }, '404': { description: 'No such letter or tag' } },
      },
    },
    '/api/letters/{id}/notes': {
      get: {
        summary: "A letter's notes, oldest first (a researcher reads them with personal data pseudonymised)",
        parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' }, description: 'Letter id.' }],
        responses: { '200': { description: '{"notes":[{"id","user","text","at"}]}' }, '404': { description: 'No such letter' } },
      },
      post: {
        summary: 'Add a note {"text"} (up to 20,000 characters) to a letter',
        parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' }, description: 'Letter id.' }],
        responses: { '201': { description: 'The note: {"id","user","text","at"}' }, '400': { description: 'E_BODY' }, '404': { description: 'No such letter' } },
      },
    },
    '/api/notes/{id}': {
      delete: {
        summary: 'Remove a note (its writer, or an admin)',
        parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'integer' }, description: 'Note id.' }],
        responses: { '200': { description: '{"ok":true}' }, '403': { description: 'E_FORBIDDEN: another user\'s note' }, '404': { description: 'No such note' } },
      },
    },
    '/api/collections': {
      get: { summary: "The viewer's collections (all of them for editors and admins), newest first", responses: { '200': { description: '{"collections":[{"id","name","owner","created_at","items":N}]}' } } },
      post: {
        summary: 'Create a collection {"name"} (1–200 characters) owned by the viewer',
        responses: { '201': { description: '{"id","name","owner","created_at","items":0}' }, '400': { description: 'E_BODY' } },
      },
    },
    '/api/collections/{id}': {
      get: {
        summary: 'A collection with its items in order, each with its letter (quotes and notes pseudonymised for researchers)',
        parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'integer' }, description: 'Collection id.' }],
        responses: {
          '200': { description: '{"id","name","owner","created_at","items":[{"id","letter_id","quote","note","added_at","letter":{"id","received_at","kind","place","subject"}}]}' },
          '404': { description: 'No such collection, or another researcher\'s' },
        },
      },
      delete: {
        summary: 'Remove a collection with its items (its owner, or an admin)',
        parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'integer' }, description: 'Collection id.' }],
        responses: { '200': { description: '{"ok":true}' }, '403': { description: 'E_FORBIDDEN' }, '404': { description: 'No such collection' } },
      },
    },
    '/api/collections/{id}/items': {
      post: {
        summary: 'Add a letter to a collection: {"letter_id","quote"?,"note"?} (quote and note up to 20,000 characters each)',
        parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'integer' }, description: 'Collection id.' }],
        responses: { '201': { description: 'The item: {"id","letter_id","quote","note","added_at","letter":{…}}' }, '400': { description: 'E_BODY' }, '403': { description: 'E_FORBIDDEN' }, '404': { description: 'No such collection or letter' } },
      },
    },
    '/api/collections/{id}/items/{item}': {
      patch: {
        summary: 'Set an item\'s note: {"note"} (null or "" clears it)',
        parameters: [
          { name: 'id', in: 'path', required: true, schema: { type: 'integer' }, description: 'Collection id.' },
          { name: 'item', in: 'path', required: true, schema: { type: 'integer' }, description: 'Item id.' },
        ],
        responses: { '200': { description: 'The item' }, '400': { description: 'E_BODY' }, '403': { description: 'E_FORBIDDEN' }, '404': { description: 'No such collection or item' } },
      },
      delete: {
        summary: 'Take an item out of a collection',
        parameters: [
          { name: 'id', in: 'path', required: true, schema: { type: 'integer' }, description: 'Collection id.' },
          { name: 'item', in: 'path', required: true, schema: { type: 'integer' }, description: 'Item id.' },
        ],
        responses: { '200': { description: '{"ok":true}' }, '403': { description: 'E_FORBIDDEN' }, '404': { description: 'No such collection or item' } },
      },
    },
    '/api/collections/{id}/export': {
      get: {
        summary: 'A collection as a download: Markdown (a block quote per item with the letter id, date, place and note), CSV (one row per item) or JSON (as GET /api/collections/{id}), as the viewer may see it',
        parameters: [
          { name: 'id', in: 'path', required: true, schema: { type: 'integer' }, description: 'Collection id.' },
          { name: 'format', in: 'query', required: true, schema: { type: 'string', enum: ['md', 'csv', 'json'] }, description: 'md, csv or json.' },
        ],
        responses: { '200': { description: 'The export, as an attachment' }, '400': { description: 'Unknown format' }, '404': { description: 'No such collection' } },
      },
    },
    '/api/openapi.json': {
      get: { summary: 'This description', responses: { '200': { description: 'OpenAPI 3.1 document' } } },
    },
  },
} as const;
