/**
 * Another program changed this briefing's file on disk (main's `briefing:changed`): show the
 * other program's version when main reloaded it, or say where our conflicting copy went.
 */
import { useEffect, useRef } from 'react';
import type { BriefingFile } from '../../../app/core/briefing-file';
import { api } from '../../api';
import { externalChangeMessage } from './external-change';

export function useExternalChanges(
  path: string,
  onReloaded: (file: BriefingFile) => void,
  onMessage: (text: string) => void,
): void {
  const callbacks = useRef({ onReloaded, onMessage });
  useEffect(() => {
    callbacks.current = { onReloaded, onMessage };
  });
  useEffect(
    () =>
      api.briefing.onChanged((change) => {
        if (change.path !== path) return;
        const { onReloaded, onMessage } = callbacks.current;
        if (change.kind !== 'reloaded') {
          onMessage(externalChangeMessage(change));
          return;
        }
        void api.briefing.open({ path }).then((r) => {
          if (!r.ok) {
            onMessage(`The file changed on disk and could not be reloaded: ${r.error.message}`);
            return;
          }
          onReloaded(r.value.file);
          onMessage(externalChangeMessage(change));
        });
      }),
    [path],
  );
}
