import { Fragment, useCallback, useEffect, useRef, useState, type JSX, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProfilesState } from '../../common/dataApi';
import { call, onProfileLocked } from '../api/client';
import { takeStartValue } from '../api/startData';
import { useHashRoute } from '../hooks/useHashRoute';
import { describeFailure } from './apiError';
import { HistoryPanel } from './HistoryPanel';
import { LockScreen } from './LockScreen';
import { ProfilePicker } from './ProfilePicker';
import { ProfileSettings } from './ProfileSettings';
import { StorageBanner } from './StorageBanner';
import { useIdleLock } from './useIdleLock';
import { Welcome } from './Welcome';
import { useLanguage } from '../language/LanguageProvider';
import './profiles.css';

/** Long enough for a lesson's last typed answer to be sent as it closes (its save waits 400 ms). */
const HAND_OVER_MS = 600;

type Gate = { status: 'loading' } | { status: 'failed'; message: string } | { status: 'ready'; state: ProfilesState };

/**
 * Shows the app only for an open profile: otherwise the welcome (no profile yet),
 * the profile picker or the lock screen. One profile with no passcode goes
 * straight in. The open (or locked) profile's language is the app's. While
 * open, it adds the profile bar, the storage warning, and the idle lock; when
 * locking, the lesson closes first so its pending answers are saved.
 */
export function ProfileGate({
  children,
  idleLock = true,
}: {
  children: ReactNode;
  /** False when the clinic has turned idle locking off (idleLockMinutes: 0); locking on demand still works. */
  idleLock?: boolean;
}): JSX.Element {
  const { t } = useTranslation();
  const route = useHashRoute();
  const [gate, setGate] = useState<Gate>(() => {
    // The page's own answer when it has one (renderer/api/startData.ts): the first screen needs no round trip.
    const state = takeStartValue<ProfilesState>('getProfiles', {});
    return state === undefined ? { status: 'loading' } : { status: 'ready', state };
  });
  const fromPage = useRef(gate.status === 'ready');
  const [generation, setGeneration] = useState(0);
  /** Set by End of group, so the profile picker can say the answers were saved. */
  const [ended, setEnded] = useState(false);

  useEffect(() => {
    if (fromPage.current) return;
    call('getProfiles', {}).then(
      (state) => setGate({ status: 'ready', state }),
      (error: unknown) => setGate({ status: 'failed', message: describeFailure(error).message }),
    );
  }, []);
  const update = useCallback((state: ProfilesState) => setGate({ status: 'ready', state }), []);
  // The main process locked the profile (its idle time passed): show the lock screen at once.
  useEffect(
    () =>
      onProfileLocked(() => {
        call('getProfiles', {}).then(update, () => undefined);
      }),
    [update],
  );

  const state = gate.status === 'ready' ? gate.state : null;
  const active = state?.profiles.find((p) => p.id === state.activeId) ?? null;
  const open = state !== null && active !== null && state.unlocked;
  const firstRun = state !== null && state.profiles.length === 0 && state.attention.length === 0;

  // The profile's language is in force while it is open or locked; with none, the clinic's or the system's.
  const { setProfileLanguage } = useLanguage();
  const profileLanguage = active?.language ?? null;
  useEffect(() => setProfileLanguage(profileLanguage), [profileLanguage, setProfileLanguage]);

  const lock = useCallback(
    async (leave: boolean, endOfGroup = false): Promise<void> => {
      setEnded(false);
      setGate({ status: 'loading' });
      await new Promise((resolve) => setTimeout(resolve, HAND_OVER_MS));
      try {
        update(await call('lockProfile', { leave }));
        setEnded(endOfGroup);
      } catch (error) {
        setGate({ status: 'failed', message: describeFailure(error).message });
      }
    },
    [update],
  );
  useIdleLock(open && idleLock && active.hasPasscode, active?.lockAfterMinutes ?? 10, () => void lock(false));

  if (gate.status === 'loading') return <p role="status">{t('app.loading')}</p>;
  if (gate.status === 'failed') {
    return (
      <p role="alert" className="form-error">
        {gate.message}
      </p>
    );
  }
  if (active === null && firstRun && !ended) return <Welcome onCreated={update} />;
  if (active === null) {
    return (
      <>
        {ended ? (
          <p role="status" className="group-ended">
            {t('data.profiles.groupEnded')}
          </p>
        ) : null}
        <ProfilePicker state={gate.state} onChange={update} />
      </>
    );
  }
  if (!gate.state.unlocked) {
    return <LockScreen profile={active} onUnlocked={update} onSwitch={() => void lock(true)} />;
  }
  return (
    <>
      <StorageBanner />
      <section className="profile-bar" aria-label={t('data.profiles.signedInAs', { name: active.name })}>
        <span className="profile-name">{t('data.profiles.signedInAs', { name: active.name })}</span>
        {route.name === 'lesson' ? (
          <HistoryPanel lessonId={route.lessonId} onRestored={() => setGeneration((g) => g + 1)} />
        ) : null}
        {active.hasPasscode ? (
          <button type="button" onClick={() => void lock(false)}>
            {t('data.profiles.lockNow')}
          </button>
        ) : null}
        <button type="button" onClick={() => void lock(true)}>
          {t('data.profiles.switch')}
        </button>
        {/* Same steps as Switch profile, named for the moment it is for, and confirmed on the picker. */}
        <button
          type="button"
          className="end-group"
          title={t('data.profiles.endGroupHint')}
          onClick={() => void lock(true, true)}
        >
          {t('data.profiles.endGroup')}
        </button>
        <ProfileSettings key={active.id} profile={active} onChange={update} />
        {gate.state.keyStore === 'file' && !active.hasPasscode ? (
          <p className="profile-key-note">{t('data.keyStore.none')}</p>
        ) : null}
      </section>
      <Fragment key={generation}>{children}</Fragment>
    </>
  );
}
