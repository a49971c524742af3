export interface ContentsEntry {
  id: string;
  label: string;
}

/** Links to each part of the briefing and to the article; moves focus to the heading. */
export function ContentsRail({
  entries,
  onGo,
}: {
  entries: ContentsEntry[];
  onGo: (id: string) => void;
}) {
  return (
    <nav aria-label="Contents" className="contents">
      <h2 className="rail-heading">Contents</h2>
      <ul>
        {entries.map((e) => (
          <li key={e.id} className={e.id === 'sec-article' ? 'rail-article' : undefined}>
            <a
              href={`#${e.id}`}
              onClick={(event) => {
                event.preventDefault();
                onGo(e.id);
              }}
            >
              {e.label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
