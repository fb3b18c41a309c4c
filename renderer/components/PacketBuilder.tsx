import { useState, type JSX } from 'react';
import { useTranslation } from 'react-i18next';
import type { LessonListItem } from '../../common/api';
import { moduleOrder } from '../../common/moduleOrder';
import type { Program } from '../../common/programSchema';
import { call } from '../api/client';
import { lessonsHref } from '../hooks/useHashRoute';
import { usePrintJob } from '../hooks/usePrintJob';
import { PrintChoices } from './PrintChoices';
import { useLanguage } from '../language/LanguageProvider';

type OkLesson = Extract<LessonListItem, { status: 'ok' }>;

/**
 * Builds one PDF from any set of worksheets: a module's, the whole curriculum's,
 * or a hand-picked few; blank or filled, Letter or A4, regular or large print.
 */
export function PacketBuilder({ lessons, program }: { lessons: LessonListItem[]; program: Program }): JSX.Element {
  const { t } = useTranslation();
  const ok = lessons.filter((l): l is OkLesson => l.status === 'ok');
  // Modules in the program's order, as on the lesson list; lessons in their module's order.
  const modules = moduleOrder(
    program,
    ok.map((l) => l.module),
  );
  const inModule = (module: string): OkLesson[] => ok.filter((l) => l.module === module);
  const moduleTitle = (id: string): string =>
    program.modules.find((m) => m.id === id)?.title ?? t(`modules.${id}`, { defaultValue: t('modules.other') });
  const [chosen, setChosen] = useState<Set<string>>(new Set());
  const [filled, setFilled] = useState(false);
  const job = usePrintJob();
  const { language } = useLanguage();

  const toggle = (ids: string[], on: boolean): void =>
    setChosen((previous) => {
      const next = new Set(previous);
      for (const id of ids) {
        if (on) next.add(id);
        else next.delete(id);
      }
      return next;
    });
  // The packet follows the page's order, whatever order boxes were ticked in.
  const lessonIds = modules.flatMap((m) => inModule(m).filter((l) => chosen.has(l.id))).map((l) => l.id);

  const run = (kind: 'export' | 'print'): void => {
    if (lessonIds.length === 0) {
      job.setMessage(t('print.noneSelected'));
      return;
    }
    const request = { lessonIds, filled, language, ...job.settings };
    if (kind === 'export') void job.save(() => call('exportPacket', request));
    else void job.print(() => call('printPacket', request));
  };

  return (
    <div className="packet-builder">
      <a className="back-link" href={lessonsHref}>
        ← {t('lessons.back')}
      </a>
      <h1 tabIndex={-1}>{t('print.packetHeading')}</h1>
      <p className="lead">{t('print.packetIntro')}</p>
      <fieldset className="packet-lessons">
        <legend>{t('print.content')}</legend>
        <div className="action-buttons">
          <button
            type="button"
            onClick={() =>
              toggle(
                ok.map((l) => l.id),
                true,
              )
            }
          >
            {t('print.selectAll')}
          </button>
          <button type="button" onClick={() => setChosen(new Set())}>
            {t('print.selectNone')}
          </button>
        </div>
        {modules.map((module) => {
          const ids = inModule(module).map((l) => l.id);
          const all = ids.every((id) => chosen.has(id));
          return (
            <div key={module} className="packet-module">
              <label className="check-option module-choice">
                <input type="checkbox" checked={all} onChange={(e) => toggle(ids, e.target.checked)} />
                <span>{t('print.selectModule', { module: moduleTitle(module) })}</span>
              </label>
              <ul className="checklist-options">
                {inModule(module).map((lesson) => (
                  <li key={lesson.id}>
                    <label className="check-option">
                      <input
                        type="checkbox"
                        checked={chosen.has(lesson.id)}
                        onChange={(e) => toggle([lesson.id], e.target.checked)}
                      />
                      <span>{lesson.title}</span>
                    </label>
                  </li>
                ))}
              </ul>
            </div>
          );
        })}
      </fieldset>
      <p role="status" aria-live="polite">
        {t('print.selectedCount', { count: lessonIds.length })}
      </p>
      <fieldset className="packet-options">
        <legend>{t('worksheet.actions')}</legend>
        <label className="check-option">
          <input type="radio" name="packet-fill" checked={!filled} onChange={() => setFilled(false)} />
          <span>{t('print.blank')}</span>
        </label>
        <label className="check-option">
          <input type="radio" name="packet-fill" checked={filled} onChange={() => setFilled(true)} />
          <span>{t('print.filled')}</span>
        </label>
        <PrintChoices settings={job.settings} onChange={job.setSettings} />
      </fieldset>
      <div className="action-buttons">
        <button type="button" className="primary" disabled={job.busy} onClick={() => run('export')}>
          {t('print.save')}
        </button>
        <button type="button" disabled={job.busy} onClick={() => run('print')}>
          {t('print.print')}
        </button>
      </div>
      <p role="status" aria-live="polite" className="action-message">
        {job.message}
      </p>
    </div>
  );
}
