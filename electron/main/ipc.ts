import { SafeholdError } from '../../shared/errors';
import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { CHANNELS } from '../../shared/ipc/channels';
import { fail } from '../../shared/ipc/result';
import { dispatch, type Handlers } from '../core/ipc/dispatch';
import { isTrustedSender } from '../core/policy/sender';
import type { Dispose } from './dispose';

function senderFacts(event: IpcMainInvokeEvent) {
  const frame = event.senderFrame;
  return { url: frame?.url ?? null, isMainFrame: frame !== null && frame === event.sender.mainFrame };
}

/** Every channel of the contract is registered here and nowhere else. */
export function registerIpcHandlers(ipcMain: Pick<IpcMain, 'handle' | 'removeHandler'>, handlers: Handlers): Dispose {
  for (const channel of CHANNELS) {
    ipcMain.handle(channel, (event, argument: unknown) => {
      if (!isTrustedSender(senderFacts(event))) {
        return fail(new SafeholdError('ipc.forbiddenSender'));
      }
      return dispatch(handlers, channel, argument);
    });
  }
  return () => {
    for (const channel of CHANNELS) ipcMain.removeHandler(channel);
  };
}
