/**
 * Static checks on the Electron layer's source, for what the Electron binary (missing on the
 * build machine) would otherwise have to show at run time: the literal webPreferences of every
 * window or view anyone adds to app/main, where ipcMain and shell.openExternal may be used,
 * the session hardening wiring, and a Content-Security-Policy that is strict and identical in
 * the protocol header and renderer/index.html.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, isAllowedExternalUrl } from './bundle-path';

const repo = resolve(import.meta.dirname, '../..');
const WINDOW_CLASSES = new Set(['BrowserWindow', 'BrowserView', 'WebContentsView']);
const REQUIRED = {
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  webSecurity: true,
};
const FORBIDDEN_TRUE = [
  'nodeIntegrationInSubFrames',
  'nodeIntegrationInWorker',
  'allowRunningInsecureContent',
  'experimentalFeatures',
  'webviewTag',
  'plugins',
];

function sourcesIn(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.tsx?$/.test(e.name) && !/\.test\.tsx?$/.test(e.name))
    .map((e) => join(e.parentPath, e.name));
}

function parse(fileName: string, text: string): ts.SourceFile {
  return ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
}

function walk(node: ts.Node, visit: (n: ts.Node) => void): void {
  visit(node);
  node.forEachChild((child) => walk(child, visit));
}

function propertyName(p: ts.ObjectLiteralElementLike): string | null {
  if (!('name' in p) || p.name === undefined) return null;
  const name = p.name;
  return ts.isIdentifier(name) || ts.isStringLiteral(name) ? name.text : null;
}

function literalValue(expr: ts.Expression): boolean | string | undefined {
  if (expr.kind === ts.SyntaxKind.TrueKeyword) return true;
  if (expr.kind === ts.SyntaxKind.FalseKeyword) return false;
  if (ts.isStringLiteral(expr)) return expr.text;
  return undefined;
}

/**
 * Problems with the webPreferences of every `new BrowserWindow|BrowserView|WebContentsView`
 * in `text`: each must be an object literal written out in place (no variable, no spread)
 * with contextIsolation/sandbox/webSecurity true and nodeIntegration false as literals.
 */
export function findWindowProblems(
  fileName: string,
  text: string,
): { windows: number; problems: string[] } {
  const file = parse(fileName, text);
  const problems: string[] = [];
  let windows = 0;
  walk(file, (node) => {
    if (!ts.isNewExpression(node)) return;
    const callee = node.expression;
    const name = ts.isIdentifier(callee)
      ? callee.text
      : ts.isPropertyAccessExpression(callee)
        ? callee.name.text
        : '';
    if (!WINDOW_CLASSES.has(name)) return;
    windows += 1;
    const line = file.getLineAndCharacterOfPosition(node.getStart()).line + 1;
    const where = `${fileName}:${line} new ${name}`;
    const options = node.arguments?.[0];
    if (!options || !ts.isObjectLiteralExpression(options)) {
      problems.push(`${where}: options must be an object literal`);
      return;
    }
    const prefsProp = options.properties.find((p) => propertyName(p) === 'webPreferences');
    if (
      !prefsProp ||
      !ts.isPropertyAssignment(prefsProp) ||
      !ts.isObjectLiteralExpression(prefsProp.initializer)
    ) {
      problems.push(`${where}: webPreferences must be written out as an object literal`);
      return;
    }
    const prefs = prefsProp.initializer;
    const values = new Map<string, boolean | string | undefined>();
    for (const p of prefs.properties) {
      if (ts.isSpreadAssignment(p)) problems.push(`${where}: no spread inside webPreferences`);
      const key = propertyName(p);
      if (key === null) continue;
      values.set(key, ts.isPropertyAssignment(p) ? literalValue(p.initializer) : undefined);
    }
    for (const [key, wanted] of Object.entries(REQUIRED)) {
      if (values.get(key) !== wanted) problems.push(`${where}: needs literal ${key}: ${wanted}`);
    }
    for (const key of FORBIDDEN_TRUE) {
      if (values.has(key) && values.get(key) !== false)
        problems.push(`${where}: ${key} must be absent or false`);
    }
    if (values.has('enableBlinkFeatures'))
      problems.push(`${where}: enableBlinkFeatures is not allowed`);
    if (values.has('preload') && !/preload\/index\.cjs/.test(prefs.getText())) {
      problems.push(`${where}: the only preload is the contract bridge (preload/index.cjs)`);
    }
  });
  return { windows, problems };
}

/** Files (relative) whose source matches `pattern`, among app/main and app/preload sources. */
function filesMatching(pattern: RegExp): string[] {
  return [...sourcesIn(join(repo, 'app/main')), ...sourcesIn(join(repo, 'app/preload'))]
    .filter((f) => pattern.test(readFileSync(f, 'utf8')))
    .map((f) => relative(repo, f));
}

function read(rel: string): string {
  return readFileSync(join(repo, rel), 'utf8');
}

