/**
 * Text bound for a terminal. Notes, tags, ids and titles come from files anyone may have
 * written (an imported annotation, a shared briefing); an ESC or C1 sequence in them would
 * reach the terminal as a command: clear the screen, retitle the window, write the clipboard
 * (OSC 52). Human-readable output drops every C0/C1 control except newline and tab; JSON output
 * escapes them instead, so it stays exact.
 */

// Matching control characters is the point here.
// eslint-disable-next-line no-control-regex
const CONTROLS = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;
/** JSON.stringify already escapes C0; DEL and C1 it leaves raw. */
const RAW_IN_JSON = /[\u007F-\u009F]/g;

/** `text` without C0/C1 control characters other than `\n` and `\t`. */
export function terminalSafe(text: string): string {
  return text.replace(CONTROLS, '');
}

/**
 * `JSON.stringify(value, null, 2)` with DEL and C1 controls written as `\u0080`-style escapes:
 * the same JSON value, and no raw control character for a terminal to act on.
 */
export function jsonText(value: unknown): string {
  return escapeRaw(JSON.stringify(value, null, 2) ?? 'null');
}

/** {@link jsonText} on one line (no indentation), for one-record outputs such as `check --json`. */
export function compactJson(value: unknown): string {
  return escapeRaw(JSON.stringify(value) ?? 'null');
}

function escapeRaw(json: string): string {
  return json.replace(RAW_IN_JSON, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
