import { createPrivateKey, randomUUID, sign, type KeyObject } from 'node:crypto';
import type { Bundle, OperationOutcome } from '@medplum/fhirtypes';

/**
 * Sending a bundle to the clinic's FHIR server, only ever because the person
 * pressed Send. Authentication is what the clinic set up in clinic.json: a bearer
 * token it issued, or a SMART Backend Services client (a signed JWT exchanged for
 * an access token, RS384 or ES384). Every failure becomes an outcome the screen
 * can explain; nothing here throws for a network or server problem.
 */

export type FhirAuth =
  | { type: 'bearer'; token: string }
  | {
      type: 'smart-backend-services';
      tokenUrl: string;
      clientId: string;
      keyId: string;
      algorithm: 'RS384' | 'ES384';
      /** PEM text of the client's private key. */
      privateKey: string;
      scope: string;
    };

export interface FhirServer {
  /** The server's base URL: https, or http on this computer only (a clinic's test server). */
  baseUrl: string;
  auth: FhirAuth;
}

export type SendOutcome =
  | { status: 'sent'; httpStatus: number; created: { resourceType: string; location: string }[] }
  | { status: 'refused'; httpStatus: number; reasons: string[] }
  | { status: 'unreachable'; reason: string };

export interface SendDeps {
  fetch: typeof fetch;
  /** Milliseconds before giving up on the server. */
  timeoutMs: number;
  now: () => Date;
}

const base64url = (data: Buffer | string): string => Buffer.from(data).toString('base64url');

/** A SMART Backend Services client assertion (RFC 7523), signed with the clinic's key. */
export function clientAssertion(auth: Extract<FhirAuth, { type: 'smart-backend-services' }>, now: Date): string {
  const header = { alg: auth.algorithm, typ: 'JWT', kid: auth.keyId };
  const issued = Math.floor(now.getTime() / 1000);
  const claims = { iss: auth.clientId, sub: auth.clientId, aud: auth.tokenUrl, exp: issued + 300, jti: randomUUID() };
  const input = `${base64url(JSON.stringify(header))}.${base64url(JSON.stringify(claims))}`;
  const key: KeyObject = createPrivateKey(auth.privateKey);
  const signature =
    auth.algorithm === 'ES384'
      ? sign('sha384', Buffer.from(input), { key, dsaEncoding: 'ieee-p1363' })
      : sign('sha384', Buffer.from(input), key);
  return `${input}.${base64url(signature)}`;
}

/** The reasons an OperationOutcome gives, in the server's words. */
function reasonsOf(body: unknown): string[] {
  const outcome = body as Partial<OperationOutcome> | null;
  if (outcome?.resourceType !== 'OperationOutcome') return [];
  return (outcome.issue ?? []).map((i) => i.details?.text ?? i.diagnostics ?? i.code).filter((r) => r !== '');
}

async function readJson(response: Response): Promise<unknown> {
  try {
    return await response.json();
  } catch {
    return null;
  }
}

async function accessToken(auth: FhirAuth, deps: SendDeps, signal: AbortSignal): Promise<string | SendOutcome> {
  if (auth.type === 'bearer') return auth.token;
  const form = new URLSearchParams({
    grant_type: 'client_credentials',
    scope: auth.scope,
    client_assertion_type: 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer',
    client_assertion: clientAssertion(auth, deps.now()),
  });
  const response = await deps.fetch(auth.tokenUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
    body: form,
    signal,
    redirect: 'error',
  });
  const body = (await readJson(response)) as { access_token?: unknown; error?: unknown } | null;
  if (!response.ok || typeof body?.access_token !== 'string')
    return { status: 'refused', httpStatus: response.status, reasons: [String(body?.error ?? response.statusText)] };
  return body.access_token;
}

/** Sends a transaction bundle and reports what the server said. */
export async function sendBundle(transaction: Bundle, server: FhirServer, deps: SendDeps): Promise<SendOutcome> {
  const signal = AbortSignal.timeout(deps.timeoutMs);
  try {
    const token = await accessToken(server.auth, deps, signal);
    if (typeof token !== 'string') return token;
    const response = await deps.fetch(server.baseUrl.replace(/\/+$/, ''), {
      method: 'POST',
      headers: {
        'content-type': 'application/fhir+json',
        accept: 'application/fhir+json',
        authorization: `Bearer ${token}`,
      },
      body: JSON.stringify(transaction),
      signal,
      redirect: 'error',
    });
    const body = await readJson(response);
    if (!response.ok) return { status: 'refused', httpStatus: response.status, reasons: reasonsOf(body) };
    const reply = body as Partial<Bundle> | null;
    const created = (reply?.entry ?? []).map((entry, index) => ({
      resourceType: transaction.entry?.[index]?.resource?.resourceType ?? 'unknown',
      location: entry.response?.location ?? '',
    }));
    return { status: 'sent', httpStatus: response.status, created };
  } catch (error) {
    return { status: 'unreachable', reason: error instanceof Error ? error.message : String(error) };
  }
}

/** Whether a server URL may be used: https anywhere, plain http only on this computer. */
export function isAllowedServerUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.username !== '' || parsed.password !== '') return false;
  if (parsed.protocol === 'https:') return true;
  return parsed.protocol === 'http:' && ['127.0.0.1', 'localhost', '[::1]'].includes(parsed.hostname);
}
