import { join } from 'node:path';
import { indexStructureDefinitionBundle, OperationOutcomeError, validateResource } from '@medplum/core';
import type { Bundle, OperationOutcomeIssue, Resource } from '@medplum/fhirtypes';
import { readRegularFile } from '../security/readRegularFile';

/**
 * Validation of every resource Groundwork makes against the FHIR R4 specification,
 * with Medplum's validator (cardinality, types, value sets bound as required,
 * invariants written in FHIRPath, unknown properties). It needs the R4
 * StructureDefinitions; the app ships the subset it uses
 * (resources/fhir/r4-definitions.json, made by `npm run fhir:definitions`), indexed
 * once, the first time something is validated.
 */

/** The definitions file is Groundwork's own, but still read as any file: regular, bounded. */
const MAX_DEFINITIONS_BYTES = 4 * 1024 * 1024;

let indexed: Promise<void> | null = null;
/** Element path → the codes its required binding allows (terminology Medplum's validator leaves to a server). */
let requiredCodes = new Map<string, ReadonlySet<string>>();

/** Indexes the R4 definitions once per process. */
export function loadFhirDefinitions(resourcesDir: string): Promise<void> {
  indexed ??= readRegularFile(join(resourcesDir, 'fhir', 'r4-definitions.json'), {
    maxBytes: MAX_DEFINITIONS_BYTES,
  }).then((bytes) => {
    const definitions = JSON.parse(bytes.toString('utf8')) as Bundle & { requiredCodes?: Record<string, string[]> };
    indexStructureDefinitionBundle(definitions);
    requiredCodes = new Map(
      Object.entries(definitions.requiredCodes ?? {}).map(([path, codes]) => [path, new Set(codes)]),
    );
  });
  indexed.catch(() => {
    indexed = null;
  });
  return indexed;
}

/** One problem, where it is and what it is. */
export interface FhirProblem {
  severity: string;
  where: string;
  message: string;
}

function problemsOf(issues: readonly OperationOutcomeIssue[]): FhirProblem[] {
  return issues.map((issue) => ({
    severity: issue.severity,
    where: issue.expression?.join(', ') ?? '',
    message: issue.details?.text ?? issue.diagnostics ?? issue.code,
  }));
}

/** Codes outside a required binding, found by walking the resource (and every resource in a Bundle). */
function codeProblems(resource: Resource): FhirProblem[] {
  const problems: FhirProblem[] = [];
  const walk = (value: unknown, path: string, where: string): void => {
    if (Array.isArray(value)) {
      value.forEach((v, i) => walk(v, path, `${where}[${i}]`));
      return;
    }
    if (typeof value === 'string') {
      const allowed = requiredCodes.get(path);
      if (allowed !== undefined && !allowed.has(value))
        problems.push({ severity: 'error', where, message: `"${value}" is not a code ${path} allows` });
      return;
    }
    if (typeof value !== 'object' || value === null) return;
    const record = value as Record<string, unknown>;
    for (const [key, child] of Object.entries(record)) {
      if (key === 'resource' && typeof child === 'object' && child !== null && 'resourceType' in child) {
        problems.push(
          ...codeProblems(child as Resource).map((p) => ({
            ...p,
            where: `${where}.resource${p.where.slice(p.where.indexOf('.'))}`,
          })),
        );
        continue;
      }
      // Questionnaire items nest items of the same shape: Questionnaire.item.item is Questionnaire.item again.
      const next = path.endsWith('.item') && key === 'item' ? path : `${path}.${key}`;
      walk(child, next, `${where}.${key}`);
    }
  };
  walk(resource, resource.resourceType, resource.resourceType);
  return problems;
}

const urnReference = /^Invalid reference: got "(urn:uuid:[0-9a-f-]+)", expected (.*)$/;

/**
 * Inside a Bundle, a reference to another entry's `urn:uuid:` fullUrl is how FHIR
 * links resources not yet on a server. Medplum's validator cannot look inside the
 * Bundle, so it warns on each; here each one is resolved instead: a warning that
 * resolves to an entry of an allowed type is dropped, one that resolves to no
 * entry, or to the wrong type, becomes an error.
 */
function resolveBundleReferences(bundle: Bundle, problems: FhirProblem[]): FhirProblem[] {
  const types = new Map((bundle.entry ?? []).map((e) => [e.fullUrl ?? '', e.resource?.resourceType ?? '']));
  return problems.flatMap((problem) => {
    const match = urnReference.exec(problem.message);
    if (match === null) return [problem];
    const type = types.get(match[1] ?? '');
    const allowed = (match[2] ?? '').includes(`/StructureDefinition/${type ?? '?'}"`);
    if (type !== undefined && allowed) return [];
    return [
      { ...problem, severity: 'error', message: `${match[1]} is not an entry of this bundle of an allowed type` },
    ];
  });
}

/**
 * Every problem the R4 specification finds in a resource (a Bundle is checked with
 * every resource inside it). Errors and warnings both; `isValid` says whether
 * there is an error. Call `loadFhirDefinitions` first.
 */
export function checkResource(resource: Resource): { isValid: boolean; problems: FhirProblem[] } {
  let problems: FhirProblem[];
  try {
    problems = problemsOf(validateResource(resource));
  } catch (error) {
    if (!(error instanceof OperationOutcomeError)) throw error;
    problems = problemsOf(error.outcome.issue ?? []);
  }
  problems.push(...codeProblems(resource));
  if (resource.resourceType === 'Bundle') problems = resolveBundleReferences(resource, problems);
  return { isValid: !problems.some((p) => p.severity === 'error' || p.severity === 'fatal'), problems };
}
