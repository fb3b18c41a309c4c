/**
 * English strings for the lesson diagrams (curriculum/components/diagrams/),
 * merged into common/i18n/en.ts under the key "diagrams". Each diagram has a
 * title and a description (its text alternative: say everything the drawing
 * shows), a caption shown under it, and the labels drawn in it. A "\n" in a
 * label starts a new line; keep labels short, they are read from the back of a
 * room.
 */
export const diagramsEn = {
  stressCurve: {
    title: 'The stress curve',
    description:
      'A line shows stress going up and down over time. A stressor comes and the alarm goes off: stress shoots up. After a short burst, the calm-down system brings stress back down to calm. When stress lasts, the line stays high, because the alarm stays on.',
    caption: 'A short burst of stress comes back down. Stress that lasts keeps the alarm on.',
    stress: 'Stress',
    time: 'Time',
    calm: 'Calm',
    stressor: 'Stressor',
    alarm: 'Alarm goes off',
    burst: 'Short burst:\ncalm comes back',
    lasting: 'Stress that lasts:\nthe alarm stays on',
  },
  urgeWave: {
    title: 'The urge wave',
    description:
      'A wave shows how strong a craving is, from 0 to 10, over 30 minutes. It builds, reaches a peak at about 10 minutes, and then fades. By about 20 to 30 minutes it has passed. You can ride it out without acting on it.',
    caption: 'A craving builds, peaks and passes, often within 10 to 20 minutes.',
    strength: 'How strong',
    minutes: 'Minutes',
    builds: 'It builds',
    peak: 'Peak',
    passes: 'It passes',
    ride: 'Ride it out.\nYou do not have to act.',
  },
  relapseChain: {
    title: 'The relapse process',
    description:
      'Three steps go down like a slide. Step 1: feelings and self-care slip. Step 2: thinking about using. Step 3: using. At each step you can turn around: at step 1 with self-care, at step 2 by telling someone, and even at step 3 it is not too late to stop and get help.',
    caption: 'Relapse is a slow slide, and there is a chance to turn around at every step.',
    stage1: '1. Feelings and\nself-care slip',
    stage2: '2. Thinking\nabout using',
    stage3: '3. Using',
    turn1: 'Turn around:\nrest, food, people',
    turn2: 'Turn around:\ntell someone',
    turn3: 'Not too late to stop:\nget help now',
  },
  safetyPlanSteps: {
    title: 'The six steps of a safety plan',
    description:
      'Six steps go up like stairs, in order. 1: my warning signs. 2: things I can do on my own. 3: people and places that take my mind off things. 4: people I can ask for help. 5: professionals and crisis lines. 6: making my surroundings safer. If one step is not enough, go on to the next.',
    caption: 'Start at step 1. If a step is not enough, go on to the next one.',
    step1: 'My warning signs',
    step2: 'Things I can do on my own',
    step3: 'People and places that take my mind off things',
    step4: 'People I can ask for help',
    step5: 'Professionals and crisis lines',
    step6: 'Making my surroundings safer',
    next: 'Not enough? Go up a step.',
  },
};
