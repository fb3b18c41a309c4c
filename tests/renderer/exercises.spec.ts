import { expect, seriousA11yViolations, test } from './fixtures';
import { allSaved, exportText, galleryDirs, openGallery, typeHere } from './exerciseHelpers';

test.use({ lessonDirs: galleryDirs });

test('text, scales, choices, a list, a table and a trigger chart: by keyboard, kept on reload, in the filled PDF only', async ({
  page,
  host,
}) => {
  await openGallery(page, host);
  await page.getByRole('textbox', { name: 'One word for how I feel today' }).focus();
  await typeHere(page, 'Hopeful');
  await page.keyboard.press('Tab');
  await typeHere(page, 'Talking with my sister');

  const stress = page.getByRole('group', { name: 'My stress right now' });
  await stress.getByRole('radio', { name: '3', exact: true }).focus();
  await page.keyboard.press('Space');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(stress.getByRole('radio', { name: '5', exact: true })).toBeChecked();
  await page.getByRole('group', { name: 'How sure I feel' }).getByRole('radio', { name: '70', exact: true }).check();

  const signs = page.getByRole('group', { name: 'Signs of stress I notice' });
  await signs.getByRole('checkbox', { name: 'Racing thoughts' }).focus();
  await page.keyboard.press('Space');
  await signs.getByRole('textbox', { name: 'Other' }).focus();
  await typeHere(page, 'Clenched jaw');
  await page
    .getByRole('group', { name: 'The time of day that is hardest for me' })
    .getByRole('radio', { name: 'Evening' })
    .check();
  const talk = page.getByRole('group', { name: 'Who I can talk to' });
  await talk.getByRole('checkbox', { name: 'Family' }).check();
  await talk.getByRole('checkbox', { name: 'My sponsor' }).check();

  // A list: add two items by keyboard, then move the second up.
  const list = page.getByRole('group', { name: 'Things I am grateful for' });
  await list.getByRole('button', { name: 'Add to the list' }).focus();
  await page.keyboard.press('Enter');
  await typeHere(page, 'Sunshine');
  await list.getByRole('button', { name: 'Add to the list' }).focus();
  await page.keyboard.press('Enter');
  await typeHere(page, 'Warm tea');
  await list.getByRole('button', { name: 'Move Item 2 up' }).focus();
  await page.keyboard.press('Enter');
  await expect(list.getByRole('button', { name: 'Move Item 1 down' })).toBeFocused();
  await expect(list.getByRole('textbox', { name: 'Item, row 1' })).toHaveValue('Warm tea');

  // A table with the lesson's columns, cell by cell with Tab.
  const week = page.getByRole('group', { name: 'My week' });
  await week.getByRole('button', { name: 'Add a row' }).focus();
  await page.keyboard.press('Enter');
  await typeHere(page, 'Monday');
  await page.keyboard.press('Tab');
  await typeHere(page, 'Walk to the park');
  await expect(week.getByRole('textbox', { name: 'What I will do, row 1' })).toHaveValue('Walk to the park');

  const chart = page.getByRole('group', { name: 'My trigger chart' });
  await chart.getByRole('button', { name: 'Add a trigger' }).focus();
  await page.keyboard.press('Enter');
  await typeHere(page, 'Payday');
  // Each field names its column and its row, so a screen reader says where it is.
  await chart.getByRole('combobox', { name: 'External or internal, row 1' }).selectOption('external');
  await chart.getByRole('combobox', { name: 'Risk (0–10), row 1' }).selectOption('8');
  await chart.getByRole('textbox', { name: 'My plan, row 1' }).fill('Give my card to my sister');
  await allSaved(page);

  await page.reload();
  await expect(page.getByRole('textbox', { name: 'One word for how I feel today' })).toHaveValue('Hopeful');
  await expect(page.getByRole('textbox', { name: 'What helped me this week' })).toHaveValue('Talking with my sister');
  await expect(stress.getByRole('radio', { name: '5', exact: true })).toBeChecked();
  await expect(signs.getByRole('checkbox', { name: 'Racing thoughts' })).toBeChecked();
  await expect(signs.getByRole('textbox', { name: 'Other' })).toHaveValue('Clenched jaw');
  await expect(page.getByRole('radio', { name: 'Evening' })).toBeChecked();
  await expect(talk.getByRole('checkbox', { name: 'My sponsor' })).toBeChecked();
  await expect(list.getByRole('textbox', { name: 'Item, row 2' })).toHaveValue('Sunshine');
  await expect(week.getByRole('textbox', { name: 'Day, row 1' })).toHaveValue('Monday');
  await expect(chart.getByRole('combobox', { name: 'Risk (0–10), row 1' })).toHaveValue('8');

  const answers = [
    'Hopeful',
    'Talking with my sister',
    'Clenched jaw',
    'Warm tea',
    'Sunshine',
    'Walk to the park',
    'Payday',
    'Give my card to my sister',
  ];
  const filled = await exportText(page, host, true);
  for (const answer of answers) expect(filled).toContain(answer);
  expect(filled).toContain('My rating: 5');
  expect(filled).toContain('My rating: 70');
  expect(filled).toContain('8/10');
  const blank = await exportText(page, host, false);
  for (const answer of answers) expect(blank).not.toContain(answer);
  expect(blank).toContain('My trigger chart');
  expect(blank).not.toContain('My rating');
  expect(blank).not.toContain('8/10');
});

