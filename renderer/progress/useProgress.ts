import { useEffect, useState } from 'react';
import type { CheckIn, SelfCheckResult } from '../../common/checkinApi';
import type { ProgressOverview } from '../../common/progress/overview';
import { call } from '../api/client';

/** Everything the progress screen shows, read once when it opens. */
export interface ProgressData {
  today: string;
  overview: ProgressOverview;
  checkIns: CheckIn[];
  selfChecks: SelfCheckResult[];
}

export type ProgressState =
  { status: 'loading' } | { status: 'failed'; message: string } | ({ status: 'ready' } & ProgressData);

/** Loads the overview and every check-in and self-check of the open profile (the "all" span needs them all). */
export function useProgress(): ProgressState {
  const [state, setState] = useState<ProgressState>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    Promise.all([call('getProgress', {}), call('getCheckinRange', {})]).then(
      ([progress, range]) => {
        if (live) {
          setState({
            status: 'ready',
            today: progress.today,
            overview: progress.overview,
            checkIns: range.checkIns,
            selfChecks: range.selfChecks,
          });
        }
      },
      (error: Error) => live && setState({ status: 'failed', message: error.message }),
    );
    return () => {
      live = false;
    };
  }, []);
  return state;
}
