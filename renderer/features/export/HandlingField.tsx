/** The export dialog's handling marking: a TLP level, or custom text of one short line. */

export const TLP_LEVELS = ['TLP:CLEAR', 'TLP:GREEN', 'TLP:AMBER', 'TLP:RED'] as const;
/** The contract's limit for export:run: the marking is printed in one line on every page. */
export const HANDLING_MAX = 80;

export interface HandlingChoice {
  level: (typeof TLP_LEVELS)[number] | 'custom';
  custom: string;
}

/** Preselects the briefing's own marking: its TLP level, or custom text. */
export function initialHandling(handling: string): HandlingChoice {
  const level = TLP_LEVELS.find((l) => l === handling.trim().toUpperCase());
  return level
    ? { level, custom: '' }
    : { level: 'custom', custom: handling.slice(0, HANDLING_MAX) };
}

/** The marking to send: the level, or the custom text trimmed ('' when none was typed). */
export function handlingValue(choice: HandlingChoice): string {
  return choice.level === 'custom' ? choice.custom.replace(/\s+/g, ' ').trim() : choice.level;
}

interface Props {
  choice: HandlingChoice;
  onChoice: (choice: HandlingChoice) => void;
  disabled: boolean;
}

export function HandlingField({ choice, onChoice, disabled }: Props) {
  const missing = choice.level === 'custom' && handlingValue(choice) === '';
  return (
    <fieldset disabled={disabled}>
      <legend>Handling</legend>
      <label htmlFor="export-marking">Marking</label>{' '}
      <select
        id="export-marking"
        value={choice.level}
        onChange={(e) => onChoice({ ...choice, level: e.target.value as HandlingChoice['level'] })}
      >
        {TLP_LEVELS.map((l) => (
          <option key={l} value={l}>
            {l}
          </option>
        ))}
        <option value="custom">Custom…</option>
      </select>
      {choice.level === 'custom' && (
        <div className="export-custom">
          <label htmlFor="export-custom-marking">Custom marking</label>
          <input
            id="export-custom-marking"
            type="text"
            value={choice.custom}
            maxLength={HANDLING_MAX}
            aria-invalid={missing}
            aria-describedby="export-custom-hint"
            onChange={(e) => onChoice({ ...choice, custom: e.target.value })}
          />
          <span id="export-custom-hint" className="muted">
            {missing
              ? 'Type the marking to print on every page.'
              : `Up to ${HANDLING_MAX} characters, one line.`}
          </span>
        </div>
      )}
    </fieldset>
  );
}
