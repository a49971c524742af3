import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { documentsDir } from './documents-dir';

const home = '/home/ana';
const files = (entries: Record<string, string>) => (file: string) => entries[file] ?? null;

describe('documentsDir', () => {
  it('is ~/Documents on macOS and Windows, whatever XDG says', () => {
    const env = { XDG_DOCUMENTS_DIR: '/elsewhere' };
    expect(documentsDir({ env, platform: 'darwin', home })).toBe(path.join(home, 'Documents'));
    expect(documentsDir({ env, platform: 'win32', home })).toBe(path.join(home, 'Documents'));
  });

  it('on Linux honours XDG_DOCUMENTS_DIR from the environment first, $HOME expanded', () => {
    const readText = files({ '/home/ana/.config/user-dirs.dirs': 'XDG_DOCUMENTS_DIR="/dirs"\n' });
    const at = (value: string) =>
      documentsDir({ env: { XDG_DOCUMENTS_DIR: value }, platform: 'linux', home, readText });
    expect(at('/data/Dokumente')).toBe('/data/Dokumente');
    expect(at('$HOME/Dokumente')).toBe('/home/ana/Dokumente');
    expect(at('relative/ignored')).toBe('/dirs');
  });

  it('then the DOCUMENTS line of user-dirs.dirs, under XDG_CONFIG_HOME when set', () => {
    const dirs = [
      '# written by xdg-user-dirs-update',
      'XDG_DESKTOP_DIR="$HOME/Schreibtisch"',
      'XDG_DOCUMENTS_DIR="$HOME/Dokumente"',
      '',
    ].join('\n');
    expect(
      documentsDir({
        env: {},
        platform: 'linux',
        home,
        readText: files({ '/home/ana/.config/user-dirs.dirs': dirs }),
      }),
    ).toBe('/home/ana/Dokumente');
    expect(
      documentsDir({
        env: { XDG_CONFIG_HOME: '/cfg' },
        platform: 'linux',
        home,
        readText: files({ '/cfg/user-dirs.dirs': 'XDG_DOCUMENTS_DIR="/srv/my \\"docs\\""' }),
      }),
    ).toBe('/srv/my "docs"');
  });

  it('else ~/Documents', () => {
    expect(documentsDir({ env: {}, platform: 'linux', home, readText: () => null })).toBe(
      '/home/ana/Documents',
    );
    expect(
      documentsDir({
        env: {},
        platform: 'linux',
        home,
        readText: () => 'XDG_MUSIC_DIR="$HOME/Music"\n',
      }),
    ).toBe('/home/ana/Documents');
  });
});
