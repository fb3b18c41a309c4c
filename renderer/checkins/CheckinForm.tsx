import { useEffect, useId, useState, type FormEvent, type JSX } from 'react';
import { useTranslation } from 'react-i18next';
import { NOTE_MAX, SLEEP_QUALITY_MAX, type CheckIn, type CheckInChoices } from '../../common/checkinApi';
import { addDays, localDay, startOfDay } from '../../common/checkinDates';
import { isSkillId } from '../../common/skills';
import { ScaleRadios } from '../../curriculum/components/exercises/ScaleInput';
import { call } from '../api/client';
import { lessonsHref } from '../hooks/useHashRoute';
import { LapsePanel } from './LapsePanel';
import { plainError } from './plainError';
import { SkillsField } from './SkillsField';
import './checkins.css';

interface Fields {
  mood: number | null;
  craving: number | null;
  stress: number | null;
  /** As typed, so "6.5" can be typed a character at a time; the store checks it. */
  sleepHours: string;
  sleepQuality: number | null;
  used: 'no' | 'yes' | null;
  skills: string[];
  ownSkills: string[];
  note: string;
}

const empty: Fields = {
  mood: null,
  craving: null,
  stress: null,
  sleepHours: '',
  sleepQuality: null,
  used: null,
  skills: [],
  ownSkills: [],
  note: '',
};

/** A saved check-in's answers as the form holds them (its day and times stay with the store). */
const fromCheckIn = (c: CheckIn): Fields => ({
  mood: c.mood,
  craving: c.craving,
  stress: c.stress,
  sleepHours: c.sleepHours === null ? '' : String(c.sleepHours),
  sleepQuality: c.sleepQuality,
  used: c.used,
  skills: c.skills,
  ownSkills: c.ownSkills,
  note: c.note,
});

type Status = { kind: 'idle' | 'saving' } | { kind: 'saved'; replaced: boolean } | { kind: 'failed'; message: string };

/**
 * The daily check-in: mood, craving and stress 0–10, sleep, whether they used,
 * skills and a note, every one skippable, for today or (late) yesterday. A
 * second save for a day updates it.
 */
