import { useEffect, useState, type JSX } from 'react';
import { useTranslation } from 'react-i18next';
import { addDays, localDay } from '../../common/checkinDates';
import { call } from '../api/client';
import { checkInHref, remindersHref, selfChecksHref } from '../hooks/useHashRoute';
import './checkins.css';
import { ClipboardCheck } from 'lucide-react';
import { Icon } from '../components/Icon';

interface Today {
  done: boolean;
  yesterdayDone: boolean;
  offered: number;
  due: number;
}

/**
 * The daily check-in's place on the home screen: whether today has one, a way in
 * (or to change it, or to fill in yesterday), and how many self-checks are ready.
 */
export function CheckinCard(): JSX.Element {
  const { t } = useTranslation();
  const [today, setToday] = useState<Today | null>(null);
  useEffect(() => {
    const day = localDay(new Date());
    let live = true;
    Promise.all([
      call('getCheckIn', { date: day }),
      call('getCheckIn', { date: addDays(day, -1) }),
      call('getSelfCheckStatus', {}),
    ]).then(
      ([now, before, status]) =>
        live &&
        setToday({
          done: now.checkIn !== null,
          yesterdayDone: before.checkIn !== null,
          offered: status.offered.length,
          due: status.offered.filter((o) => o.due).length,
        }),
      // The lessons matter more than the card: without its data it still offers the check-in.
      () => live && setToday({ done: false, yesterdayDone: true, offered: 0, due: 0 }),
    );
    return () => {
      live = false;
    };
  }, []);

  return (
    <section className="checkin-card" aria-labelledby="checkin-card-heading">
      <h2 id="checkin-card-heading">{t('checkins.entry.heading')}</h2>
      <p>{t('checkins.entry.intro')}</p>
      {today === null ? null : (
        <p className="checkin-today">{t(today.done ? 'checkins.entry.done' : 'checkins.entry.notYet')}</p>
      )}
      <p className="checkin-card-actions">
        <a className="button primary" href={checkInHref()}>
          <Icon icon={ClipboardCheck} />
          {t(today?.done === true ? 'checkins.entry.change' : 'checkins.entry.start')}
        </a>
        {today !== null && !today.yesterdayDone ? (
          <a href={checkInHref(addDays(localDay(new Date()), -1))}>{t('checkins.entry.yesterday')}</a>
        ) : null}
        <a href={remindersHref}>{t('reminders.screen.link')}</a>
      </p>
      {today !== null && today.offered > 0 ? (
        <p>
          <a href={selfChecksHref}>{t('checkins.entry.selfChecks')}</a>{' '}
          <span className="hint">
            {today.due > 0
              ? t('checkins.entry.selfChecksDue', { count: today.due })
              : t('checkins.entry.selfChecksNoneDue')}
          </span>
        </p>
      ) : null}
    </section>
  );
}
