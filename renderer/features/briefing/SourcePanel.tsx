import type { Span, SourceInfo } from '../../../app/core/briefing';
import { SOURCE_GRADES, type SourceGrade } from '../../../app/core/briefing-file';
import { VERIFICATION_LABELS, verificationOf } from '../../../app/core/verification';

export const GRADE_LABELS: Record<SourceGrade, string> = {
  A: 'A — Completely reliable',
  B: 'B — Usually reliable',
  C: 'C — Fairly reliable',
  D: 'D — Not usually reliable',
  E: 'E — Unreliable',
  F: 'F — Reliability cannot be judged',
};

interface Props {
  source: SourceInfo;
  grade: SourceGrade | null;
  onGrade: (grade: SourceGrade | null) => void;
  onSources: (spans: Span[], fromId: string) => void;
}

/** Publisher, the verification disclaimer and the analyst's Admiralty grade. */
export function SourcePanel({ source, grade, onGrade, onSources }: Props) {
  return (
    <section id="sec-source" aria-labelledby="source-h" className="source-panel">
      <h2 id="source-h" tabIndex={-1}>
        Source and reliability
      </h2>
      <dl>
        <dt>Publisher</dt>
        <dd>{source.publisher ?? 'Not stated in the article'}</dd>
        <dt>Verification</dt>
        <dd>
          {VERIFICATION_LABELS[verificationOf(source)]}.
          {!source.verified &&
            ' The briefing rests on this one article; check before relying on it.'}
        </dd>
        {source.disclaimer && (
          <>
            <dt>Publisher’s disclaimer</dt>
            <dd>
              <q>{source.disclaimer}</q>
            </dd>
          </>
        )}
      </dl>
      {source.sources.length > 0 && (
        <button
          type="button"
          id="src-source"
          className="small"
          onClick={() => onSources(source.sources, 'src-source')}
        >
          Source details — show source in article
        </button>
      )}
      <label className="grade">
        Source reliability (Admiralty){' '}
        <select
          value={grade ?? ''}
          onChange={(e) => onGrade(e.target.value === '' ? null : (e.target.value as SourceGrade))}
        >
          <option value="">Not graded</option>
          {SOURCE_GRADES.map((g) => (
            <option key={g} value={g}>
              {GRADE_LABELS[g]}
            </option>
          ))}
        </select>
      </label>
    </section>
  );
}
