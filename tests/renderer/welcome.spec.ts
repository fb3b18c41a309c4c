import { expect, seriousA11yViolations, test } from './fixtures';
import { slowWait } from './slowWait';

// Issue 12 item 8 and issue 15 item 1: a first run welcomes the person instead of making "Me" for them.
test.use({ defaultProfile: false });

test('a first run welcomes the person, switches to Spanish at once, and makes their named profile with a passcode, by keyboard only', async ({
  page,
  host,
}) => {
  await page.goto(host.url);
  await expect(page.getByRole('heading', { level: 1, name: 'Welcome to Groundwork' })).toBeVisible();
  await expect(page.getByText('Your answers stay on this computer.')).toBeVisible();
  // No profile was made behind the person's back.
  await expect(page.getByText('Profile: Me')).toHaveCount(0);
  expect(await seriousA11yViolations(page)).toEqual([]);

  // Tab to the language choice (one stop for the group), then pick Español with an arrow key.
  const english = page.getByRole('radio', { name: 'English' });
  for (let i = 0; i < 15 && !(await english.evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press('Tab');
  }
  await expect(english).toBeFocused();
  await expect(english).toBeChecked();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('radio', { name: 'Español' })).toBeChecked();
  await expect(page.getByRole('heading', { level: 1, name: 'Le damos la bienvenida a Groundwork' })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.lang)).toBe('es');
  await expect(page.getByRole('radio', { name: 'Español' })).toBeFocused();

  // Name and passcode, in Spanish, still by keyboard.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('textbox', { name: 'Su nombre o un apodo' })).toBeFocused();
  await page.keyboard.type('Rosa');
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Código (opcional, al menos 6 caracteres)')).toBeFocused();
  await page.keyboard.type('mañana azul');
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Escriba el código otra vez')).toBeFocused();
  await page.keyboard.type('mañana azul');
  await page.keyboard.press('Enter');

  // In the app, in Spanish, as Rosa, with a passcode (so she can lock it), and the choice kept on her profile.
  // Making a profile with a passcode runs scrypt once, which takes seconds on a busy machine.
  await expect(page.getByRole('heading', { level: 1, name: 'Lecciones' })).toBeVisible(slowWait('scrypt'));
  await expect(page.getByRole('link', { name: 'Cómo funciona el estrés' })).toBeVisible();
  await expect(page.getByText('Perfil: Rosa')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Bloquear ahora' })).toBeVisible();
  await page.getByRole('button', { name: 'Configuración del perfil' }).click();
  await expect(page.getByRole('dialog').getByRole('radio', { name: 'Español' })).toBeChecked();
});
