import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CaseFile } from '../../../shared/caseFile/schema';
import { SafeholdError } from '../../../shared/errors';
import { redactStory, setRussianDictionarySource } from '../../../shared/redaction';
import { ADMIN, removeTempFolders, tempFolder, TEST_KDF } from '../../../tests/helpers/vault';
import { requireRussianMorphology } from '../morphology/nodeDictionaries';
import { Vault } from '../vault/vault';
import { exportCase, remainingRisks, submitForReview } from './publish';
import { saveRedaction } from './steps';

// The dictionaries are read once per process: this file's source fails from the start, as a
// damaged installation's would, and every gate must then refuse a Cyrillic text outright.
setRussianDictionarySource((file) => {
  throw new Error(`ENOENT: no such file, open '${file}'`);
});

afterAll(removeTempFolders);

const read = (name: string) => CaseFile.parse(JSON.parse(readFileSync(path.resolve('tests/fixtures', name), 'utf8')));
const russian = read('real/real-ru-33-minsk-shields-painter-two-diminutives.case.json');
// The teacher's story quotes a colleague in Russian: without that paragraph it is English only.
const teacher = read('own-01-lida-teacher.case.json');
const english: CaseFile = { ...teacher, story: { ...teacher.story!, text: teacher.story!.text.split('\n\n').filter((p) => !/\p{Script=Cyrillic}/u.test(p)).join('\n\n') } };

let dir: string;
let ids: { russian: string; english: string };

beforeAll(async () => {
  dir = path.join(tempFolder(), 'vault');
  const { vault } = await Vault.create(dir, { adminName: ADMIN.name, passphrase: ADMIN.passphrase, kdf: TEST_KDF });
  const [ru, en] = vault.importCases([
    { name: 'ru.json', content: JSON.stringify(russian) },
    { name: 'en.json', content: JSON.stringify(english) },
  ]) as [string, string];
  ids = { russian: ru, english: en };
  vault.lock();
});

async function unlocked() {
  const v = await Vault.open(dir, { kdf: TEST_KDF });
  await v.unlock(ADMIN.name, ADMIN.passphrase);
  return v;
}

const refusal = (run: () => unknown) => {
  try {
    run();
  } catch (err) {
    return err;
  }
  return null;
};

describe('without the Russian dictionaries', () => {
  it('a Cyrillic text is refused by name, with the file that failed', () => {
    const err = refusal(() => requireRussianMorphology('Насте дали два года'));
    expect(err).toBeInstanceOf(SafeholdError);
    expect((err as SafeholdError).key).toBe('redaction.noDictionaries');
    expect((err as SafeholdError).message).toMatch(/Russian dictionaries did not load \(dictionary file [\w.]+: ENOENT/);
  });

  it('an English text does not need them', () => {
    expect(() => requireRussianMorphology('Katsiaryna teaches in Lida')).not.toThrow();
  });

  it('the submit, risk and export gates refuse a Russian case instead of passing it unchecked', async () => {
    const v = await unlocked();
    const text = redactStory(russian).text;
    saveRedaction(v, ids.russian, v.get(ids.russian).version, { title: 'Мама рассказала о дочери', text, decisions: [] });
    for (const gate of [() => submitForReview(v, ids.russian), () => remainingRisks(v, ids.russian), () => exportCase(v, ids.russian, tempFolder())]) {
      expect((refusal(gate) as SafeholdError | null)?.key).toBe('redaction.noDictionaries');
    }
    v.lock();
  });

  it('a case whose story is English only still goes to review', async () => {
    const v = await unlocked();
    const saved = saveRedaction(v, ids.english, v.get(ids.english).version, { title: redactStory(english, english.story!.title!).text, text: redactStory(english).text, decisions: [] });
    expect(saved.redaction).toBeDefined();
    expect(submitForReview(v, ids.english).state).toBe('in-review');
    v.lock();
  });
});
