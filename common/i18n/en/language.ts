/** English strings for the first-run welcome and the language choice, under the key "language". */
export const languageEn = {
  legend: 'Language',
  hint: 'The screens, lessons, worksheets, crisis lines and dates use this language.',
  automatic: 'The clinic’s or this computer’s language (now {{name}})',
  saved: 'The language was saved.',
  welcome: {
    title: 'Welcome to Groundwork',
    what: 'Groundwork is a workbook for your group program. It has short lessons, exercises and worksheets on skills for recovery.',
    private: 'Your answers stay on this computer. They leave it only if you export them or share them.',
    makeProfile: 'Make your profile',
    profileHint:
      'Use your name or a nickname. A passcode is optional: it keeps other people on this computer out of your answers.',
  },
};
