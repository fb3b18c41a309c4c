import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { definitionSubset } from './fhir/definitionSubset';

/** Writes resources/fhir/r4-definitions.json; tests/core/fhir/definitions.test.ts checks it is current. */
const target = join(import.meta.dirname, '../resources/fhir/r4-definitions.json');
await writeFile(target, `${JSON.stringify(definitionSubset())}\n`);
console.log(`wrote ${target}`);