test('removing a row keeps every other row, its fields and its answers, as they were', async ({ page, host }) => {
  await openGallery(page, host);
  const list = page.getByRole('group', { name: 'Things I am grateful for' });
  for (const item of ['Sunshine', 'Warm tea', 'My dog']) {
    await list.getByRole('button', { name: 'Add to the list' }).click();
    await typeHere(page, item);
  }
  // The third row's field, as an element: it must stay the same element when a row above it goes.
  const third = await list.getByRole('textbox', { name: 'Item, row 3' }).elementHandle();
  await list.getByRole('button', { name: 'Remove Item 2' }).click();
  expect(await third?.evaluate((field) => field.isConnected && (field as HTMLInputElement).value)).toBe('My dog');
  await expect(list.getByRole('textbox', { name: 'Item, row 2' })).toHaveValue('My dog');
  await expect(list.getByRole('textbox', { name: 'Item, row 3' })).toHaveCount(0);
  await list.getByRole('textbox', { name: 'Item, row 2' }).fill('My dog, Pepper');
  await allSaved(page);
  await page.reload();
  await expect(list.getByRole('textbox', { name: 'Item, row 1' })).toHaveValue('Sunshine');
  await expect(list.getByRole('textbox', { name: 'Item, row 2' })).toHaveValue('My dog, Pepper');
  await expect(list.getByRole('textbox', { name: 'Item, row 3' })).toHaveCount(0);
});

