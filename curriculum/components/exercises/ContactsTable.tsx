import type { JSX } from 'react';
import { useTranslation } from 'react-i18next';
import type { LessonMode } from '../ExerciseContext';
import { RowTable } from './RowTable';

export interface Contact {
  /** Stable within its list (common/rows.ts). */
  id: string;
  name: string;
  phone: string;
}

interface ContactsTableProps {
  mode: LessonMode;
  label: string;
  hint?: string;
  contacts: readonly Contact[] | undefined;
  onChange(contacts: Contact[]): void;
  blankRows?: number;
}

/** People to call, each with a phone number, as part of a plan. */
export function ContactsTable({
  mode,
  label,
  hint,
  contacts,
  onChange,
  blankRows = 3,
}: ContactsTableProps): JSX.Element {
  const { t } = useTranslation();
  return (
    <RowTable<Contact & Record<string, string>>
      mode={mode}
      label={label}
      labelClass="field-label"
      hint={hint}
      columns={[
        { key: 'name', label: t('exercises.contacts.name'), kind: 'text' },
        { key: 'phone', label: t('exercises.contacts.phone'), kind: 'tel' },
      ]}
      rows={(contacts ?? []).map((c) => ({ ...c }))}
      onChange={(rows) => onChange(rows.map(({ id, name, phone }) => ({ id, name, phone })))}
      newRow={() => ({ name: '', phone: '' })}
      rowName={(i) => t('exercises.contacts.person', { section: label, number: i + 1 })}
      addLabel={t('exercises.contacts.add')}
      blankRows={blankRows}
    />
  );
}
