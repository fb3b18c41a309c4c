import { useEffect, useRef, useState, type FormEvent, type JSX } from 'react';
import { useTranslation } from 'react-i18next';
import type { CrisisLine } from '../../common/api';
import type { MyPlans, SelfCheckResult } from '../../common/checkinApi';
import { localDay } from '../../common/checkinDates';
import { evaluateFlags, getInstrument, textIn, type Instrument, type LocalizedText } from '../../common/instruments';
import { call } from '../api/client';
import { selfChecksHref } from '../hooks/useHashRoute';
import { plainError } from './plainError';
import { SafetyScreen } from './SafetyScreen';
import { SelfCheckResultView } from './SelfCheckResultView';
import './checkins.css';

type Answers = Record<string, number | null>;

/** A self-check taken on screen, by instrument id; an unknown id says so. */
export function SelfCheckForm(props: { instrumentId: string; crisisLines: CrisisLine[] }): JSX.Element {
  const { t } = useTranslation();
  const instrument = getInstrument(props.instrumentId);
  if (instrument === undefined) {
    return (
      <div className="self-check">
        <h1 tabIndex={-1}>{t('checkins.selfChecks.heading')}</h1>
        <p role="alert">{t('checkins.errors.noInstrument', { id: props.instrumentId })}</p>
        <a href={selfChecksHref}>{t('checkins.selfChecks.again')}</a>
      </div>
    );
  }
  return <Questions instrument={instrument} crisisLines={props.crisisLines} />;
}

/**
 * Published wording in the screen's language where the instrument has it, else in
 * English, marked as such so a screen reader reads it in English (WCAG 3.1.2).
 */
function Worded({ text, lang }: { text: LocalizedText; lang: string }): JSX.Element {
  const shown = textIn(text, lang);
  return shown.language === lang ? <>{shown.text}</> : <span lang={shown.language}>{shown.text}</span>;
}

/**
 * Every question with its published answers. The moment an answer raises the
 * safety flag, the answers so far are saved (so the summary is marked) and the
 * calm safety screen replaces the questions; the person can go back to finish.
 */
function Questions({ instrument, crisisLines }: { instrument: Instrument; crisisLines: CrisisLine[] }): JSX.Element {
  const { t, i18n } = useTranslation();
  const [answers, setAnswers] = useState<Answers>({});
  const [safety, setSafety] = useState(false);
  const [plans, setPlans] = useState<MyPlans | null>(null);
  const [result, setResult] = useState<SelfCheckResult | null>(null);
  const [status, setStatus] = useState<{ kind: 'idle' | 'saving' } | { kind: 'failed'; message: string }>({
    kind: 'idle',
  });
  // Saves run one after another, so the final save updates the result a safety save made.
  const saving = useRef<Promise<SelfCheckResult | null>>(Promise.resolve(null));
  const profileId = useRef<string | undefined>(undefined);
  const date = useRef(localDay(new Date()));
  const lang = i18n.language;

  useEffect(() => {
    // Read before any answer, so the safety plan is there the moment it is needed.
    call('getMyPlans', {}).then(setPlans, () => setPlans(null));
    call('getSelfCheckStatus', {}).then(
      (s) => (profileId.current = s.profileId),
      () => undefined,
    );
  }, []);

  const save = (current: Answers): Promise<SelfCheckResult | null> => {
    saving.current = saving.current.then(async (previous) => {
      const { result: saved } = await call('saveSelfCheck', {
        instrumentId: instrument.id,
        date: date.current,
        answers: current,
        ...(previous === null ? {} : { resultId: previous.id }),
        ...(profileId.current === undefined ? {} : { profileId: profileId.current }),
      });
      return saved;
    });
    return saving.current;
  };

  const choose = (itemId: string, value: number): void => {
    const next = { ...answers, [itemId]: value };
    setAnswers(next);
    const raised = evaluateFlags(instrument, next).some((f) => f.id === 'safety');
    if (raised && !evaluateFlags(instrument, answers).some((f) => f.id === 'safety')) {
      setSafety(true);
      save(next).catch((error: Error) => setStatus({ kind: 'failed', message: error.message }));
    }
  };

  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    setStatus({ kind: 'saving' });
    try {
      setResult(await save(answers));
      setStatus({ kind: 'idle' });
    } catch (error) {
      // A failed save leaves the chain usable for the next try.
      saving.current = Promise.resolve(null);
      setStatus({ kind: 'failed', message: plainError(error) });
    }
  };

  useEffect(() => {
    if (result !== null) document.getElementById('result-heading')?.focus();
  }, [result]);

  if (safety) return <SafetyScreen crisisLines={crisisLines} plans={plans} onBack={() => setSafety(false)} />;

  const title = t(instrument.titleKey);
  return (
    <div className="self-check">
      <h1 tabIndex={-1}>{title}</h1>
      <p className="hint">
        {t(instrument.origin === 'published' ? 'instruments.common.published' : 'instruments.common.ownCheck')}
      </p>
      {result !== null ? (
        <SelfCheckResultView instrument={instrument} result={result} />
      ) : (
        <form onSubmit={(e) => void submit(e)} noValidate>
          {textIn(instrument.instructions, lang).language !== lang ? (
            <p className="hint">{t('instruments.common.shownInEnglish')}</p>
          ) : null}
          <p className="self-check-stem">
            <Worded text={instrument.instructions} lang={lang} />
          </p>
          <ol className="self-check-items">
            {instrument.items.map((item, index) => (
              <li key={item.id}>
                <fieldset>
                  <legend>
                    <span className="item-number" aria-hidden="true">
                      {index + 1}.
                    </span>
                    <span className="visually-hidden">
                      {t('checkins.selfChecks.questionOf', { number: index + 1, count: instrument.items.length })}:{' '}
                    </span>
                    <Worded text={item.text} lang={lang} />
                  </legend>
                  <div className="self-check-options">
                    {item.options.map((option) => (
                      <label key={option.value}>
                        <input
                          type="radio"
                          name={`${instrument.id}-${item.id}`}
                          checked={answers[item.id] === option.value}
                          onChange={() => choose(item.id, option.value)}
                        />
                        <Worded text={option.text} lang={lang} />
                      </label>
                    ))}
                  </div>
                </fieldset>
              </li>
            ))}
          </ol>
          <button type="submit" className="primary" disabled={status.kind === 'saving'}>
            {status.kind === 'saving' ? t('checkins.selfChecks.saving') : t('checkins.selfChecks.save')}
          </button>
          {status.kind === 'failed' ? (
            <p role="alert" className="form-error">
              {t('checkins.selfChecks.failed', { message: status.message })}
            </p>
          ) : null}
        </form>
      )}
      <footer className="self-check-source">
        <h2>{t('instruments.common.source')}</h2>
        {/* Citations are written in English, as published; marked so in a page in another language. */}
        {instrument.source.citations.map((c) => (
          <p key={c} lang="en">
            {c}
          </p>
        ))}
        <h2>{t('instruments.common.notice')}</h2>
        <p>
          <Worded text={instrument.licence.notice} lang={lang} />
        </p>
      </footer>
    </div>
  );
}
