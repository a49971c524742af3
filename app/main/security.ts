/**
 * Session-wide hardening: serve the renderer from app:// with a strict CSP, deny every
 * permission, block every request that is not app:// (no network at run time), refuse
 * navigation and new windows, and open vetted http(s) links in the OS browser. The rules
 * themselves are pure functions in bundle-path.ts / bundle-file.ts, unit-tested there.
 */
import { app, protocol, shell, type Session, type WebContents } from 'electron';
import { readBundleFile } from './bundle-file';
import { APP_SCHEME, decideNavigation, isAllowedRequestUrl } from './bundle-path';

/** Must run before `app.whenReady()`. Also hardens every web contents created later. */
export function registerAppScheme(): void {
  // Sandbox every renderer, whatever its webPreferences say (defence in depth).
  app.enableSandbox();
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
  // Any window, view or hidden print window added later gets the same rules, not only the
  // one index.ts hardens by hand.
  app.on('web-contents-created', (_event, contents) => hardenContents(contents));
}

export function serveBundle(session: Session, root: string): void {
  session.protocol.handle(APP_SCHEME, async (request) => {
    const { status, headers, body } = await readBundleFile(root, request.url);
    return new Response(body, { status, headers });
  });
}

export function hardenSession(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
  // The spellchecker would fetch Hunspell dictionaries from Google's CDN.
  session.setSpellCheckerEnabled(false);
  session.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !isAllowedRequestUrl(details.url) });
  });
}

function openOutside(url: string): void {
  // The URL passed isAllowedExternalUrl inside decideNavigation (http(s), a host, no credentials).
  void shell.openExternal(url); // eng-disable OPEN_EXTERNAL_JS_CHECK -- url is vetted by decideNavigation's allow-list, tested in bundle-path.test.ts
}

const hardened = new WeakSet<WebContents>();

export function hardenContents(contents: WebContents): void {
  if (hardened.has(contents)) return;
  hardened.add(contents);
  const onNavigate = (event: { preventDefault(): void }, url: string) => {
    const decision = decideNavigation(url, 'navigate');
    if (decision === 'allow') return;
    event.preventDefault();
    if (decision === 'open-external') openOutside(url);
  };
  contents.on('will-navigate', onNavigate);
  contents.on('will-redirect', onNavigate);
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    if (decideNavigation(url, 'new-window') === 'open-external') openOutside(url);
    return { action: 'deny' };
  });
}
