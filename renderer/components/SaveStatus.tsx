import type { JSX } from 'react';
import { useTranslation } from 'react-i18next';
import type { SaveState } from '../hooks/useAnswers';

/** Tells the person, politely and without interrupting, whether their answers are on disk. */
export function SaveStatus({ state, onRetry }: { state: SaveState; onRetry: () => void }): JSX.Element {
  const { t } = useTranslation();
  return (
    <div className={`save-status save-${state}`}>
      <span role="status" aria-live="polite">
        {t(`save.${state}`)}
      </span>
      {state === 'failed' ? (
        <button type="button" className="link-button" onClick={onRetry}>
          {t('save.retry')}
        </button>
      ) : null}
    </div>
  );
}
