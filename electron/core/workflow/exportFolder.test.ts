import { existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { removeTempFolders, tempFolder } from '../../../tests/helpers/vault';
import { verifyExportFolder, writeExport, type StoryJson } from './exportFolder';

afterAll(removeTempFolders);

const story = (text = 'A story without names.'): StoryJson => ({
  format: 'safehold-publication/1', publicationId: 'pub1', title: 'A title', text, needs: [{ amount: 5, currency: 'EUR', purpose: 'rent' }], total: { EUR: 5 }, language: 'en',
  approval: { statement: {}, signature: 'AA', reviewerPublicKey: 'AA' },
});

describe('the export folder', () => {
  it('is created new, with the three files and nothing else beside or inside it', () => {
    const parent = tempFolder('safehold-export-');
    const folder = path.join(parent, 'publication');
    const files = writeExport(folder, story());
    expect(files.map((f) => path.basename(f)).sort()).toEqual(['story.html', 'story.json', 'story.md']);
    expect(readdirSync(folder).sort()).toEqual(['story.html', 'story.json', 'story.md']);
    expect(readdirSync(parent)).toEqual(['publication']);
  });

  it('may be an existing empty folder', () => {
    const folder = tempFolder('safehold-export-');
    writeExport(folder, story());
    expect(readdirSync(folder).sort()).toEqual(['story.html', 'story.json', 'story.md']);
  });

  it('is refused when it holds anything, and nothing in it is touched', () => {
    const folder = tempFolder('safehold-export-');
    writeFileSync(path.join(folder, 'story.json'), 'the person\'s own file');
    expect(() => writeExport(folder, story())).toThrow(/not empty/);
    expect(readFileSync(path.join(folder, 'story.json'), 'utf8')).toBe('the person\'s own file');
    expect(readdirSync(folder)).toEqual(['story.json']);
    expect(readdirSync(path.dirname(folder)).filter((n) => n.includes('safehold-') && n.startsWith('.'))).toEqual([]);
  });

  it('is refused when it is a symbolic link, even to an empty folder', () => {
    const parent = tempFolder('safehold-export-');
    const real = path.join(parent, 'real');
    mkdirSync(real);
    const link = path.join(parent, 'link');
    symlinkSync(real, link, 'dir');
    expect(() => writeExport(link, story())).toThrow(/symbolic link/);
    expect(readdirSync(real)).toEqual([]);
    expect(readdirSync(parent).sort()).toEqual(['link', 'real']);
  });

  it('is refused when it is a file', () => {
    const parent = tempFolder('safehold-export-');
    writeFileSync(path.join(parent, 'file'), 'x');
    expect(() => writeExport(path.join(parent, 'file'), story())).toThrow(/is a file/);
  });

  it('gets nothing, and keeps no temporary folder, when the story links to a remote resource', () => {
    const parent = tempFolder('safehold-export-');
    const folder = path.join(parent, 'publication');
    expect(() => writeExport(folder, story('Look: ![x](https://tracker.example/p.gif)'))).toThrow(/remote resources/);
    expect(existsSync(folder)).toBe(false);
    expect(readdirSync(parent)).toEqual([]);
  });

  it('is named damaged (exit 1 on the command line) when story.json is not JSON', () => {
    const folder = tempFolder('safehold-export-');
    writeFileSync(path.join(folder, 'story.json'), '{"format": "safehold-publication/1",');
    expect(() => verifyExportFolder(folder)).toThrow(expect.objectContaining({ code: 'damaged', message: expect.stringMatching(/not valid JSON/) }));
  });
});
