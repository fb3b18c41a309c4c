/**
 * How long the app waits for slow things outside its control before it says so.
 * The clinic's FHIR server: a transaction of a few hundred resources takes well
 * under a second on a working server; 30 s covers a slow network without leaving
 * a person staring at "Sending…" for minutes.
 */
export const slowLimits = { fhirSendMs: 30_000 } as const;
