// Calls the REST layer in-process like a Bifrost client: JSON in, status and parsed JSON out.
import { ADMIN_TOKEN, type TestApp } from './app.js';

export interface RestResponse {
  status: number;
  // any: REST bodies are asserted against literal expectations; typing each shape adds nothing here.
  body: any;
}

export async function rest(
  t: TestApp,
  method: string,
  path: string,
  body?: unknown,
  token: string | null = ADMIN_TOKEN,
): Promise<RestResponse> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (token !== null) headers.authorization = `Bearer ${token}`;
  const response = await t.app.fetch(`http://test/api/governance${path}`, {
    method,
    headers,
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : undefined };
}
