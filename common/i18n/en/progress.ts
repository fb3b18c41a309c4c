/**
 * English strings for the progress screen, its trend charts and the care-team
 * summary (issue 13), merged into common/i18n/en.ts under the key "progress".
 * Plain words, no judgement: missed days are never counted or mentioned.
 */
export const progressEn = {
  link: 'My progress',
  heading: 'My progress',
  intro: 'How things have been going, from your check-ins, self-checks and lessons. Only you see this.',
  loading: 'Loading your progress…',
  failed: 'Your progress could not be shown: {{message}}',
  period: {
    between: 'between {{from}} and {{to}}',
    lastDays_one: 'over the last day',
    lastDays_other: 'over the last {{count}} days',
    lastWeeks_one: 'over the last week',
    lastWeeks_other: 'over the last {{count}} weeks',
    lastMonths_one: 'over the last month',
    lastMonths_other: 'over the last {{count}} months',
  },
  ranges: {
    label: 'Show',
    '2w': '2 weeks',
    '3m': '3 months',
    all: 'All',
  },
  metrics: {
    mood: {
      name: 'Mood',
      axis: 'Mood, 0 (very low) to 10 (very good)',
      none: 'No mood ratings in this time yet.',
      one: 'Mood was {{value}} on {{date}}.',
      same: 'Mood was {{value}} at the start and at the end, {{period}}.',
      went: 'Mood went from {{from}} to {{to}} {{period}}.',
    },
    craving: {
      name: 'Craving',
      axis: 'Craving, 0 (none) to 10 (the strongest)',
      none: 'No craving ratings in this time yet.',
      one: 'Craving was {{value}} on {{date}}.',
      same: 'Craving was {{value}} at the start and at the end, {{period}}.',
      went: 'Craving went from {{from}} to {{to}} {{period}}.',
    },
    stress: {
      name: 'Stress',
      axis: 'Stress, 0 (calm) to 10 (the most stressed)',
      none: 'No stress ratings in this time yet.',
      one: 'Stress was {{value}} on {{date}}.',
      same: 'Stress was {{value}} at the start and at the end, {{period}}.',
      went: 'Stress went from {{from}} to {{to}} {{period}}.',
    },
    sleepHours: {
      name: 'Sleep',
      axis: 'Hours of sleep',
      none: 'No hours of sleep noted in this time yet.',
      one: 'Sleep was {{value}} hours on {{date}}.',
      same: 'Sleep was {{value}} hours at the start and at the end, {{period}}.',
      went: 'Sleep went from {{from}} to {{to}} hours a night {{period}}.',
    },
  },
  selfCheck: {
    none: 'No scored {{name}} in this time yet.',
    one: '{{name}} score was {{value}} on {{date}}.',
    same: '{{name}} score was {{value}} at the start and at the end, {{period}}.',
    went: '{{name}} score went from {{from}} to {{to}} {{period}}.',
  },
} as const;
