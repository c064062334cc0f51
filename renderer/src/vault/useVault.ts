import { useCallback, useEffect, useState } from 'react';
import type { SafeholdApi } from '../../../shared/ipc/api';
import type { VaultStatus } from '../../../shared/ipc/vaultSchemas';
import { forgetCaseList } from './caseListMemory';

const CLOSED: VaultStatus = { open: false, locked: true, folder: null, user: null, cases: null, unlockDelaySeconds: 0, integrityWarnings: [] };

function sameStatus(a: VaultStatus, b: VaultStatus): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * The vault's state as main reports it. Polled, so that a lock from elsewhere (the quick-lock
 * shortcut, sleep, screen lock) reaches the screen within seconds and the case data goes. A
 * poll that finds nothing changed changes no state, so an idle window renders nothing.
 */
export function useVaultStatus(api: SafeholdApi) {
  const [status, setRawStatus] = useState<VaultStatus>(CLOSED);
  const setStatus = useCallback((next: VaultStatus) => {
    if (!next.open || next.locked) forgetCaseList();
    setRawStatus((current) => (sameStatus(current, next) ? current : next));
  }, []);
  useEffect(() => {
    let live = true;
    const poll = () => void api.vault.status().then((result) => live && result.ok && setStatus(result.value));
    poll();
    const timer = setInterval(poll, 3000);
    return () => {
      live = false;
      clearInterval(timer);
    };
  }, [api, setStatus]);
  return { status, setStatus };
}
