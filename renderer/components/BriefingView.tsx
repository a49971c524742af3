import { useCallback, useMemo, useState } from 'react';
import type { Item, Span } from '../../app/core/briefing';
import type { OpenBriefing } from '../../app/ipc/contract';
import { api } from '../api';
import { ArticleText } from './ArticleText';

interface Props {
  open: OpenBriefing;
}

export function BriefingView({ open }: Props) {
  const { file } = open;
  const { briefing, article } = file;
  const [focused, setFocused] = useState<Span[]>([]);
  const [exportStatus, setExportStatus] = useState<string>('');
  const [exporting, setExporting] = useState(false);

  const exportMarkdown = useCallback(async () => {
    setExporting(true);
    setExportStatus('Exporting…');
    const result = await api.export.markdown({ path: open.path, notes: 'none' });
    setExporting(false);
    if (!result.ok) setExportStatus(`Export failed: ${result.error.message}`);
    else if (result.value === null) setExportStatus('Export cancelled.');
    else setExportStatus(`Saved ${result.value.path}`);
  }, [open.path]);

  const meta = useMemo(
    () =>
      [briefing.dateline, briefing.source.publisher, briefing.source.verified ? 'verified' : 'unverified']
        .filter(Boolean)
        .join(' · '),
    [briefing],
  );

  const renderItem = (item: Item) => (
    <li key={item.id}>
      <button
        type="button"
        className="claim"
        onClick={() => setFocused(item.sources)}
        onMouseEnter={() => setFocused(item.sources)}
        aria-label={`${item.text} — show source in article`}
      >
        {item.text}
      </button>
    </li>
  );

  return (
    <div className="layout">
      <header className="toolbar">
        <span className="app-name">Briefing Desk</span>
        <button type="button" onClick={() => void exportMarkdown()} disabled={exporting}>
          Export Markdown
        </button>
        <span role="status" className="export-status">
          {exportStatus}
        </span>
      </header>
      <main className="briefing">
        <article aria-labelledby="briefing-title">
          <h1 id="briefing-title">{briefing.title}</h1>
          <p className="meta">{meta}</p>
          <section aria-labelledby="bluf-heading" className="bluf">
            <h2 id="bluf-heading">Bottom line</h2>
            <ul>{briefing.bluf.map(renderItem)}</ul>
          </section>
          {briefing.sections.map((section) => (
            <section key={section.id} aria-labelledby={`${section.id}-h`}>
              <h2 id={`${section.id}-h`}>{section.heading}</h2>
              <ul>{section.items.map(renderItem)}</ul>
            </section>
          ))}
        </article>
        <section aria-labelledby="article-heading" className="article">
          <h2 id="article-heading">Article</h2>
          <ArticleText text={article.text} blocks={article.blocks} highlight={focused} />
        </section>
      </main>
    </div>
  );
}
