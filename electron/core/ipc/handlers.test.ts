import { afterAll, describe, expect, it } from 'vitest';
import type { CaseFile } from '../../../shared/caseFile/schema';
import { checkLeaks } from '../../../shared/redaction';
import { removeTempFolders, tempFolder, TEST_KDF } from '../../../tests/helpers/vault';
import { openConfBackend } from '../prefs/confBackend';
import { createPrefsStore } from '../prefs/prefsStore';
import { VaultService } from '../vault/vaultService';
import { browserShell, createCoreHandlers } from './handlers';

afterAll(removeTempFolders);

const record: CaseFile = {
  format: 'case-file/1',
  subject: { fullName: 'Рябцев Глеб Андреевич', gender: 'male', city: 'Минск', occupation: 'инженер-технолог' },
};

describe('the core behind the app and the preview', () => {
  it('reads Russian with the same dictionaries as the command line, so the export gate finds declined forms', () => {
    createCoreHandlers({
      prefs: createPrefsStore(openConfBackend(tempFolder('safehold-prefs-'))),
      vaults: new VaultService({ kdf: TEST_KDF }),
      shell: browserShell,
      version: '1.0.0',
      preview: false,
    });
    const report = checkLeaks(record, 'До ареста он работал инженером-технологом на заводе.');
    expect(report.direct.concat(report.quasi).map((hit) => hit.text)).toContain('инженером-технологом');
  });
});
