import { useId, useState, type JSX } from 'react';
import { useTranslation } from 'react-i18next';
import type { PaperSize } from '../../common/api';
import type { LessonLanguage } from '../../common/language';
import { call } from '../api/client';

type Status = { kind: 'idle' } | { kind: 'busy' } | { kind: 'done' | 'error'; text: string };

/** Saves the lesson's facilitator's guide (content, notes and timings) as a PDF, in the language presented. */
export function GuideExport({ lessonId, language }: { lessonId: string; language: LessonLanguage }): JSX.Element {
  const { t } = useTranslation();
  const paperId = useId();
  const [paper, setPaper] = useState<PaperSize>('letter');
  const [status, setStatus] = useState<Status>({ kind: 'idle' });

  const save = (): void => {
    setStatus({ kind: 'busy' });
    call('exportFacilitatorGuide', { lessonId, paper, language }).then(
      (outcome) =>
        setStatus({
          kind: 'done',
          text: outcome.status === 'saved' ? t('worksheet.saved', { path: outcome.path }) : t('worksheet.cancelled'),
        }),
      (error: Error) => setStatus({ kind: 'error', text: t('worksheet.failed', { message: error.message }) }),
    );
  };

  // Folded by default: it is used before the group, and the room's controls need the space during it.
  return (
    <section className="presenter-guide" aria-labelledby="presenter-guide-title">
      <details>
        <summary>
          <h2 id="presenter-guide-title">{t('presenter.guide.title')}</h2>
        </summary>
        <p className="presenter-hint">{t('presenter.guide.explain')}</p>
        <div className="presenter-buttons">
          <label htmlFor={paperId}>{t('worksheet.paper')}</label>
          <select id={paperId} value={paper} onChange={(e) => setPaper(e.target.value === 'a4' ? 'a4' : 'letter')}>
            <option value="letter">{t('worksheet.letter')}</option>
            <option value="a4">{t('worksheet.a4')}</option>
          </select>
          <button type="button" onClick={save} disabled={status.kind === 'busy'}>
            {t('presenter.guide.save')}
          </button>
        </div>
        <p role="status" className={status.kind === 'error' ? 'presenter-error' : undefined}>
          {status.kind === 'busy' ? t('worksheet.exporting') : status.kind === 'idle' ? '' : status.text}
        </p>
      </details>
    </section>
  );
}