export function CheckinForm({ initialDay }: { initialDay?: string }): JSX.Element {
  const { t, i18n } = useTranslation();
  const today = localDay(new Date());
  // "Wednesday, December 2" in the person's language; the stored day stays YYYY-MM-DD.
  const spoken = (day: string): string =>
    new Intl.DateTimeFormat(i18n.language, { weekday: 'long', month: 'long', day: 'numeric' }).format(
      startOfDay(day) ?? new Date(),
    );
  const yesterday = addDays(today, -1);
  const [date, setDate] = useState(initialDay === yesterday ? yesterday : today);
  const [fields, setFields] = useState<Fields>(empty);
  const [existing, setExisting] = useState(false);
  // The day whose stored check-in is in `fields`. Until it matches `date`, the
  // answers are not shown, so a click made before the load cannot be overwritten by it.
  const [loadedDay, setLoadedDay] = useState<string | null>(null);
  const [profileId, setProfileId] = useState<string | undefined>();
  const [choices, setChoices] = useState<CheckInChoices | null>(null);
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const [savedUsed, setSavedUsed] = useState(false);
  const ids = { day: useId(), hours: useId(), hoursHint: useId(), note: useId(), noteHint: useId(), used: useId() };

  useEffect(() => {
    call('getCheckInChoices', {}).then(setChoices, () => setChoices(null));
  }, []);
  useEffect(() => {
    let live = true;
    call('getCheckIn', { date }).then(
      (r) => {
        if (!live) return;
        setProfileId(r.profileId);
        setExisting(r.checkIn !== null);
        setFields(r.checkIn === null ? empty : fromCheckIn(r.checkIn));
        setLoadedDay(date);
      },
      (error: Error) => live && setStatus({ kind: 'failed', message: error.message }),
    );
    return () => {
      live = false;
    };
  }, [date]);

  const set = (patch: Partial<Fields>): void => setFields((f) => ({ ...f, ...patch }));

  const save = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    setStatus({ kind: 'saving' });
    const hours = fields.sleepHours.trim();
    try {
      const { replaced } = await call('saveCheckIn', {
        ...fields,
        // A skill id from a newer version of Groundwork cannot be saved by this one.
        skills: fields.skills.filter(isSkillId),
        sleepHours: hours === '' ? null : Number(hours.replace(',', '.')),
        date,
        profileId,
      });
      setExisting(true);
      setSavedUsed(fields.used === 'yes');
      setStatus({ kind: 'saved', replaced });
    } catch (error) {
      setStatus({ kind: 'failed', message: plainError(error) });
    }
  };

  const rating = (key: 'mood' | 'craving' | 'stress') => (
    <ScaleRadios
      legend={t(`checkins.form.${key}`)}
      legendClass="checkin-legend"
      max={10}
      minLabel={t(`checkins.form.${key}Min`)}
      maxLabel={t(`checkins.form.${key}Max`)}
      value={fields[key]}
      onChange={(value) => set({ [key]: value })}
      clearName={t(`checkins.form.${key}`)}
    />
  );

  return (
    <div className="checkin">
      <h1 tabIndex={-1}>{t('checkins.form.heading')}</h1>
      <p className="lead">{t('checkins.form.intro')}</p>
      <form onSubmit={(e) => void save(e)} noValidate>
        <fieldset className="checkin-day">
          <legend className="checkin-legend">{t('checkins.form.whichDay')}</legend>
          {[today, yesterday].map((day) => (
            <label key={day}>
              <input type="radio" name={ids.day} checked={date === day} onChange={() => setDate(day)} />
              {t(day === today ? 'checkins.form.today' : 'checkins.form.yesterday', { date: spoken(day) })}
            </label>
          ))}
        </fieldset>
        {loadedDay === date ? (
          <>
            {existing ? <p className="checkin-existing">{t('checkins.form.existing')}</p> : null}
            {rating('mood')}
            {rating('craving')}
            {rating('stress')}
            <fieldset className="checkin-sleep">
              <legend className="checkin-legend">{t('checkins.form.sleepHeading')}</legend>
              <label htmlFor={ids.hours}>{t('checkins.form.sleepHours')}</label>
              <input
                id={ids.hours}
                type="text"
                inputMode="decimal"
                autoComplete="off"
                className="checkin-hours"
                aria-describedby={ids.hoursHint}
                value={fields.sleepHours}
                onChange={(e) => set({ sleepHours: e.target.value })}
              />
              <p id={ids.hoursHint} className="hint">
                {t('checkins.form.sleepHoursHint')}
              </p>
              <fieldset className="checkin-choice">
                <legend>{t('checkins.form.sleepQuality')}</legend>
                {Array.from({ length: SLEEP_QUALITY_MAX + 1 }, (_, q) => (
                  <label key={q}>
                    <input
                      type="radio"
                      name={`${ids.hours}-quality`}
                      checked={fields.sleepQuality === q}
                      onChange={() => set({ sleepQuality: q })}
                    />
                    {t(`checkins.form.sleepQualityOption.${q}`)}
                  </label>
                ))}
              </fieldset>
            </fieldset>
            <fieldset className="checkin-choice" aria-describedby={ids.used}>
              <legend className="checkin-legend">{t('checkins.form.used')}</legend>
              <p id={ids.used} className="hint">
                {t('checkins.form.usedHint')}
              </p>
              {(['no', 'yes'] as const).map((answer) => (
                <label key={answer}>
                  <input
                    type="radio"
                    name={`${ids.used}-used`}
                    checked={fields.used === answer}
                    onChange={() => set({ used: answer })}
                  />
                  {t(answer === 'no' ? 'checkins.form.usedNo' : 'checkins.form.usedYes')}
                </label>
              ))}
            </fieldset>
            {choices === null ? null : (
              <SkillsField
                choices={choices}
                skills={fields.skills}
                ownSkills={fields.ownSkills}
                onChange={(next) => set(next)}
              />
            )}
            <div className="checkin-note">
              <label htmlFor={ids.note} className="checkin-legend">
                {t('checkins.form.note')}
              </label>
              <input
                id={ids.note}
                type="text"
                autoComplete="off"
                maxLength={NOTE_MAX}
                aria-describedby={ids.noteHint}
                value={fields.note}
                onChange={(e) => set({ note: e.target.value })}
              />
              <p id={ids.noteHint} className="hint">
                {t('checkins.form.noteHint', { max: NOTE_MAX })}
              </p>
            </div>
          </>
        ) : status.kind === 'failed' ? null : (
          <p className="checkin-loading">{t('checkins.form.loading')}</p>
        )}
        <div className="checkin-actions">
          <button type="submit" className="primary" disabled={status.kind === 'saving' || loadedDay !== date}>
            {status.kind === 'saving' ? t('checkins.form.saving') : t('checkins.form.save')}
          </button>
          <a href={lessonsHref}>{t('checkins.form.back')}</a>
        </div>
        <div role="status" className="checkin-status">
          {status.kind === 'saved' ? t(status.replaced ? 'checkins.form.updated' : 'checkins.form.saved') : null}
        </div>
        {status.kind === 'failed' ? (
          <p role="alert" className="form-error">
            {t('checkins.form.failed', { message: status.message })}
          </p>
        ) : null}
      </form>
      {status.kind === 'saved' && savedUsed && choices !== null ? <LapsePanel choices={choices} /> : null}
    </div>
  );
}
