import type { ExerciseRef, ExerciseType } from '../../common/exercises';
import { toChoiceOptions } from '../../common/optionValue';

/**
 * For each exercise type: an exercise as a lesson would declare it, a full valid answer, and malformed stored data.
 * Rows carry the ids the version-3 upgrade step gives them (`r1`, `r2`, …), so a version-2 file of these samples
 * (tests/fixtures/stored-files/v2) upgrades to exactly these values.
 */
export const samples: Record<ExerciseType, { ref: ExerciseRef; valid: unknown; malformed: unknown[] }> = {
  'short-text': { ref: { id: 'st', type: 'short-text', label: 'ST' }, valid: 'Rent', malformed: [7, 'x'.repeat(2001)] },
  'long-text': {
    ref: { id: 'lt', type: 'long-text', label: 'LT' },
    valid: 'Line one\nline two',
    malformed: [null, ['a']],
  },
  scale: { ref: { id: 'sc', type: 'scale', label: 'SC' }, valid: 7, malformed: [11, 'seven', 2.5] },
  checklist: {
    ref: {
      id: 'ck',
      type: 'checklist',
      label: 'CK',
      options: toChoiceOptions(['Headache', 'Racing heart']),
      other: true,
    },
    valid: { checked: ['headache'], other: 'Jaw' },
    malformed: [
      'headache',
      { checked: 'headache' },
      { checked: [], extra: 1 },
      { checked: ['not an option'] },
      { checked: ['headache', 'headache'] },
    ],
  },
  'single-choice': {
    ref: { id: 'sg', type: 'single-choice', label: 'SG', options: toChoiceOptions(['Morning', 'Night']) },
    valid: 'night',
    malformed: ['Noon', ['night'], 3],
  },
  'multiple-choice': {
    ref: { id: 'mc', type: 'multiple-choice', label: 'MC', options: toChoiceOptions(['A friend', 'Family']) },
    valid: ['a-friend', 'family'],
    malformed: ['a-friend', ['a-friend', 'a-friend'], ['Stranger']],
  },
  'list-builder': {
    ref: { id: 'lb', type: 'list-builder', label: 'LB' },
    valid: [
      { id: 'r1', text: 'Sun' },
      { id: 'r2', text: 'Tea' },
    ],
    malformed: [
      [1, 2],
      'Sun',
      ['Sun', 'Tea'],
      [
        { id: 'r1', text: 'Sun' },
        { id: 'r1', text: 'Tea' },
      ],
      [{ id: 'R 1', text: 'Sun' }],
    ],
  },
  table: {
    ref: { id: 'tb', type: 'table', label: 'TB', columns: ['Day', 'Plan'] },
    valid: [
      { id: 'r1', cells: ['Monday', 'Walk'] },
      { id: 'r2', cells: ['Tuesday', 'Group'] },
    ],
    malformed: [
      [{ id: 'r1', cells: ['Monday'] }],
      [{ id: 'r1', cells: ['Monday', 'Walk', 'extra'] }],
      { rows: [] },
      [['Monday', 'Walk']],
    ],
  },
  'trigger-chart': {
    ref: { id: 'tc', type: 'trigger-chart', label: 'TC' },
    valid: [{ id: 'r1', trigger: 'Payday', kind: 'external', risk: 8, plan: 'Give cash to my sister' }],
    malformed: [
      [{ id: 'r1', trigger: 'Payday', kind: 'outside', risk: 8, plan: '' }],
      [{ id: 'r1', trigger: 'Payday', kind: null, risk: 11, plan: '' }],
      [{ trigger: 'Payday', kind: null, risk: 1, plan: '' }],
    ],
  },
  'craving-log': {
    ref: { id: 'cl', type: 'craving-log', label: 'CL' },
    valid: [
      {
        id: 'r1',
        when: '2026-03-14T19:30',
        trigger: 'Argument',
        place: 'Home',
        intensity: 7,
        action: 'Called my sponsor',
        duration: '15 minutes',
        outcome: 'It passed',
      },
    ],
    malformed: [
      [{ id: 'r1', when: 'yesterday', trigger: '', place: '', intensity: 3, action: '', duration: '', outcome: '' }],
    ],
  },
  'thought-record': {
    ref: { id: 'tr', type: 'thought-record', label: 'TR' },
    valid: {
      situation: 'Boss criticized my report',
      feelings: [{ id: 'r1', feeling: 'Shame', before: 80, after: 40 }],
      thoughts: 'I always fail',
      hotThought: 'I always fail',
      evidenceFor: 'One mistake',
      evidenceAgainst: 'Praised last month',
      balancedThought: 'I made one mistake and can fix it',
      belief: 70,
    },
    malformed: [
      { feelings: [{ id: 'r1', feeling: 'Shame', before: 180, after: null }] },
      { mood: 'bad' },
      { feelings: [{ feeling: 'Shame', before: 80, after: null }] },
    ],
  },
  'decisional-balance': {
    ref: { id: 'db', type: 'decisional-balance', label: 'DB' },
    valid: { changeGood: 'Health', changeNotSoGood: 'Hard', stayGood: 'Easy', stayNotSoGood: 'Money' },
    malformed: [{ pros: 'Health' }, { changeGood: 3 }],
  },
  'coping-card': {
    ref: { id: 'cc', type: 'coping-card', label: 'CC' },
    valid: { front: 'I need a drink', back: 'The urge will pass', steps: 'Walk, call Sam' },
    malformed: [['front'], { front: null }],
  },
  'smart-goal': {
    ref: { id: 'sm', type: 'smart-goal', label: 'SM' },
    valid: {
      goal: 'Walk',
      specific: 'Walk',
      measurable: '3x',
      achievable: 'Yes',
      relevant: 'Health',
      timeBound: 'Friday',
    },
    malformed: ['Walk more', { goal: 'Walk', when: 'Friday' }],
  },
  'relapse-prevention-plan': {
    ref: { id: 'rp', type: 'relapse-prevention-plan', label: 'RP' },
    valid: {
      highRisk: 'Parties',
      warningSigns: 'Isolating',
      coping: 'Leave early',
      people: [{ id: 'r1', name: 'Sam', phone: '555-0100' }],
      lapsePlan: 'Call Sam',
    },
    malformed: [{ people: [{ id: 'r1', name: 'Sam' }] }, { people: 'Sam' }],
  },
  'safety-plan': {
    ref: { id: 'sp', type: 'safety-plan', label: 'SP' },
    valid: {
      warningSigns: 'Not sleeping',
      ownCoping: 'Music',
      distractions: 'The library',
      helpers: [{ id: 'r1', name: 'Ana', phone: '555-0101' }],
      professionals: [{ id: 'r1', name: 'Dr. Lee', phone: '555-0102' }],
      safer: 'Give my pills to Ana',
    },
    malformed: [
      { helpers: [{ id: 'r1', name: 'Ana', phone: 5550101 }] },
      { step1: 'x' },
      { helpers: [{ name: 'Ana', phone: '1' }] },
    ],
  },
  'breathing-pacer': {
    ref: { id: 'bp', type: 'breathing-pacer', label: 'BP' },
    valid: { before: 7, after: 3 },
    malformed: [{ before: 70 }, 7],
  },
  'urge-surfing-timer': {
    ref: { id: 'us', type: 'urge-surfing-timer', label: 'US', checkIns: [5, 10, 15] },
    valid: { before: 8, after: 4, checkIns: [{ minute: 5, rating: 7 }] },
    malformed: [
      { checkIns: [{ minute: 5 }] },
      { checkIns: [{ minute: -1, rating: 3 }] },
      { checkIns: [{ minute: 7, rating: 3 }] },
      {
        checkIns: [
          { minute: 5, rating: 3 },
          { minute: 5, rating: 4 },
        ],
      },
    ],
  },
  'grounding-steps': {
    ref: { id: 'gs', type: 'grounding-steps', label: 'GS' },
    valid: { before: 6, after: 2, noticed: ['Lamp', 'Chair', 'Birds', 'Coffee', 'Mint'] },
    malformed: [{ noticed: ['1', '2', '3', '4', '5', '6'] }, { before: 'high' }],
  },
  'muscle-relaxation': {
    ref: { id: 'mr', type: 'muscle-relaxation', label: 'MR' },
    valid: { before: 6, after: null },
    malformed: [{ during: 3 }],
  },
};
