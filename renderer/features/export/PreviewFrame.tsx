import type { Paper } from '../../../app/export/options';

/** Page size in CSS px at 96 dpi: A4 210 × 297 mm, Letter 8.5 × 11 in. */
const PAGE: Record<Paper, { width: number; height: number }> = {
  a4: { width: 794, height: 1123 },
  letter: { width: 816, height: 1056 },
};
/** The preview shows the first page at this scale. */
const SCALE = 0.4;

/**
 * The export's first page, scaled down. The HTML (sanitised in main, no script) is shown in an
 * `<iframe sandbox="">` via srcdoc: an opaque origin with scripts, forms, popups, top navigation
 * and plugins all off, so even a sanitiser miss could not reach window.api or the page. A srcdoc
 * frame is not fetched and inherits the renderer's CSP, so no CSP change is needed: the HTML's
 * own CSP narrows it further (the embedded fonts are left out; see previewExport).
 */
export function PreviewFrame({ html, paper }: { html: string | null; paper: Paper }) {
  const page = PAGE[paper];
  return (
    <figure className="export-preview">
      <div
        className="export-preview-page"
        style={{ width: page.width * SCALE, height: page.height * SCALE }}
      >
        {html === null ? (
          <p className="muted">Preparing the preview…</p>
        ) : (
          <iframe
            sandbox=""
            srcDoc={html}
            title="Preview of the exported briefing"
            tabIndex={-1}
            style={{
              width: page.width,
              height: page.height,
              transform: `scale(${SCALE})`,
            }}
          />
        )}
      </div>
      <figcaption className="muted">First page, {paper === 'a4' ? 'A4' : 'Letter'}</figcaption>
    </figure>
  );
}
