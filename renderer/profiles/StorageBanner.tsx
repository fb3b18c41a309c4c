import { useEffect, useState, type JSX } from 'react';
import { useTranslation } from 'react-i18next';
import type { StorageStatus } from '../../common/dataApi';
import { call } from '../api/client';

const POLL_MS = 2_000;

/**
 * A visible warning while answers cannot reach the disk (full disk, read-only
 * folder). The answers stay in the window and the store keeps retrying; the
 * banner says when everything is saved again.
 */
export function StorageBanner(): JSX.Element | null {
  const { t } = useTranslation();
  const [status, setStatus] = useState<StorageStatus | null>(null);
  const [recovered, setRecovered] = useState(false);
  const [dismissed, setDismissed] = useState<string[]>([]);

  useEffect(() => {
    let live = true;
    let hadProblem = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const check = (): void => {
      clearTimeout(timer);
      timer = undefined;
      call('getStorageStatus', {}).then(
        (next) => {
          if (!live) return;
          if (hadProblem && next.problem === null) setRecovered(true);
          if (next.problem !== null) setRecovered(false);
          hadProblem = next.problem !== null;
          setStatus(next);
          // Keep checking while saves are failing (a lesson's save status says so) or the store reports a problem.
          if (hadProblem || document.querySelector('.save-failed') !== null) timer = setTimeout(check, POLL_MS);
        },
        () => undefined,
      );
    };
    check();
    // Opening a lesson may restore a damaged file: look again right after its answers load. Over HTTP
    // (the browser host) the page's own loadAnswers request is watched, so no check is ever left
    // pending when the host stops; in Electron, whose main process outlives the page, a short delay does.
    let settle: ReturnType<typeof setTimeout> | undefined;
    const later = (): void => {
      clearTimeout(settle);
      settle = setTimeout(check, 1_500);
    };
    const loads = new PerformanceObserver((list) => {
      if (list.getEntries().some((e) => e.name.endsWith('/api/loadAnswers'))) check();
    });
    if (window.groundwork === undefined) loads.observe({ type: 'resource', buffered: false });
    else later();
    const onRoute = (): void => (window.groundwork === undefined ? undefined : later());
    // A failed save shows in the lesson's save status; start checking then, without polling all the time.
    const observer = new MutationObserver(() => {
      if (timer === undefined && document.querySelector('.save-failed') !== null) timer = setTimeout(check, 200);
    });
    observer.observe(document.body, { subtree: true, attributes: true, attributeFilter: ['class'], childList: true });
    window.addEventListener('hashchange', onRoute);
    return () => {
      live = false;
      clearTimeout(timer);
      clearTimeout(settle);
      loads.disconnect();
      observer.disconnect();
      window.removeEventListener('hashchange', onRoute);
    };
  }, []);

  const retry = async (): Promise<void> => setStatus(await call('retryStorage', {}));

  const notices = (status?.notices ?? []).filter((n) => !dismissed.includes(n));
  const noticeList =
    notices.length > 0 ? (
      <section className="notices" role="alert" aria-labelledby="data-notices-title">
        <h2 id="data-notices-title">{t('app.noticesTitle')}</h2>
        <ul>
          {notices.map((notice) => (
            <li key={notice}>{notice}</li>
          ))}
        </ul>
        <button type="button" onClick={() => setDismissed((d) => [...d, ...notices])}>
          {t('app.dismiss')}
        </button>
      </section>
    ) : null;

  if (status !== null && status.problem !== null) {
    return (
      <>
        {noticeList}
        <section className="storage-banner" role="alert" aria-labelledby="storage-title">
          <h2 id="storage-title">{t('data.storage.bannerTitle')}</h2>
          <p>{status.message}</p>
          <p>{t('data.storage.pending', { count: status.pendingFiles })}</p>
          <button type="button" onClick={() => void retry()}>
            {t('data.storage.retryNow')}
          </button>
        </section>
      </>
    );
  }
  return (
    <>
      {noticeList}
      {recovered ? (
        <p className="storage-ok" role="status">
          {t('data.storage.recovered')}
        </p>
      ) : null}
    </>
  );
}
