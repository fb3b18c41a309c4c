/**
 * English strings for everything the app shows. Other languages add a file of the
 * same shape; `satisfies` in their file keeps keys in step with this one.
 */
import { checkinsEn } from './en/checkins';
import { clinicEn } from './en/clinic';
import { dataEn } from './en/data';
import { diagramsEn } from './en/diagrams';
import { exercisesEn } from './en/exercises';
import { fhirEn } from './en/fhir';
import { languageEn } from './en/language';
import { instrumentsEn } from './en/instruments';
import { presenterEn } from './en/presenter';
import { printEn } from './en/print';
import { remindersEn } from './en/reminders';
import { progressEn } from './en/progress';

export const en = {
  // Each feature keeps its strings in its own file under ./en/.
  exercises: exercisesEn,
  presenter: presenterEn,
  diagrams: diagramsEn,
  data: dataEn,
  clinic: clinicEn,
  print: printEn,
  instruments: instrumentsEn,
  checkins: checkinsEn,
  reminders: remindersEn,
  progress: progressEn,
  fhir: fhirEn,
  language: languageEn,
  app: {
    name: 'Groundwork',
    tagline: 'Life skills for recovery',
    loading: 'Loading…',
    skipToContent: 'Skip to main content',
    startupFailed: 'Groundwork could not start',
    startupFailedHelp:
      'Something went wrong while starting. Your saved answers are not affected. Try again, and if it keeps happening, tell your facilitator.',
    tryAgain: 'Try again',
    dataKeptIn: 'Your answers are kept on this computer in {{dir}}.',
    noticesTitle: 'About your saved answers',
    dismiss: 'Dismiss',
  },
  crisis: {
    button: 'Crisis help',
    title: 'Help right now',
    intro:
      'If you are thinking about hurting yourself, or you are in danger, reach out now. You do not have to go through this alone.',
    close: 'Close',
  },
  schedule: {
    link: 'Suggested schedules',
    heading: 'Suggested schedules',
    intro: 'Ways a program can order the lessons. People can join any week: every lesson stands on its own.',
    week: 'Week {{number}}',
    none: 'No schedule is set up.',
    missing: 'Lesson "{{id}}" is not installed',
  },
  lessons: {
    heading: 'Lessons',
    intro: 'Choose a lesson. Your answers are saved on this computer as you type.',
    minutes: '{{count}} minutes',
    open: 'Open lesson',
    unavailable_one: 'One lesson is not available right now. The other lessons work as usual.',
    unavailable_other: '{{count}} lessons are not available right now. The other lessons work as usual.',
    unavailableStaff: 'For staff: the About page says why.',
    empty: 'No lessons were found.',
    back: 'All lessons',
    /** A lesson's worksheet progress on the lesson list, from the stored answers. */
    progress: {
      'not-started': 'Worksheet not started',
      started: 'Worksheet started: {{answered}} of {{total}} answered',
      complete: 'Worksheet done: all {{total}} answered',
    },
  },
  modules: {
    'stress-management': 'Stress management',
    'coping-skills': 'Coping skills',
    'relapse-prevention': 'Relapse prevention',
    'recovery-life': 'Building a recovery life',
    other: 'More lessons',
  },
  lesson: {
    objectives: 'In this lesson you will',
    loadFailed: 'This lesson could not be opened.',
    unavailable: 'This lesson is not available right now',
    unavailableHelp: 'Please choose another lesson, or ask your group leader.',
    contentNoteTitle: 'Before you start',
    contentNoteBody:
      'This lesson talks about {{topics}}. You can take a break, skip parts, or talk with your facilitator at any time.',
    contentNoteContinue: 'Continue to the lesson',
    contentNoteBack: 'Go back to the lessons',
    contentNoteTopics: 'This lesson talks about {{topics}}.',
    contentNoteShow: 'Content note',
    setAsideTitle: 'Some earlier answers were kept aside',
    setAsideBody: 'These answers no longer fit the lesson. They are still saved and shown here so nothing is lost.',
  },
  contentNotes: {
    suicide: 'suicide',
    'self-harm': 'self-harm',
    trauma: 'trauma',
    'substance-use': 'substance use',
    abuse: 'abuse',
  },
  parts: {
    why: 'Why this matters',
    learn: 'Learn',
    practice: 'Practice',
    worksheet: 'Worksheet',
    takeaway: 'Take it with you',
    facilitator: 'Facilitator notes',
    caution: 'Caution',
    tip: 'Tip',
  },
  save: {
    idle: 'Answers are saved as you type',
    saving: 'Saving…',
    saved: 'All answers saved',
    failed: 'Not saved yet. Your answers are still on screen. Retrying…',
    retry: 'Try saving again',
  },
  worksheet: {
    actions: 'Worksheet actions',
    exportFilled: 'Save my answers as PDF',
    exportBlank: 'Save blank worksheet as PDF',
    print: 'Print worksheet',
    printBlank: 'Print blank worksheet',
    paper: 'Paper size',
    letter: 'Letter',
    a4: 'A4',
    saved: 'Saved to {{path}}',
    cancelled: 'Nothing was saved.',
    exporting: 'Making the PDF…',
    failed: 'The PDF could not be made: {{message}}',
    name: 'Name',
    date: 'Date',
    page: 'Page',
  },
  exercise: {
    scaleAnchor: '{{value}} = {{label}}',
    scaleNone: 'Not answered',
    clearScale: 'Clear',
    myRating: 'My rating: {{value}}',
    other: 'Other',
    notAnswered: 'Not answered',
  },
  desktop: {
    startFailedTitle: 'Groundwork could not start',
    startFailedBody:
      "{{detail}}\n\nYour saved answers have not been changed. Please start Groundwork again; if this keeps happening, tell your program's staff.",
    savePdf: 'Save PDF',
    saveBackup: 'Save Groundwork backup',
    pdfFiles: 'PDF',
    backupFiles: 'Groundwork backup',
    menu: { view: 'View' },
    audienceTitle: 'Groundwork – audience view',
    printWindowTitle: 'Groundwork worksheet',
    printFailed: 'The worksheet could not be printed: {{reason}}. Check the printer and try again.',
    notFromApp: 'This request did not come from the Groundwork window, so it was refused.',
    notForAudience: 'The projected window cannot ask for that.',
  },
  errors: {
    noLesson: 'There is no lesson called "{{id}}".',
    noExercise: 'The lesson "{{lesson}}" has no exercise "{{id}}".',
    compiledMissing: 'The compiled lesson could not be found. Close Groundwork and open it again.',
    pdfFailed: 'The PDF could not be made: {{reason}}',
    pdfSaveFailed: 'The PDF could not be saved to {{path}}: {{reason}}',
    profileChanged: 'This answer belongs to a profile that is no longer open, so it was not saved there.',
    /** Shown for a failure the app did not expect; its own words go to the log only. */
    internalError: 'Something went wrong inside the app. Your saved answers are safe; please try again.',
    noMethod: 'There is no API method "{{method}}".',
    invalidRequestTo: 'The request to {{method}} was not valid.',
    unreachable: 'The app could not reach its data: {{reason}}',
    noPageRoot: 'The page is missing its #root element.',
    lessonBroken: 'This lesson could not be opened: {{file}}:{{line}}:{{column}}: {{message}}',
    lessonUnreadable: 'The file could not be read: {{reason}}',
    duplicateLessonId:
      'The lesson id "{{id}}" is already used by {{first}}, which keeps it. Give this lesson an id of its own.',
    duplicateLessonIdInLanguage:
      'The lesson id "{{id}}" in "{{language}}" is already used by {{first}}, which keeps it. Give this lesson an id of its own.',
    lessonLanguageMismatch:
      'The file name says the lesson is in "{{named}}" but its frontmatter says language: {{written}}. Rename the file or fix the language.',
    programInvalid: 'The program file {{path}} is not valid at {{field}}: {{reason}}',
    'invalid-request': 'The app sent a request it should not have. Please tell your facilitator.',
    'unknown-method': 'The app asked for something that does not exist.',
    forbidden: 'That request was blocked.',
    'not-found': 'That could not be found.',
    'lesson-broken': 'This lesson has a problem and could not be opened.',
    'storage-failed': 'Your answers could not be saved to disk.',
    'export-failed': 'The PDF could not be made.',
    cancelled: 'Cancelled.',
    internal: 'Something went wrong inside the app.',
    /** Why a file someone else placed (a clinic's lesson, logo or settings) was not read. */
    fileRefused: {
      absent: 'it is not there',
      'not-regular': 'it is not a plain file (it is a folder, a device or a pipe)',
      outside: 'it is a link to a file outside its folder',
      'too-large': 'it is larger than {{limit}}',
      timeout: 'it could not be read within {{seconds}} seconds',
      unreadable: 'it could not be read ({{code}})',
    },
  },
};

export type Messages = typeof en;
