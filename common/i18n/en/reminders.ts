/**
 * English strings for reminders (issue 13, item 6), merged into common/i18n/en.ts
 * under "reminders". What a notification says is neutral on purpose: it can show
 * on a lock screen, so it never mentions health, use or feelings.
 */
export const remindersEn = {
  notification: {
    title: 'Groundwork',
    checkIn: 'A reminder you set for this time.',
    practice: 'A reminder you set to practise.',
  },
  screen: {
    heading: 'Reminders',
    intro:
      'Groundwork can remind you to check in or to practise a skill, on the days and at the time you choose. Reminders are off until you turn them on.',
    neutral: 'A reminder only says “{{text}}” Nobody who sees your screen learns what it is about.',
    browser: 'While Groundwork is open in this window, a reminder shows as a notice at the top of the screen.',
    notAllowed: 'Your program has turned reminders off.',
    checkIn: 'Remind me to check in',
    practice: 'Remind me to practise',
    days: 'On these days',
    time: 'At this time',
    day: { 0: 'Sunday', 1: 'Monday', 2: 'Tuesday', 3: 'Wednesday', 4: 'Thursday', 5: 'Friday', 6: 'Saturday' },
    save: 'Save reminders',
    saved: 'Saved. Your reminders are set.',
    failed: 'Your reminders were not saved: {{message}}',
    link: 'Reminders',
  },
  notice: {
    checkIn: 'It is the time you chose for your check-in.',
    practice: 'It is the time you chose to practise a skill.',
    open: 'Check in now',
    dismiss: 'Dismiss',
  },
  errors: {
    time: 'Give the time as HH:MM, for example 19:30.',
    dayTwice: 'List each day once.',
    off: 'Your program has turned reminders off, so none can be set.',
  },
};
