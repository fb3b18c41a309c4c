import type { ProfileInfo, ProfilesState } from '../../common/dataApi';
import { createI18n } from '../../common/i18n/createI18n';
import { ApiFailure } from '../../common/result';
import type { AnswerStore } from '../store/answerStore';
import { IdleLock, systemClock, type Clock } from './idleLock';

const { t } = createI18n();

export interface ActiveProfileOptions {
  /** Time for the idle lock; tests pass a fake clock. */
  clock?: Clock;
  /** False when the clinic has turned idle locking off (idleLockMinutes: 0). */
  idleLock?: boolean;
}

/**
 * Which profile is in use, and its idle lock. Only that profile is ever
 * unlocked. A first run, or a computer with one profile and no passcode (and
 * nothing that needs attention), goes straight to it. A profile with a passcode
 * locks itself after its idle time, counted from the last call on its data or
 * the window's last activity report, whether or not a window is open.
 */
export class ActiveProfile {
  private activeId: string | null = null;
  private readonly idle: IdleLock;
  private readonly idleLockOn: boolean;

  constructor(
    private readonly store: AnswerStore,
    options: ActiveProfileOptions = {},
  ) {
    this.idleLockOn = options.idleLock ?? true;
    this.idle = new IdleLock(options.clock ?? systemClock, (profileId) => {
      store.lock(profileId).catch((error: unknown) => console.error('groundwork: idle lock failed', error));
    });
  }

  /** The profile in use (possibly locked), or null when one must be chosen. */
  get id(): string | null {
    return this.activeId;
  }

  /** The picker comes next: no profile is in use. */
  leave(): void {
    this.activeId = null;
  }

  /** Forgets a profile's key and stops its idle count. */
  async lock(profileId: string): Promise<void> {
    this.idle.stop(profileId);
    await this.store.lock(profileId);
  }

  /** What the picker and the profile bar show. Locks the profile in use if its idle time has passed. */
  async state(): Promise<ProfilesState> {
    const { store } = this;
    await store.prepare();
    // The idle timer may not have run yet (a busy process): nobody gets in after the idle time.
    if (this.activeId !== null && this.idle.expired(this.activeId)) await this.lock(this.activeId);
    const { profiles, attention } = await store.profiles.scan();
    if (this.activeId !== null && !profiles.some((p) => p.id === this.activeId)) {
      // Deleted, or its record stopped reading: its key must not stay in memory.
      await this.lock(this.activeId);
      this.activeId = null;
    }
    // Straight in only when nothing else needs to be seen, such as a profile that needs attention.
    const only = profiles.length === 1 && attention.length === 0 ? profiles[0] : undefined;
    if (this.activeId === null && only !== undefined && !only.hasPasscode) this.activeId = only.id;
    const active = profiles.find((p) => p.id === this.activeId);
    return {
      profiles,
      attention,
      activeId: this.activeId,
      unlocked: active !== undefined && (!active.hasPasscode || store.isUnlocked(active.id)),
      keyStore: store.profiles.options.keyStore.kind,
    };
  }

  /** The profile in use, once checked unlocked; `forbidden` otherwise. The call counts as use. */
  async current(): Promise<ProfileInfo> {
    const state = await this.state();
    const active = state.profiles.find((p) => p.id === state.activeId);
    if (active === undefined)
      throw new ApiFailure('forbidden', t('data.profiles.pickerIntro'), { reason: 'no-profile' });
    if (!state.unlocked) throw new ApiFailure('forbidden', t('data.lock.locked'), { reason: 'locked' });
    this.watch(active, false);
    return active;
  }

  /** Makes an unlocked profile the one in use, locking the one before; its idle count starts again. */
  async switchTo(profileId: string): Promise<ProfilesState> {
    if (this.activeId !== null && this.activeId !== profileId) await this.lock(this.activeId);
    this.activeId = profileId;
    const next = await this.state();
    const profile = next.profiles.find((p) => p.id === profileId);
    if (profile !== undefined) this.watch(profile, true);
    return next;
  }

  /** Starts, restarts or stops a profile's idle count, from what it is now. */
  private watch(profile: ProfileInfo, restart: boolean): void {
    const { idle } = this;
    if (!this.idleLockOn || !profile.hasPasscode || !this.store.isUnlocked(profile.id)) idle.stop(profile.id);
    else if (restart || !idle.isWatched(profile.id)) idle.watch(profile.id, profile.lockAfterMinutes * 60_000);
    else idle.touch(profile.id);
  }
}
