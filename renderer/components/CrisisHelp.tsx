import { useRef, type JSX } from 'react';
import { useTranslation } from 'react-i18next';
import type { CrisisLine } from '../../common/api';
import { LifeBuoy } from 'lucide-react';
import { CrisisLineList } from './CrisisLineList';
import { Icon } from './Icon';

/** The always-visible crisis button and the dialog it opens: help is one click away. */
export function CrisisHelp({ lines }: { lines: CrisisLine[] }): JSX.Element {
  const { t } = useTranslation();
  const dialog = useRef<HTMLDialogElement>(null);
  return (
    <>
      <button type="button" className="crisis-button" onClick={() => dialog.current?.showModal()}>
        <Icon icon={LifeBuoy} />
        {t('crisis.button')}
      </button>
      <dialog ref={dialog} className="crisis-dialog dialog dialog-danger" aria-labelledby="crisis-title">
        <h2 id="crisis-title">{t('crisis.title')}</h2>
        <p>{t('crisis.intro')}</p>
        <CrisisLineList lines={lines} className="crisis-lines" />
        <form method="dialog">
          <button type="submit" className="primary" autoFocus>
            {t('crisis.close')}
          </button>
        </form>
      </dialog>
    </>
  );
}
