/** The API's documentation page, made from /api/openapi.json: every page's data comes from these routes. */
import { useApi, ErrorBox } from '../ui';

interface Operation {
  summary: string;
  parameters?: { name: string; in: string; required: boolean; description?: string; schema?: { type?: string; enum?: string[]; default?: unknown } }[];
  responses: Record<string, { description: string }>;
}

async function loadSpec(signal: AbortSignal): Promise<{ info: { title: string; description: string }; paths: Record<string, Record<string, Operation>> }> {
  const res = await fetch('/api/openapi.json', { signal });
  return res.json();
}

export function ApiDocsPage() {
  const { data, error } = useApi(loadSpec, []);
  return (
    <main className="page api-docs">
      <h2>JSON API</h2>
      {error && <ErrorBox error={error} />}
      {data && (
        <>
          <p>
            {data.info.description} The machine-readable description is <a href="/api/openapi.json">/api/openapi.json</a> (OpenAPI 3.1).
          </p>
          {Object.entries(data.paths).map(([path, ops]) =>
            Object.entries(ops).map(([method, op]) => (
              <section key={`${method} ${path}`} className="endpoint" aria-label={`${method.toUpperCase()} ${path}`}>
                <h3>
                  <span className="chip">{method.toUpperCase()}</span> <code>{path}</code>
                </h3>
                <p>{op.summary}</p>
                {op.parameters && op.parameters.length > 0 && (
                  <table>
                    <tbody>
                      {op.parameters.map((p) => (
                        <tr key={p.name}>
                          <td>
                            <code>{p.name}</code>
                          </td>
                          <td>{p.in}{p.required ? ', required' : ''}</td>
                          <td>{p.schema?.enum ? p.schema.enum.join(' | ') : p.schema?.type}</td>
                          <td>{p.description}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                )}
                <ul className="responses">
                  {Object.entries(op.responses).map(([code, r]) => (
                    <li key={code}>
                      <code>{code}</code> {r.description}
                    </li>
                  ))}
                </ul>
              </section>
            )),
          )}
        </>
      )}
    </main>
  );
}