test('thought record, balance, coping card, SMART goal, plans and craving log: kept on reload, in the filled PDF only', async ({
  page,
  host,
}) => {
  await openGallery(page, host);
  const thought = page.getByRole('group', { name: 'My thought record' });
  await thought.getByRole('textbox', { name: '1. Situation' }).fill('Boss criticized my report');
  await thought.getByRole('button', { name: 'Add a feeling' }).click();
  await thought.getByRole('textbox', { name: 'Feeling, row 1', exact: true }).fill('Shame');
  await thought.getByRole('combobox', { name: 'How strong (0–100)' }).selectOption('80');
  await thought.getByRole('textbox', { name: /^My "hot" thought/ }).fill('I always fail');
  await thought.getByRole('textbox', { name: '5. Evidence against the hot thought' }).fill('Praised last month');
  await thought.getByRole('textbox', { name: '6. Balanced thought' }).fill('One mistake I can fix');
  await thought.getByRole('combobox', { name: /How much I believe/ }).selectOption('70');
  await thought.getByRole('combobox', { name: 'Shame: how strong now' }).selectOption('40');

  const balance = page.getByRole('group', { name: 'Looking at both sides of changing' });
  await balance.getByRole('textbox', { name: 'Good things about changing', exact: true }).fill('Better health');
  await balance.getByRole('textbox', { name: 'Not-so-good things about not changing' }).fill('Losing my job');
  const card = page.getByRole('group', { name: 'My coping card' });
  await card.getByRole('textbox', { name: 'The trigger or hot thought' }).fill('Just one will not hurt');
  await card.getByRole('textbox', { name: 'A believable answer' }).fill('One leads to more');
  await page
    .getByRole('group', { name: 'My SMART goal' })
    .getByRole('textbox', { name: 'My goal' })
    .fill('Walk every morning');
  const relapse = page.getByRole('group', { name: 'My relapse prevention plan' });
  await relapse.getByRole('textbox', { name: 'My high-risk situations' }).fill('Friday parties');
  await relapse.getByRole('button', { name: 'Add a person' }).click();
  await relapse.getByRole('textbox', { name: 'Name' }).fill('Sam Rivera');
  await relapse.getByRole('textbox', { name: 'Phone' }).fill('555-0100');

  const safety = page.getByRole('group', { name: 'My safety plan' });
  await safety.getByRole('textbox', { name: 'Step 1: My warning signs' }).fill('Not sleeping for days');
  const helpers = safety.getByRole('group', { name: 'Step 4: People I can ask for help' });
  await helpers.getByRole('button', { name: 'Add a person' }).click();
  await helpers.getByRole('textbox', { name: 'Name' }).fill('Ana Cruz');
  await helpers.getByRole('textbox', { name: 'Phone' }).fill('555-0101');
  await safety.getByRole('textbox', { name: 'Step 6: Making my surroundings safer' }).fill('Pills with Ana');
  // The app's crisis lines are part of the plan, always.
  await expect(safety).toContainText('988 Suicide & Crisis Lifeline');
  await expect(safety).toContainText('1-800-662-4357');

  const log = page.getByRole('group', { name: 'My craving log' });
  await log.getByRole('button', { name: 'Add an entry' }).click();
  await log.getByLabel('Date and time').fill('2026-03-14T19:30');
  await log.getByRole('textbox', { name: 'Trigger' }).fill('Argument at home');
  await log.getByRole('button', { name: 'Add an entry' }).click();
  // The new entry goes on top, its date and time (now) focused and ready to change.
  await expect(log.getByLabel('Date and time').first()).toBeFocused();
  await expect(log.getByRole('textbox', { name: 'Trigger' }).nth(1)).toHaveValue('Argument at home');
  await log.getByLabel('Date and time').first().fill('2026-03-16T08:05');
  await log.getByRole('textbox', { name: 'Trigger' }).first().fill('Saw an old friend');
  await allSaved(page);

  await page.reload();
  await expect(thought.getByRole('combobox', { name: 'Shame: how strong now' })).toHaveValue('40');
  await expect(balance.getByRole('textbox', { name: 'Good things about changing', exact: true })).toHaveValue(
    'Better health',
  );
  await expect(card.getByRole('textbox', { name: 'A believable answer' })).toHaveValue('One leads to more');
  await expect(relapse.getByRole('textbox', { name: 'Phone' })).toHaveValue('555-0100');
  await expect(helpers.getByRole('textbox', { name: 'Name' })).toHaveValue('Ana Cruz');
  await expect(log.getByRole('textbox', { name: 'Trigger' }).first()).toHaveValue('Saw an old friend');

  const answers = [
    'Boss criticized',
    'Shame',
    'I always fail',
    'Praised last month',
    'Better health',
    'Losing my job',
    'One leads to more',
    'Walk every morning',
    'Friday parties',
    'Sam Rivera',
    '555-0100',
    'Ana Cruz',
    'Pills with Ana',
    'Argument at home',
    'Saw an old friend',
  ];
  const filled = await exportText(page, host, true);
  for (const answer of answers) expect(filled).toContain(answer);
  expect(filled).toContain('80/100');
  expect(filled.indexOf('Saw an old friend')).toBeLessThan(filled.indexOf('Argument at home'));
  const blank = await exportText(page, host, false);
  for (const answer of answers) expect(blank).not.toContain(answer);
  expect(blank).toContain('Step 5: Professionals and crisis lines');
  expect(blank).toContain('988');
});

