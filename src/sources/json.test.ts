import { describe, expect, it } from 'vitest';
import { readJson } from './json.js';
import { chunked, collect, flatten } from './testkit.js';

const read = async (text: string, size = 3) => flatten(await collect(readJson(chunked(text, size), 'a.json')));

describe('json', () => {
  it('streams a top-level array with the line of each object', async () => {
    const text = '[\n  {"id": 1, "body": "Прошу [помочь] {срочно}"},\n  {"id": 2,\n   "body": "a \\" b"}\n]\n';
    expect(await read(text)).toEqual([
      { line: 2, record: { id: 1, body: 'Прошу [помочь] {срочно}' } },
      { line: 3, record: { id: 2, body: 'a " b' } },
    ]);
  });

  it('rejects elements that are broken or not objects and reads on', async () => {
    expect(await read('[{"a":1}, 42, {"b": tru}, {"c":3}]')).toEqual([
      { line: 1, record: { a: 1 } },
      { line: 1, code: 'E_RECORD_SHAPE', message: 'the value at line 1 is number, not an object' },
      { line: 1, code: 'E_JSON_SYNTAX', message: expect.stringContaining('the value starting at line 1 is not valid JSON') },
      { line: 1, record: { c: 3 } },
    ]);
  });

  it('reads one object, or objects one after another', async () => {
    expect(await read('{"id": 7, "feed": [{"x": 1}]}')).toEqual([{ line: 1, record: { id: 7, feed: [{ x: 1 }] } }]);
    expect(await read('{"a":1}\n{"a":2}')).toEqual([
      { line: 1, record: { a: 1 } },
      { line: 2, record: { a: 2 } },
    ]);
  });

  it('reports an array cut off by the end of the file, keeping earlier objects', async () => {
    expect(await read('[{"a":1},\n{"a":')).toEqual([
      { line: 1, record: { a: 1 } },
      { line: 2, code: 'E_JSON_SYNTAX', message: 'the value starting at line 2 is cut off by the end of the file' },
    ]);
    expect(await read('[{"a":1}')).toEqual([
      { line: 1, record: { a: 1 } },
      { line: 1, code: 'E_JSON_SYNTAX', message: 'the array is not closed with ] before the end of the file (line 1)' },
    ]);
  });
});
