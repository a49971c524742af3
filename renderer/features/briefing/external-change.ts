/** What the user is told when another program changed the open briefing file on disk. */
import type { BriefingChange } from '../../../app/ipc/contract';

function baseName(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}

export function externalChangeMessage(change: BriefingChange): string {
  switch (change.kind) {
    case 'reloaded':
      return 'This briefing was changed on disk by another program; you are now reading that version.';
    case 'conflict':
      return (
        'This briefing was changed on disk by another program while your last edits were being saved. ' +
        `Its version was kept; yours is saved beside it as ${baseName(change.conflictPath ?? '')}.`
      );
    case 'deleted':
      return 'This briefing’s file was deleted on disk. Your next edit saves it again.';
    case 'lock-lost':
      return 'Another Briefing Desk process took over this file; edits here are no longer saved. Open it again to continue.';
  }
}