test('guided practice: pacer, urge-surfing timer, grounding and muscle relaxation, with ratings before and after', async ({
  page,
  host,
}) => {
  await page.clock.install();
  await openGallery(page, host);
  const box = page.getByRole('region', { name: 'Box breathing' });
  await box
    .getByRole('group', { name: 'My stress before the practice' })
    .getByRole('radio', { name: '7', exact: true })
    .check();
  await box.getByRole('button', { name: 'Start', exact: true }).click();
  await expect(box.getByRole('status')).toHaveText('Breathe in for 4');
  await page.clock.runFor(4_500);
  await expect(box.getByRole('status')).toHaveText('Hold for 4');
  await page.clock.runFor(4_000);
  await expect(box.getByRole('status')).toHaveText('Breathe out for 4');
  await box.getByRole('button', { name: 'Pause' }).click();
  await box
    .getByRole('group', { name: 'My stress after the practice' })
    .getByRole('radio', { name: '3', exact: true })
    .check();
  // Reduced motion: the circle keeps one size whatever the phase.
  await page.emulateMedia({ reducedMotion: 'reduce' });
  const circle = box.locator('.pacer-circle');
  const still = await circle.evaluate((el) => getComputedStyle(el).transform);
  await box.getByRole('button', { name: 'Go on' }).click();
  await page.clock.runFor(4_000);
  await expect(box.getByRole('status')).toHaveText('Hold for 4');
  expect(await circle.evaluate((el) => getComputedStyle(el).transform)).toBe(still);
  await box.getByRole('button', { name: 'Pause' }).click();

  const urge = page.getByRole('region', { name: 'Urge surfing' });
  await urge
    .getByRole('group', { name: 'My urge before the practice' })
    .getByRole('radio', { name: '8', exact: true })
    .check();
  await urge.getByRole('button', { name: 'Start', exact: true }).click();
  await expect(urge.getByRole('timer')).toHaveText('5:00');
  await page.clock.runFor(61_000);
  await expect(urge.getByRole('status')).toContainText('Gentle check-in at minute 1');
  await urge.getByRole('combobox', { name: /minute 1/ }).selectOption('6');
  await page.clock.runFor(4 * 60_000);
  await expect(urge.getByRole('status')).toContainText('Time is up');
  await urge
    .getByRole('group', { name: 'My urge after the practice' })
    .getByRole('radio', { name: '2', exact: true })
    .check();

  const grounding = page.getByRole('region', { name: '5-4-3-2-1 grounding' });
  await expect(grounding.getByText('Step 1 of 5: 5 things I can see')).toBeVisible();
  await grounding.getByRole('textbox', { name: 'What I noticed (optional)' }).fill('Blue lamp');
  await grounding.getByRole('button', { name: 'Next step' }).click();
  await expect(grounding.getByText('Step 2 of 5: 4 things I can touch')).toBeFocused();
  await grounding.getByRole('textbox', { name: 'What I noticed (optional)' }).fill('Soft sweater');
  for (let i = 0; i < 2; i += 1) await grounding.getByRole('button', { name: 'Next step' }).click();
  await grounding.getByRole('button', { name: 'Next step' }).click();
  await grounding.getByRole('button', { name: 'Finish' }).click();
  await expect(grounding.getByText('All done')).toBeFocused();

  const muscle = page.getByRole('region', { name: 'Progressive muscle relaxation' });
  await muscle
    .getByRole('group', { name: 'My tension before the practice' })
    .getByRole('radio', { name: '6', exact: true })
    .check();
  await expect(muscle.getByText('Step 1 of 9: Hands')).toBeVisible();
  await muscle.getByRole('button', { name: 'Next step' }).click();
  await expect(muscle.getByText('Step 2 of 9: Upper arms')).toBeFocused();
  await muscle
    .getByRole('group', { name: 'My tension after the practice' })
    .getByRole('radio', { name: '1', exact: true })
    .check();
  await page.clock.runFor(1_000);
  await allSaved(page);

  await page.reload();
  await expect(
    box.getByRole('group', { name: 'My stress after the practice' }).getByRole('radio', { name: '3', exact: true }),
  ).toBeChecked();
  await expect(urge.getByRole('list', { name: 'My check-ins' })).toContainText('Minute 1: 6 out of 10');
  await expect(grounding.getByRole('textbox', { name: 'What I noticed (optional)' })).toHaveValue('Blue lamp');
  await expect(
    muscle
      .getByRole('group', { name: 'My tension before the practice' })
      .getByRole('radio', { name: '6', exact: true }),
  ).toBeChecked();

  const filled = await exportText(page, host, true);
  for (const answer of [
    'Blue lamp',
    'Soft sweater',
    'My rating: 7',
    'My rating: 3',
    'My rating: 8',
    'My rating: 2',
    'My rating: 6',
    'My rating: 1',
    '6/10',
  ]) {
    expect(filled).toContain(answer);
  }
  const blank = await exportText(page, host, false);
  for (const answer of ['Blue lamp', 'Soft sweater', 'My rating', '6/10']) expect(blank).not.toContain(answer);
  expect(blank).toContain('5 things I can see');
});

test('the gallery passes axe WCAG 2.1 AA checks, empty and with rows added', async ({ page, host }) => {
  await openGallery(page, host);
  expect(await seriousA11yViolations(page)).toEqual([]);
  for (const name of ['Add to the list', 'Add a row', 'Add a trigger', 'Add an entry', 'Add a feeling']) {
    await page.getByRole('button', { name }).click();
  }
  for (const button of await page.getByRole('button', { name: 'Add a person' }).all()) await button.click();
  expect(await seriousA11yViolations(page)).toEqual([]);
});