describe('webPreferences of every window', () => {
  it('are literal and secure in every app/main source', () => {
    let windows = 0;
    const problems: string[] = [];
    for (const file of sourcesIn(join(repo, 'app/main'))) {
      const found = findWindowProblems(relative(repo, file), readFileSync(file, 'utf8'));
      windows += found.windows;
      problems.push(...found.problems);
    }
    expect(problems).toEqual([]);
    expect(windows).toBeGreaterThanOrEqual(1);
  });

  it('the checker flags insecure or hidden preferences', () => {
    const secure = `contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true`;
    expect(
      findWindowProblems(
        'ok.ts',
        `new BrowserWindow({ show: false, webPreferences: { ${secure} } })`,
      ),
    ).toEqual({
      windows: 1,
      problems: [],
    });
    const cases: Record<string, string> = {
      sandboxOff: `new BrowserWindow({ webPreferences: { contextIsolation: true, sandbox: false, nodeIntegration: false, webSecurity: true } })`,
      implicit: `new BrowserWindow({ webPreferences: { nodeIntegration: false } })`,
      variable: `const prefs = {}; new BrowserWindow({ webPreferences: prefs })`,
      spread: `new BrowserWindow({ webPreferences: { ${secure}, ...more } })`,
      noOptions: `new BrowserWindow()`,
      hiddenPdf: `const w = new electron.BrowserWindow({ show: false })`,
      view: `new WebContentsView({ webPreferences: { ${secure}, nodeIntegrationInSubFrames: true } })`,
      insecure: `new BrowserWindow({ webPreferences: { ${secure}, allowRunningInsecureContent: true } })`,
      blink: `new BrowserWindow({ webPreferences: { ${secure}, enableBlinkFeatures: 'X' } })`,
      webSecurityOff: `new BrowserWindow({ webPreferences: { contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: false } })`,
      otherPreload: `new BrowserWindow({ webPreferences: { ${secure}, preload: '/tmp/evil.js' } })`,
    };
    for (const [label, source] of Object.entries(cases)) {
      expect(findWindowProblems(`${label}.ts`, source).problems.length, label).toBeGreaterThan(0);
    }
  });
});

