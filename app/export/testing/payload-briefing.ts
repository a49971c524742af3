/**
 * A briefing whose article, generated text and notes are all hostile or Markdown-significant
 * strings, for escaping and XSS tests. Pure.
 */
import type { Annotation } from '../../core/annotation';
import type { BriefingFile } from '../../core/briefing-file';
import { note, seedBriefing } from './seed-fixture';

/** Scripts that call `__xss(tag)` if they ever run, in every context the export has. */
export const XSS_PAYLOADS: readonly string[] = [
  '<script>__xss("script")</script>',
  '<img src=x onerror=__xss("img")>',
  '<svg onload=__xss("svg")>',
  '<iframe srcdoc="<script>parent.__xss(1)</script>"></iframe>',
  '<a href="javascript:__xss(\'a\')">click</a>',
  '[md link](javascript:__xss("md"))',
  '![img](javascript:__xss("mdimg"))',
  '<details open ontoggle=__xss("details")>',
  '<body onload=__xss("body")>',
  '<style>@import "http://evil/x.css";</style>',
  '<meta http-equiv="refresh" content="0;url=javascript:__xss(1)">',
  '"><script>__xss("attr")</script>',
  '<math><mtext><table><mglyph><style><img src=x onerror=__xss("mxss")>',
];

/**
 * The seed briefing with `payloads` appended to the article (one per line), each cited by a
 * BLUF item and a key figure, used as an actor name, and written as a note (alternating shared
 * and private) on its own words.
 */
export function payloadBriefing(base: BriefingFile, payloads: readonly string[]): BriefingFile {
  let text = base.article.text;
  const spans = payloads.map((p) => {
    text += '\n';
    const start = text.length;
    text += p;
    return { start, end: text.length };
  });
  const annotations: Annotation[] = payloads.map((p, i) =>
    note(`x${i}`, p, p, spans[i].start, {
      visibility: i % 2 === 0 ? 'shared' : 'private',
      body: { note: p, tags: [p.slice(0, 12)], colour: 'gap' },
    }),
  );
  const b = base.briefing;
  return {
    ...base,
    article: { ...base.article, text },
    briefing: {
      ...b,
      bluf: payloads.map((p, i) => ({ id: `xb${i}`, text: p, sources: [spans[i]] })),
      actors: payloads.map((p, i) => ({
        id: `xa${i}`,
        name: p,
        kind: 'person',
        role: p,
        mentions: [spans[i]],
      })),
      keyFigures: payloads.map((p, i) => ({
        id: `xk${i}`,
        value: p,
        text: p,
        sources: [spans[i]],
      })),
      sections: [
        {
          id: 'xs',
          kind: 'concerns',
          heading: payloads[0] ?? 'x',
          items: payloads.map((p, i) => ({ id: `xi${i}`, text: p, sources: [spans[i]] })),
        },
      ],
    },
    annotations,
  };
}

export { seedBriefing };
