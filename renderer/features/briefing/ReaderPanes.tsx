/**
 * The reader's four panes (DESIGN.md): contents, briefing, article, notes. Sizes are the
 * analyst's (saved per briefing by the caller); contents and notes collapse to nothing, and a
 * collapsed pane is inert so Tab and screen readers skip what cannot be seen.
 */
import { useState, type ReactNode, type RefObject } from 'react';
import {
  Group,
  Panel,
  Separator,
  type Layout,
  type PanelImperativeHandle,
} from 'react-resizable-panels';

interface Props {
  title: string;
  layout: Layout | undefined;
  onLayoutChanged: (layout: Layout) => void;
  contentsPanel: RefObject<PanelImperativeHandle | null>;
  notesPanel: RefObject<PanelImperativeHandle | null>;
  briefingScroll: RefObject<HTMLDivElement | null>;
  articleScroll: RefObject<HTMLDivElement | null>;
  /** Clicks on the text (a highlight shows its note). */
  onTextClick: (e: React.MouseEvent) => void;
  /** Told when the contents or notes pane collapses (true) or opens (false). */
  onHidden: (pane: 'contents' | 'notes', hidden: boolean) => void;
  contents: ReactNode;
  briefing: ReactNode;
  article: ReactNode;
  notes: ReactNode;
}

export function ReaderPanes({
  title,
  layout,
  onLayoutChanged,
  contentsPanel,
  notesPanel,
  briefingScroll,
  articleScroll,
  onTextClick,
  onHidden,
  contents,
  briefing,
  article,
  notes,
}: Props) {
  const [contentsHidden, setContentsHidden] = useState(false);
  const [notesHidden, setNotesHidden] = useState(false);
  return (
    <main className="panes-wrap" aria-label={title}>
      <Group
        id="briefing-layout"
        className="panes"
        orientation="horizontal"
        defaultLayout={layout}
        onLayoutChanged={onLayoutChanged}
      >
        <Panel
          id="contents"
          panelRef={contentsPanel}
          defaultSize="14"
          minSize="8"
          collapsible
          collapsedSize="0"
          onResize={(size) => {
            setContentsHidden(size.asPercentage === 0);
            onHidden('contents', size.asPercentage === 0);
          }}
        >
          {/* A collapsed pane is 0 px wide but still in the page: inert keeps Tab and screen readers out. */}
          <div className="pane" id="pane-contents" inert={contentsHidden}>
            {contents}
          </div>
        </Panel>
        <Separator className="separator" aria-label="Resize contents" />
        <Panel id="briefing" defaultSize="38" minSize="20">
          <div className="pane" ref={briefingScroll} onClick={onTextClick}>
            <section aria-label="Briefing">{briefing}</section>
          </div>
        </Panel>
        <Separator className="separator" aria-label="Resize article" />
        <Panel id="article" defaultSize="28" minSize="15">
          <div className="pane" ref={articleScroll} onClick={onTextClick}>
            {article}
          </div>
        </Panel>
        <Separator className="separator" aria-label="Resize notes" />
        <Panel
          id="notes"
          panelRef={notesPanel}
          defaultSize="20"
          minSize="14"
          collapsible
          collapsedSize="0"
          onResize={(size) => {
            setNotesHidden(size.asPercentage === 0);
            onHidden('notes', size.asPercentage === 0);
          }}
        >
          <div className="pane" id="pane-notes" inert={notesHidden}>
            {notes}
          </div>
        </Panel>
      </Group>
    </main>
  );
}
