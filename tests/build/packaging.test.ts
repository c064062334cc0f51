import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { FUSES } from '../../electron/core/policy/fuses';

const builder = parse(readFileSync('electron-builder.yml', 'utf8')) as Record<string, unknown>;

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? filesUnder(full) : [full];
  });
}

describe('electron-builder.yml', () => {
  it('names the app and its targets, with asar and no publishing', () => {
    expect(builder.appId).toBe('org.safehold.desktop');
    expect(builder.productName).toBe('Safehold');
    expect(builder.asar).toBe(true);
    expect(builder.publish).toBeNull();
    expect((builder.linux as { target: string[] }).target).toEqual(['AppImage', 'deb']);
    expect((builder.win as { target: string[] }).target).toEqual(['nsis']);
    expect((builder.mac as { target: string[] }).target).toEqual(['dmg']);
  });

  it('sets every fuse explicitly, to the typed value', () => {
    expect(builder.electronFuses).toEqual(FUSES);
  });

  it('never packages the development bridge', () => {
    const files = builder.files as string[];
    expect(files).toContain('!dist/dev/**');
    expect(files.some((f) => f.startsWith('dist/dev') || f === 'dist/**')).toBe(false);
  });
});

describe('the production build', () => {
  const shipped = ['dist/main', 'dist/preload', 'dist/renderer', 'dist/cli'].flatMap(filesUnder);

  it('exists (npm test builds before it runs)', () => {
    expect(shipped.length).toBeGreaterThan(4);
  });

  it('contains no trace of the test bridge', () => {
    for (const file of shipped) {
      const text = readFileSync(file, 'utf8');
      for (const marker of ['__safehold-bridge', 'x-safehold-bridge-token', 'safehold-bridge-token']) {
        expect(text.includes(marker), `${file} contains ${marker}`).toBe(false);
      }
    }
  });

  it('has a preload that requires nothing but electron', () => {
    const preload = readFileSync('dist/preload/preload.cjs', 'utf8');
    const required = [...preload.matchAll(/require\(["']([^"']+)["']\)/g)].map((m) => m[1]);
    expect(new Set(required)).toEqual(new Set(['electron']));
  });

  it('writes the CSP into index.html with no inline script', () => {
    const html = readFileSync('dist/renderer/index.html', 'utf8');
    expect(html).toContain('http-equiv="Content-Security-Policy"');
    expect(html).toContain("default-src 'none'");
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
  });
});
