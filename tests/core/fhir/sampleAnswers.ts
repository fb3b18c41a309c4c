import type { ExerciseRef } from '../../../common/exercises';

/** A full, valid answer for any exercise, as a person filling in everything would leave it. */
export function sampleAnswer(exercise: ExerciseRef): unknown {
  const row = (n: number) => `r${n}-aaaaaaaa`;
  const options = (exercise.options ?? []).map((o) => o.value);
  switch (exercise.type) {
    case 'short-text':
      return 'A short answer';
    case 'long-text':
      return 'A longer answer\nover two lines';
    case 'scale':
      return Math.min(7, exercise.max ?? 10);
    case 'single-choice':
      return options[0] ?? null;
    case 'multiple-choice':
      return options.slice(0, 2);
    case 'checklist':
      return { checked: options.slice(0, 2), ...(exercise.other === true ? { other: 'Something else' } : {}) };
    case 'list-builder':
      return [{ id: row(1), text: 'First thing' }];
    case 'table':
      return [{ id: row(1), cells: (exercise.columns ?? []).map((c) => `${c} answer`) }];
    case 'trigger-chart':
      return [{ id: row(1), trigger: 'Payday', kind: 'external', risk: 8, plan: 'Go straight home' }];
    case 'craving-log':
      return [
        {
          id: row(1),
          when: '2026-11-20T19:30',
          trigger: 'Argument',
          place: 'Home',
          intensity: 6,
          action: 'Called my sponsor',
          duration: '20 minutes',
          outcome: 'It passed',
        },
      ];
    case 'thought-record':
      return {
        situation: 'At work',
        feelings: [{ id: row(1), feeling: 'Worried', before: 80, after: 40 }],
        thoughts: 'I will fail',
        hotThought: 'I will fail',
        evidenceFor: 'One mistake',
        evidenceAgainst: 'Good review',
        balancedThought: 'I can learn',
        belief: 60,
      };
    case 'decisional-balance':
      return { changeGood: 'Health', changeNotSoGood: 'Hard', stayGood: 'Easy', stayNotSoGood: 'Costly' };
    case 'coping-card':
      return { front: 'I need it', back: 'It passes', steps: 'Walk' };
    case 'smart-goal':
      return {
        goal: 'Walk',
        specific: 'Park',
        measurable: '3 times',
        achievable: 'Yes',
        relevant: 'Health',
        timeBound: 'Friday',
      };
    case 'relapse-prevention-plan':
      return {
        highRisk: 'Fridays',
        warningSigns: 'Skipping meals',
        coping: 'Call',
        people: [{ id: row(1), name: 'Ana', phone: '555-0100' }],
        lapsePlan: 'Tell my counselor',
      };
    case 'safety-plan':
      return {
        warningSigns: 'Not sleeping',
        ownCoping: 'Music',
        distractions: 'Library',
        helpers: [{ id: row(1), name: 'Ana', phone: '555-0100' }],
        professionals: [{ id: row(2), name: 'Clinic', phone: '555-0199' }],
        safer: 'Keys with my sister',
      };
    case 'breathing-pacer':
    case 'muscle-relaxation':
      return { before: 7, after: 4 };
    case 'urge-surfing-timer':
      return { before: 8, after: 3, checkIns: [{ minute: exercise.checkIns?.[0] ?? 2, rating: 6 }] };
    case 'grounding-steps':
      return { before: 6, after: 3, noticed: ['A window', 'The chair'] };
  }
}
