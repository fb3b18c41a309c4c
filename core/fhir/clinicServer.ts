import { dirname, isAbsolute, resolve } from 'node:path';
import type { ClinicFhirServer } from '../clinic/clinicSchema';
import { readRegularFile } from '../security/readRegularFile';
import type { FhirServer } from './send';

/** A token or a PEM key is small; anything bigger is not one. */
const MAX_SECRET_BYTES = 16 * 1024;

/**
 * The clinic's FHIR server with its secret read from beside the clinic.json that
 * named it (a regular file, inside that folder once links are followed, bounded).
 * Read at the moment the person sends, so a secret is never kept in memory longer
 * than one send and never reaches the renderer.
 */
export async function clinicFhirServer(setting: ClinicFhirServer, clinicFile: string): Promise<FhirServer> {
  const folder = dirname(clinicFile);
  const secret = async (file: string): Promise<string> => {
    const path = isAbsolute(file) ? file : resolve(folder, file);
    return (await readRegularFile(path, { maxBytes: MAX_SECRET_BYTES, within: folder })).toString('utf8').trim();
  };
  const { auth } = setting;
  return auth.type === 'bearer'
    ? { baseUrl: setting.baseUrl, auth: { type: 'bearer', token: await secret(auth.tokenFile) } }
    : {
        baseUrl: setting.baseUrl,
        auth: {
          type: 'smart-backend-services',
          tokenUrl: auth.tokenUrl,
          clientId: auth.clientId,
          keyId: auth.keyId,
          algorithm: auth.algorithm,
          privateKey: await secret(auth.keyFile),
          scope: auth.scope,
        },
      };
}