describe('where the dangerous APIs may appear', () => {
  it('only app/main/ipc.ts registers IPC handlers (each goes through the sender check)', () => {
    expect(filesMatching(/\bipcMain\s*\??\.|\{[^}]*\bipcMain\b[^}]*\}\s*from/)).toEqual([
      'app/main/ipc.ts',
    ]);
    expect(read('app/main/ipc.ts')).toMatch(/answerIpc\(dispatcher, channel, event, payload\)/);
  });

  it('only app/main/security.ts opens computed external URLs, after the allow-list', () => {
    // Anywhere else (a Help menu item, say) openExternal may only take a literal http(s) URL.
    const problems: string[] = [];
    for (const file of [
      ...sourcesIn(join(repo, 'app/main')),
      ...sourcesIn(join(repo, 'app/preload')),
    ]) {
      const rel = relative(repo, file);
      const source = parse(rel, readFileSync(file, 'utf8'));
      walk(source, (node) => {
        if (!ts.isCallExpression(node)) return;
        const callee = node.expression;
        const name = ts.isPropertyAccessExpression(callee)
          ? callee.name.text
          : ts.isIdentifier(callee)
            ? callee.text
            : '';
        if (name !== 'openExternal') return;
        const [arg] = node.arguments;
        const literal =
          arg && (ts.isStringLiteral(arg) || ts.isNoSubstitutionTemplateLiteral(arg))
            ? arg.text
            : null;
        if (literal !== null ? isAllowedExternalUrl(literal) : rel === 'app/main/security.ts')
          return;
        const line = source.getLineAndCharacterOfPosition(node.getStart()).line + 1;
        problems.push(`${rel}:${line}: ${node.getText()}`);
      });
    }
    expect(problems).toEqual([]);
    const security = read('app/main/security.ts');
    expect(security).toMatch(/decideNavigation\(url, 'navigate'\)/);
    expect(security).toMatch(/decideNavigation\(url, 'new-window'\) === 'open-external'/);
  });

  it('the main process has no network client of its own', () => {
    expect(
      filesMatching(
        /from ['"](node:)?(http|https|http2|net|tls|dns|dgram)['"]|\bnet\.(fetch|request)\(|\bfetch\(|\bautoUpdater\b|\bcrashReporter\b/,
      ),
    ).toEqual([]);
  });

  it('nothing loads file:// or a remote page', () => {
    expect(filesMatching(/\.loadFile\(|loadURL\(\s*['"`](file|https?):/)).toEqual([]);
    expect(read('app/main/index.ts')).toMatch(/loadURL\(`\$\{APP_ORIGIN\}\/index\.html`\)/);
  });

  it('the preload exposes only the api object, never ipcRenderer itself', () => {
    const preload = read('app/preload/index.ts');
    expect(preload.match(/exposeInMainWorld\(/g)).toHaveLength(1);
    expect(preload).toMatch(/exposeInMainWorld\('api', api\)/);
    expect(preload).not.toMatch(/exposeInMainWorld\([^)]*ipcRenderer/);
    expect(preload).not.toMatch(/\binvoke: /);
  });
});

describe('session hardening is wired', () => {
  const security = read('app/main/security.ts');
  const index = read('app/main/index.ts');

  it('denies every permission request and check', () => {
    expect(security).toMatch(
      /setPermissionRequestHandler\(\(_contents, _permission, callback\) => callback\(false\)\)/,
    );
    expect(security).toMatch(/setPermissionCheckHandler\(\(\) => false\)/);
    expect(security).toMatch(/setDevicePermissionHandler\(\(\) => false\)/);
    expect(security).toMatch(/setSpellCheckerEnabled\(false\)/);
    expect(security).toMatch(/app\.enableSandbox\(\)/);
  });

  it('blocks every request the allow-list refuses', () => {
    expect(security).toMatch(
      /onBeforeRequest\(\(details, callback\) => \{\s*callback\(\{ cancel: !isAllowedRequestUrl\(details\.url\) \}\)/,
    );
  });

  it('limits navigation, new windows and webviews for every web contents', () => {
    expect(security).toMatch(/contents\.on\('will-navigate', onNavigate\)/);
    expect(security).toMatch(/contents\.on\('will-redirect', onNavigate\)/);
    expect(security).toMatch(/will-attach-webview', \(event\) => event\.preventDefault\(\)/);
    expect(security).toMatch(/setWindowOpenHandler\([\s\S]*return \{ action: 'deny' \};/);
    expect(security).toMatch(
      /app\.on\('web-contents-created', \(_event, contents\) => hardenContents\(contents\)\)/,
    );
  });

  it('main applies it to the default session before any window exists', () => {
    expect(index).toMatch(/^registerAppScheme\(\);$/m);
    const harden = index.indexOf('hardenSession(session.defaultSession)');
    const serve = index.indexOf('serveBundle(session.defaultSession');
    const firstWindow = index.indexOf('createWindow()', index.indexOf('whenReady'));
    expect(harden).toBeGreaterThan(0);
    expect(serve).toBeGreaterThan(0);
    expect(firstWindow).toBeGreaterThan(harden);
  });
});

/** A policy as directive → sorted sources. */
function parseCsp(policy: string): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) map.set(name.toLowerCase(), sources.sort());
  }
  return map;
}

function metaCsp(html: string): string | null {
  const match = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"/i.exec(html);
  return match ? match[1] : null;
}

describe('Content-Security-Policy', () => {
  const header = parseCsp(CONTENT_SECURITY_POLICY);

  it('allows no inline or remote script and no remote origin at all', () => {
    expect(header.get('default-src')).toEqual(["'none'"]);
    expect(header.get('script-src')).toEqual(["'self'"]);
    expect(header.get('connect-src')).toEqual(["'none'"]);
    expect(header.get('object-src')).toEqual(["'none'"]);
    expect(header.get('base-uri')).toEqual(["'none'"]);
    expect(header.get('frame-ancestors')).toEqual(["'none'"]);
    for (const [directive, sources] of header) {
      for (const source of sources) {
        expect(source, directive).not.toMatch(
          /^(https?:|wss?:|\*|'unsafe-eval'|'wasm-unsafe-eval'|'unsafe-hashes'|'strict-dynamic')/,
        );
        expect(source, directive).toMatch(/^('self'|'none'|'unsafe-inline'|data:)$/);
      }
      if (directive === 'script-src' || directive === 'default-src')
        expect(sources).not.toContain("'unsafe-inline'");
    }
  });

  it('the meta tag in renderer/index.html says the same (frame-ancestors only works as a header)', () => {
    const meta = metaCsp(read('renderer/index.html'));
    expect(meta).not.toBeNull();
    const expected = new Map(header);
    expected.delete('frame-ancestors');
    expect(parseCsp(meta!)).toEqual(expected);
  });

  it('the built out/renderer/index.html keeps it, with no inline script', () => {
    const built = join(repo, 'out/renderer/index.html');
    if (!existsSync(built)) return; // Built by `npm run build` / the e2e runner; the source check above always runs.
    const html = readFileSync(built, 'utf8');
    const expected = new Map(header);
    expected.delete('frame-ancestors');
    expect(parseCsp(metaCsp(html) ?? '')).toEqual(expected);
    for (const tag of html.match(/<script\b[^>]*>[\s\S]*?<\/script>/gi) ?? []) {
      expect(tag, 'every script is an external file of the bundle').toMatch(
        /^<script\b[^>]*\bsrc="\.?\/[^"]+"[^>]*>\s*<\/script>$/,
      );
    }
    expect(html).not.toMatch(/\son[a-z]+\s*=/i);
    expect(html).not.toMatch(/(src|href)="(https?:)?\/\//i);
  });
});
