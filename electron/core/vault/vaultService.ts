import { SafeholdError } from '../../../shared/errors';
import type { KdfParams } from '../crypto/sodium';
import { backupVault, restoreVault } from './backup';
import { Vault } from './vault';

/**
 * The one vault the app has open, as the IPC handlers see it. It hands out case data of the
 * unlocked vault only; keys, slots and passphrases never leave it.
 */
export class VaultService {
  private vault: Vault | null = null;
  private folder: string | null = null;

  constructor(private readonly options: { kdf?: KdfParams; onOpen?: (folder: string) => void } = {}) {}

  status() {
    const s = this.vault?.status();
    return {
      open: !!this.vault,
      locked: s?.locked ?? true,
      folder: this.folder,
      user: s?.user ?? null,
      cases: s?.cases ?? null,
      unlockDelaySeconds: this.vault && s?.locked ? this.vault.unlockDelay() : 0,
      integrityWarnings: s?.warnings ?? [],
    };
  }

  current(): Vault {
    if (!this.vault) throw new SafeholdError('vault.noneOpen');
    return this.vault;
  }

  async create(folder: string, adminName: string, passphrase: string) {
    this.close();
    const { vault, recoveryCode } = await Vault.create(folder, { adminName, passphrase, ...(this.options.kdf ? { kdf: this.options.kdf } : {}) });
    this.vault = vault;
    this.folder = folder;
    this.options.onOpen?.(folder);
    return { recoveryCode, status: this.status() };
  }

  async open(folder: string) {
    this.close();
    this.vault = await Vault.open(folder, this.options.kdf ? { kdf: this.options.kdf } : {});
    this.folder = folder;
    this.options.onOpen?.(folder);
    return this.status();
  }

  async unlock(name: string, passphrase: string) {
    await this.current().unlock(name, passphrase);
    return this.status();
  }

  lock() {
    this.vault?.lock();
    return this.status();
  }

  close() {
    this.vault?.lock();
    this.vault = null;
    this.folder = null;
  }

  async resetWithRecovery(recoveryCode: string, name: string, newPassphrase: string) {
    const folder = this.folder;
    if (!folder) throw new SafeholdError('vault.openFolderFirst');
    this.vault?.lock();
    await Vault.resetWithRecoveryCode(folder, recoveryCode, name, newPassphrase, this.options.kdf);
    // The header changed on disk: the open vault is replaced in one step, so it never looks closed.
    this.vault = await Vault.open(folder, this.options.kdf ? { kdf: this.options.kdf } : {});
    return this.status();
  }

  backup(folder: string) {
    return backupVault(this.current(), folder);
  }

  restore(file: string, folder: string, name: string, passphrase: string) {
    return restoreVault(file, folder, name, passphrase, undefined, this.options.kdf);
  }
}
