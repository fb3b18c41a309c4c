import i18next from 'i18next';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { createI18n } from '../../common/i18n/createI18n';
import { diagramsEn } from '../../common/i18n/en/diagrams';
import { diagramComponentNames } from '../../core/curriculum/lessonComponents';
import { lessonComponents } from '../../curriculum/components';
import { diagramComponents } from '../../curriculum/components/diagrams';

/** Every string of the diagrams, marked, as a stand-in for a translation. */
const marked = Object.fromEntries(
  Object.entries(diagramsEn).map(([diagram, strings]) => [
    diagram,
    Object.fromEntries(Object.entries(strings).map(([key, text]) => [key, `«${text}»`])),
  ]),
);

function render(name: keyof typeof diagramComponents, language: 'en' | 'xx' = 'en'): string {
  const Diagram = diagramComponents[name];
  const i18n =
    language === 'en'
      ? createI18n('en')
      : i18next.createInstance({
          lng: 'xx',
          resources: { xx: { translation: { diagrams: marked } } },
          initAsync: false,
        });
  if (language === 'xx') void i18n.init();
  return renderToStaticMarkup(
    <I18nextProvider i18n={i18n}>
      <Diagram />
    </I18nextProvider>,
  );
}

const names = Object.keys(diagramComponents) as (keyof typeof diagramComponents)[];

describe('lesson diagrams', () => {
  it('are the components the compiler allows as diagrams, and lessons may use them', () => {
    expect([...names].sort()).toEqual([...diagramComponentNames].sort());
    for (const name of names) expect(lessonComponents).toHaveProperty(name, diagramComponents[name]);
  });

  it.each(names)('%s is an image named by its title and described in words', (name) => {
    const html = render(name);
    const svg = /<svg [^>]*>/.exec(html)?.[0] ?? '';
    expect(svg).toContain('role="img"');
    const titleId = /aria-labelledby="([^"]+)"/.exec(svg)?.[1];
    const descId = /aria-describedby="([^"]+)"/.exec(svg)?.[1];
    expect(html).toMatch(new RegExp(`<title id="${titleId}">[^<]{5,}</title>`));
    expect(html).toMatch(new RegExp(`<desc id="${descId}">[^<]{60,}</desc>`));
    expect(html).toMatch(/<figcaption>[^<]{20,}<\/figcaption>/);
  });

  it.each(names)('%s takes every word from i18n, so a translation covers it', (name) => {
    const html = render(name, 'xx');
    // A label's lines are tspans of one text element: take each element's text whole.
    const words = [...html.matchAll(/<(text|title|desc|figcaption)[^>]*>(.*?)<\/\1>/g)].map((m) =>
      (m[2] ?? '').replace(/<[^>]+>/g, ''),
    );
    expect(words.length).toBeGreaterThan(3);
    // Only the numbers on an axis or a step are drawn as they are.
    for (const word of words) expect(word, name).toMatch(/^(«[^»]+»|\d+)$/);
  });
});
