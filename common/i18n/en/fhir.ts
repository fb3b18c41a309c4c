/** Words for sharing with the clinic's health record (FHIR): the share screen and the names of check-in measures. */
export const fhirEn = {
  share: {
    invalid:
      'Groundwork made a record that does not follow the health-record standard, so it was not saved or sent. Nothing was lost. Please tell your clinic.',
    saveFailed: 'The file could not be saved to {{path}}: {{reason}}',
    noServer: 'Your clinic has not set up a health-record server. You can save a file instead.',
    secretUnreadable:
      "The clinic's sign-in file for its health-record server could not be read ({{reason}}). Nothing was sent.",
  },
  checkIn: {
    mood: 'Mood today (0 very low – 10 very good)',
    craving: 'Craving today (0 none – 10 strongest)',
    stress: 'Stress today (0 calm – 10 most stressed)',
    sleepHours: 'Hours slept',
    sleepQuality: 'How well I slept (0 very badly – 4 very well)',
    used: 'Drank or used since the last check-in',
    skills: 'Skills used',
    note: 'Note',
  },
};
