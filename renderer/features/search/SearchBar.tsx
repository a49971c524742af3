import { useEffect, useRef } from 'react';

interface Props {
  query: string;
  count: number;
  /** More matches exist than were counted. */
  capped?: boolean;
  index: number;
  onQuery: (q: string) => void;
  onStep: (delta: 1 | -1) => void;
  onClose: () => void;
  focusToken: number;
}

/** Ctrl+F: search briefing, article and notes; Enter / Shift+Enter step through hits. */
export function SearchBar({
  query,
  count,
  capped = false,
  index,
  onQuery,
  onStep,
  onClose,
  focusToken,
}: Props) {
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => {
    input.current?.focus();
    input.current?.select();
  }, [focusToken]);
  return (
    <div role="search" className="search-bar">
      <label htmlFor="find-input" className="visually-hidden">
        Search briefing, article and notes
      </label>
      <input
        id="find-input"
        ref={input}
        type="search"
        placeholder="Search briefing, article, notes"
        value={query}
        onChange={(e) => onQuery(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            onStep(e.shiftKey ? -1 : 1);
          } else if (e.key === 'Escape') {
            e.preventDefault();
            onClose();
          }
        }}
      />
      <span className="hit-count" role="status" aria-live="polite">
        {query.trim().length < 2
          ? ''
          : count === 0
            ? 'No matches'
            : `${(index + 1).toLocaleString('en-GB')} of ${count.toLocaleString('en-GB')}${capped ? '+' : ''}`}
      </span>
      <button
        type="button"
        onClick={() => onStep(-1)}
        disabled={count === 0}
        aria-label="Previous match"
      >
        ↑
      </button>
      <button
        type="button"
        onClick={() => onStep(1)}
        disabled={count === 0}
        aria-label="Next match"
      >
        ↓
      </button>
      <button type="button" onClick={onClose} aria-label="Close search">
        ✕
      </button>
    </div>
  );
}
