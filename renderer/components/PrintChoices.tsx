import type { JSX } from 'react';
import { useTranslation } from 'react-i18next';
import { paperSizes, type PaperSize } from '../../common/api';
import type { PrintSettings } from '../hooks/usePrintJob';

/** Paper size and large print: the choices every way of printing offers. */
export function PrintChoices({
  settings,
  onChange,
}: {
  settings: PrintSettings;
  onChange: (settings: PrintSettings) => void;
}): JSX.Element {
  const { t } = useTranslation();
  return (
    <>
      <label className="paper-choice">
        {t('worksheet.paper')}
        <select value={settings.paper} onChange={(e) => onChange({ ...settings, paper: e.target.value as PaperSize })}>
          {paperSizes.map((size) => (
            <option key={size} value={size}>
              {t(`worksheet.${size}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="large-print-choice">
        <input
          type="checkbox"
          checked={settings.largePrint}
          onChange={(e) => onChange({ ...settings, largePrint: e.target.checked })}
        />
        {t('print.largePrint')}
      </label>
    </>
  );
}
