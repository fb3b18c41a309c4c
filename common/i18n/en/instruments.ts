/**
 * English strings for the self-checks (common/instruments), merged into
 * common/i18n/en.ts under the key "instruments". Only what the app itself says:
 * the published questions, answers and notices are data in each instrument's file.
 * Band words describe answers in plain language and never name a diagnosis.
 */
export const instrumentsEn = {
  common: {
    heading: 'Self-checks',
    notADiagnosis: 'This is a check-in on how you have been. It is not a diagnosis.',
    talkWithCareTeam: 'Talk with your care team about this.',
    scoreOutOf: 'Score: {{total}} out of {{max}}',
    incomplete: 'Some questions are not answered yet, so there is no score. Your answers are kept.',
    ownCheck: 'Groundwork’s own check, for seeing how things change over time. It is not a validated clinical scale.',
    published: 'A widely used questionnaire, shown exactly as it was published.',
    source: 'Source',
    notice: 'Permission to use',
    shownInEnglish: 'This questionnaire is shown in English: its official translation is not in Groundwork yet.',
    neverDone: 'Not done yet',
    dueNow: 'Ready to do now',
    dueOn: 'Next one on {{date}}',
  },
  safety: {
    title: 'Thank you for telling us',
    message:
      'You said you have had thoughts that you would be better off dead, or of hurting yourself. Thank you for being honest. You do not have to carry these thoughts alone.',
    reachOut: 'If you might act on these thoughts, or you are in danger right now, reach out now:',
    planTitle: 'Your safety plan',
    planIntro: 'You made this plan in the safety plan lesson. Start with the first step that feels doable.',
    noPlan: 'You have not made a safety plan yet. The safety plan lesson can help you make one with your care team.',
    careTeam: 'Please tell your care team about this answer today.',
    backToQuestions: 'Go back to the questions',
    summaryMark: 'Thoughts of being better off dead or of self-harm were reported. Follow up with the care team.',
  },
  'phq-9': {
    title: 'Mood check (PHQ-9)',
    bands: {
      minimal: {
        label: 'Few or no signs of low mood',
        meaning: 'Your answers show few or no signs of low mood over the last 2 weeks.',
      },
      mild: {
        label: 'Some signs of low mood',
        meaning: 'Your answers show some signs of low mood over the last 2 weeks. Keep an eye on how you feel.',
      },
      moderate: {
        label: 'A fair number of signs of low mood',
        meaning: 'Your answers show a fair number of signs of low mood over the last 2 weeks.',
      },
      'moderately-severe': {
        label: 'Many signs of low mood',
        meaning: 'Your answers show many signs of low mood over the last 2 weeks. Talk with your care team soon.',
      },
      severe: {
        label: 'A great many signs of low mood',
        meaning:
          'Your answers show a great many signs of low mood over the last 2 weeks. Talk with your care team as soon as you can.',
      },
    },
  },
  'gad-7': {
    title: 'Worry and anxiety check (GAD-7)',
    bands: {
      minimal: {
        label: 'Few or no signs of worry and anxiety',
        meaning: 'Your answers show few or no signs of worry and anxiety over the last 2 weeks.',
      },
      mild: {
        label: 'Some signs of worry and anxiety',
        meaning:
          'Your answers show some signs of worry and anxiety over the last 2 weeks. Keep an eye on how you feel.',
      },
      moderate: {
        label: 'A fair number of signs of worry and anxiety',
        meaning: 'Your answers show a fair number of signs of worry and anxiety over the last 2 weeks.',
      },
      severe: {
        label: 'Many signs of worry and anxiety',
        meaning:
          'Your answers show many signs of worry and anxiety over the last 2 weeks. Talk with your care team as soon as you can.',
      },
    },
  },
  'craving-check': {
    title: 'Craving check',
    bands: {
      low: {
        label: 'Cravings have been low',
        meaning: 'Cravings have not been much of a problem over the last 2 weeks. Keep doing what works for you.',
      },
      some: {
        label: 'Some cravings',
        meaning: 'Cravings have been showing up. That is common in recovery. Your coping plan can help.',
      },
      strong: {
        label: 'Strong cravings',
        meaning: 'Cravings have been strong or frequent. Lean on your relapse prevention plan and the people on it.',
      },
      'very-strong': {
        label: 'Very strong cravings',
        meaning:
          'Cravings have been very strong and getting in the way. Talk with your care team today, and use your plan.',
      },
    },
  },
};
