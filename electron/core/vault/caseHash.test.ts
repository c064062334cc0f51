import { afterAll, describe, expect, it } from 'vitest';
import { fixture, newVault, removeTempFolders } from '../../../tests/helpers/vault';
import { approvedVersionHash, contentHash, contentOf, published, versionHashes } from './caseHash';
import type { CaseRecord } from './caseRecord';

afterAll(removeTempFolders);

async function crossedApprovedCase(): Promise<CaseRecord> {
  const { vault } = await newVault();
  const [id] = vault.importCases([{ name: 'own-04.json', content: JSON.stringify(fixture('own-04-babruisk-metrologist')) }]);
  const record = vault.get(id!);
  vault.lock();
  return { ...record, state: 'approved', sync: { home: 'another-vault', lineage: [] } };
}

describe('the approved version a published case was', () => {
  it('is remembered by an export or a sent publication, whether or not the case had a publication id', async () => {
    const approved = await crossedApprovedCase();
    const before = contentHash(contentOf(approved));
    const exported = published(approved, 'pub-1', 'exported');
    expect(exported).toMatchObject({ state: 'exported', publicationId: 'pub-1', sync: { publishedFrom: before } });
    expect(approvedVersionHash(exported)).toBe(before);
    expect(versionHashes(exported)).toEqual([contentHash(contentOf(exported)), before]);
    // A publication sent first gives the id; the export after it still names the same approved version.
    const sent = published(approved, 'pub-2', 'approved');
    expect(approvedVersionHash(published(sent, 'pub-2', 'exported'))).toBe(before);
    // A case that had its id already (from an earlier round) keeps it.
    const withId = { ...approved, publicationId: 'pub-3' };
    expect(approvedVersionHash(published(withId, 'pub-3', 'exported'))).toBe(contentHash(contentOf(withId)));
  });

  it('vouches for nothing once the case changed: a mark left by an earlier round is checked, not trusted', async () => {
    const exported = published(await crossedApprovedCase(), 'pub-1', 'exported');
    const edited = { ...exported, state: 'redaction' as const };
    expect(approvedVersionHash(edited)).toBeNull();
    const otherStory = { ...exported, data: { ...exported.data, story: { title: 'Another', text: 'Another story.' } } };
    expect(approvedVersionHash(otherStory)).toBeNull();
    expect(versionHashes(otherStory)).toEqual([contentHash(contentOf(otherStory))]);
  });

  it('is not marked on a case that never left its vault', async () => {
    const { sync: _sync, ...atHome } = await crossedApprovedCase();
    expect(published(atHome, 'pub-1', 'exported').sync).toBeUndefined();
  });
});
