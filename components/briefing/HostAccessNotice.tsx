import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../../lib/i18n';
import type { TabBridge } from './bridge';

export type HostAccessBridge = Pick<TabBridge, 'hasHostAccess' | 'requestHostAccess' | 'onHostAccessChange'>;

/** Whether Backstory may read pages (null until the first answer), kept live, and the request. */
function useHostAccess(bridge: HostAccessBridge): { granted: boolean | null; request: () => void } {
  const [granted, setGranted] = useState<boolean | null>(null);
  const check = useRef<() => void>(() => undefined);

  useEffect(() => {
    let disposed = false;
    // An older answer that arrives late must not overwrite a newer one.
    let token = 0;
    check.current = () => {
      const mine = ++token;
      bridge.hasHostAccess().then(
        (ok) => {
          if (!disposed && mine === token) setGranted(ok);
        },
        () => undefined,
      );
    };
    check.current();
    const off = bridge.onHostAccessChange(() => check.current());
    return () => {
      disposed = true;
      off();
    };
  }, [bridge]);

  const request = () => {
    // Nothing is awaited before the request: the browser prompts only inside the click's gesture.
    bridge.requestHostAccess().then(
      () => check.current(),
      () => check.current(),
    );
  };
  return { granted, request };
}

/**
 * Firefox lets the user withhold Backstory's access to websites, and then the
 * content script never runs and nothing says why. This says so at the top of
 * the popup, with the one click that fixes it. The live region is always
 * there, so the notice is announced when it appears.
 */
export function HostAccessNotice({ bridge }: { bridge: HostAccessBridge }) {
  const { granted, request } = useHostAccess(bridge);
  return (
    <div class="host-access" role="status">
      {granted === false ? (
        <div class="notice notice--warning">
          <p>{t('hostAccessMissing')}</p>
          <button type="button" class="button" onClick={request}>
            {t('hostAccessAllow')}
          </button>
        </div>
      ) : null}
    </div>
  );
}
