import path from 'node:path';
import { anonymousBundleName } from '../bundles/bundleFile';
import { pendingConflicts } from '../bundles/conflicts';
import { exportReceivedPublication, listPublications } from '../bundles/publications';
import { inspectBundle, receiveSteps } from '../bundles/receive';
import { resolveConflict } from '../bundles/resolve';
import { sendSteps } from '../bundles/send';
import { exportCard, importContact, revokeContact } from '../contacts/contactStore';
import { useNodeDictionaries } from '../morphology/nodeDictionaries';
import { readRegularFile } from '../files/regularFile';
import type { PrefsStore } from '../prefs/prefsStore';
import type { VaultService } from '../vault/vaultService';
import { approve, exportCase, remainingRisks, submitForReview } from '../workflow/publish';
import { requestChanges, saveRedaction } from '../workflow/steps';
import { BundleWork } from './bundleWork';
import type { Handlers } from './dispatch';
import { contactView, contactViews, writeOwnCard } from './contacts';

/** What only the shell can do (native dialogs, the clipboard); the preview has simpler ones. */
export interface ShellServices {
  chooseFolder(): Promise<string | null>;
  chooseFile(): Promise<string | null>;
  scheduleClipboardClear(seconds: number): void | Promise<void>;
}

export interface CoreServices {
  prefs: PrefsStore;
  vaults: VaultService;
  shell: ShellServices;
  version: string;
  preview: boolean;
}

export const CLIPBOARD_CLEAR_SECONDS = 30;

/** The preview and tests: no native dialog, and a browser clears its own clipboard. */
export const browserShell: ShellServices = {
  chooseFolder: async () => null,
  chooseFile: async () => null,
  scheduleClipboardClear: () => undefined,
};

/** The handlers are plain functions over the core: the shell and the test bridge share them. */
export function createCoreHandlers({ prefs, vaults, shell, version, preview }: CoreServices): Handlers {
  // Without a dictionary source the engine reads Russian by its tables alone, silently: the app's
  // export gate would then miss declined forms that `safehold export verify` finds.
  useNodeDictionaries();
  const vault = () => vaults.current();
  const bundles = new BundleWork();
  return bundles.guard({
    'app:info': () => ({ name: 'Safehold', version, preview }),
    'prefs:get': () => prefs.read(),
    'prefs:set': (patch) => prefs.update(patch),
    'vault:create': ({ folder, adminName, passphrase }) => vaults.create(folder, adminName, passphrase),
    'vault:open': ({ folder }) => vaults.open(folder),
    'vault:close': () => {
      vaults.close();
      return vaults.status();
    },
    'vault:unlock': ({ name, passphrase }) => vaults.unlock(name, passphrase),
    'vault:lock': () => vaults.lock(),
    'vault:status': () => vaults.status(),
    'vault:verify': () => vault().verify(),
    'vault:backup': ({ folder }) => vaults.backup(folder),
    'vault:restore': ({ file, folder, name, passphrase }) => vaults.restore(file, folder, name, passphrase),
    'cases:page': (request) => vault().casePage(request),
    'cases:get': ({ id }) => vault().get(id),
    'cases:create': ({ data, formDraft }) => vault().createCase(data, formDraft),
    'cases:save': ({ id, version, data, formDraft }) => vault().saveCase(id, version, data, formDraft),
    'cases:import': ({ files }) => ({ ids: vault().importCases(files) }),
    'cases:delete': ({ id, version }) => {
      vault().deleteCase(id, version);
      return { id };
    },
    'users:list': () => vault().users(),
    'users:add': async ({ name, passphrase, roles }) => {
      await vault().addUser(name, passphrase, roles);
      return vault().users();
    },
    'users:remove': ({ name }) => {
      vault().removeUser(name);
      return vault().users();
    },
    'users:changePassphrase': async ({ oldPassphrase, newPassphrase }) => {
      await vault().changePassphrase(oldPassphrase, newPassphrase);
      return vaults.status();
    },
    'vault:resetWithRecovery': ({ recoveryCode, name, newPassphrase }) => vaults.resetWithRecovery(recoveryCode, name, newPassphrase),
    'dialog:chooseFolder': async () => ({ folder: await shell.chooseFolder() }),
    'dialog:chooseFile': async () => ({ file: await shell.chooseFile() }),
    'contacts:list': () => contactViews(vault()),
    'contacts:myCard': () => {
      const { card, fingerprint } = exportCard(vault(), vault().status().user?.name ?? '');
      return { name: card.name, roles: card.roles, fingerprint };
    },
    'contacts:writeCard': ({ folder }) => writeOwnCard(vault(), folder),
    'contacts:import': ({ file, fingerprint }) => contactView(importContact(vault(), readRegularFile(file), fingerprint, path.basename(file))),
    'contacts:revoke': ({ fingerprint }) => {
      revokeContact(vault(), fingerprint);
      return contactViews(vault());
    },
    'bundles:send': ({ to, caseIds, folder, publication }) =>
      bundles.run(vault(), () => sendSteps(vault(), { to: [to], caseIds, file: path.join(folder, anonymousBundleName()), publication: publication ?? false })),
    'bundles:receive': ({ file }) => bundles.run(vault(), () => receiveSteps(vault(), file)),
    'bundles:inspect': ({ file }) => inspectBundle(vault(), file),
    'bundles:progress': () => bundles.progress(),
    'cases:resolveConflict': ({ id, keep }) => resolveConflict(vault(), id, keep),
    'cases:conflicts': () => pendingConflicts(vault()),
    'publications:list': () => listPublications(vault()),
    'publications:export': ({ publicationId, folder }) => exportReceivedPublication(vault(), publicationId, folder),
    'vault:reviewLaptop': () => ({ reviewLaptop: vault().reviewLaptop }),
    'vault:makeReviewLaptop': () => {
      vault().makeReviewLaptop();
      return { reviewLaptop: true };
    },
    'clipboard:scheduleClear': async () => {
      await shell.scheduleClipboardClear(CLIPBOARD_CLEAR_SECONDS);
      return { clearsInSeconds: CLIPBOARD_CLEAR_SECONDS };
    },
    'redaction:save': ({ id, version, title, text, decisions, purposes }) => saveRedaction(vault(), id, version, { title, text, decisions, purposes }),
    'workflow:submit': ({ id }) => submitForReview(vault(), id),
    'workflow:requestChanges': ({ id, comment }) => requestChanges(vault(), id, comment),
    'workflow:risks': ({ id }) => remainingRisks(vault(), id),
    'workflow:approve': ({ id, acceptedRisks }) => approve(vault(), id, acceptedRisks),
    'workflow:export': ({ id, folder }) => exportCase(vault(), id, folder),
    'audit:list': () => {
      const { entries, problem } = vault().audit();
      return { entries: entries.map(({ seq, time, user, action, target, finding }) => ({ seq, time, user, action, target, ...(finding ? { finding } : {}) })), problem };
    },
  });
}
