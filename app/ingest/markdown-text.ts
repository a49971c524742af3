/**
 * Inline Markdown reduced to the words a reader sees, so a Markdown article stores (and the
 * briefing quotes) "Some bold text about Paris", not "Some **bold** text about [Paris](http://x)".
 * Block structure stays as written — `#` headings, `---` rules, list markers, blank lines —
 * because the generator reads it. Every pattern is bounded, so a hostile line stays linear.
 */

/** Characters Markdown lets a backslash escape. */
const ESCAPABLE = '\\`*_{}[]()#+-.!>~|<';
/** Private-use stand-ins for escaped characters while markup is removed. */
const HOLD = 0xe000;

/** One to three backticks, not inside a longer run (a run of thousands stays linear). */
const CODE_SPAN = /(?<!`)(`{1,3})([^`\n]{1,1000}?)\1(?!`)/g;
const IMAGE =
  /!\[([^\]\n]{0,300})\]\((?:[^()\s]|\([^()\s]{0,200}\)){0,2000}(?:\s+(?:"[^"\n]{0,300}"|'[^'\n]{0,300}'))?\)/g;
const LINK =
  /\[([^\]\n]{1,300})\]\((?:[^()\s]|\([^()\s]{0,200}\)){0,2000}(?:\s+(?:"[^"\n]{0,300}"|'[^'\n]{0,300}'))?\)/g;
const REFERENCE_LINK = /\[([^\]\n]{1,300})\]\[[^\]\n]{0,100}\]/g;
const REFERENCE_DEFINITION = /^ {0,3}\[[^\]\n]{1,300}\]:[ \t]+\S+.*$/gm;
const AUTOLINK = /<((?:https?|ftp|mailto):[^\s<>]{1,2000})>/g;
const STRONG_STARS = /\*\*(?=[^\s*])([^*\n]{1,500}?)(?<=[^\s*])\*\*/g;
const STRONG_UNDERSCORES =
  /(?<![\p{L}\p{N}_])__(?=[^\s_])([^_\n]{1,500}?)(?<=[^\s_])__(?![\p{L}\p{N}_])/gu;
const EMPHASIS_STAR =
  /(?<![*\p{L}\p{N}\\])\*(?=[^\s*])([^*\n]{1,500}?)(?<=[^\s*])\*(?![*\p{L}\p{N}])/gu;
const EMPHASIS_UNDERSCORE =
  /(?<![\p{L}\p{N}_])_(?=[^\s_])([^_\n]{1,500}?)(?<=[^\s_])_(?![\p{L}\p{N}_])/gu;
const STRIKE = /~~(?=\S)([^~\n]{1,500}?)(?<=\S)~~/g;

/**
 * Removes inline Markdown from `text`: images become their alt text, links their text (the URL
 * goes), reference definitions are dropped, autolinks lose their brackets, inline code keeps
 * its content, emphasis (`**`, `__`, `*`, `_`) and `~~strike~~` their words, and backslash
 * escapes their character. Snake_case words, a lone `*` and `2 * 3` stay as written.
 */
export function reduceInlineMarkdown(text: string): string {
  const canHold = !/[\uE000-\uE0FF]/.test(text);
  let s = text;
  if (canHold) {
    s = s.replace(/\\([\\`*_{}[\]()#+\-.!>~|<])/g, (_, ch: string) =>
      String.fromCharCode(HOLD + ESCAPABLE.indexOf(ch)),
    );
  }
  // Code first, so markup inside it is left alone: its content is held like escapes.
  s = s.replace(CODE_SPAN, (_, _ticks: string, code: string) =>
    canHold ? hold(code.trim()) : code.trim(),
  );
  s = s
    .replace(REFERENCE_DEFINITION, '')
    .replace(IMAGE, '$1')
    .replace(LINK, '$1')
    .replace(REFERENCE_LINK, '$1')
    .replace(AUTOLINK, '$1')
    .replace(STRONG_STARS, '$1')
    .replace(STRONG_UNDERSCORES, '$1')
    .replace(EMPHASIS_STAR, '$1')
    .replace(EMPHASIS_UNDERSCORE, '$1')
    .replace(STRIKE, '$1');
  if (canHold) {
    s = s.replace(/[\uE000-\uE0FF]/g, (ch) => ESCAPABLE[ch.charCodeAt(0) - HOLD] ?? ch);
  }
  return s;
}

/** Replaces the markup characters in `code` with their held stand-ins. */
function hold(code: string): string {
  let out = '';
  for (const ch of code) {
    const i = '`*_[]()~<!\\'.includes(ch) ? ESCAPABLE.indexOf(ch) : -1;
    out += i >= 0 ? String.fromCharCode(HOLD + i) : ch;
  }
  return out;
}
