import { useEffect, useState } from 'react';
import type { SafeholdApi } from '../../../shared/ipc/api';
import type { VaultStatus } from '../../../shared/ipc/vaultSchemas';

const CLOSED: VaultStatus = { open: false, locked: true, folder: null, user: null, cases: null, unlockDelaySeconds: 0 };

/**
 * The vault's state as main reports it. Polled, so that a lock from elsewhere (the quick-lock
 * shortcut, sleep, screen lock) reaches the screen within seconds and the case data goes.
 */
export function useVaultStatus(api: SafeholdApi) {
  const [status, setStatus] = useState<VaultStatus>(CLOSED);
  useEffect(() => {
    let live = true;
    const poll = () => void api.vault.status().then((result) => live && result.ok && setStatus(result.value));
    poll();
    const timer = setInterval(poll, 3000);
    return () => {
      live = false;
      clearInterval(timer);
    };
  }, [api]);
  return { status, setStatus };
}
