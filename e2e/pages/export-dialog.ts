import type { Locator, Page } from '@playwright/test';

/** The export dialog, found by role and label as a user would. */
export class ExportDialog {
  constructor(readonly page: Page) {}

  /** The toolbar button that opens the dialog. */
  openButton(): Locator {
    return this.page.getByRole('button', { name: 'Export…' });
  }

  root(): Locator {
    return this.page.getByRole('dialog', { name: 'Export briefing' });
  }

  format(name: 'Markdown' | 'PDF' | 'HTML'): Locator {
    return this.root().getByRole('group', { name: 'Format' }).getByRole('radio', { name });
  }

  /** A notes choice; its name carries the count, e.g. "Shared (2)". */
  notes(name: 'None' | 'Shared' | 'All'): Locator {
    return this.root()
      .getByRole('group', { name: 'Notes' })
      .getByRole('radio', { name: new RegExp(`^${name}( \\(\\d+\\))?$`) });
  }

  marking(): Locator {
    return this.root().getByLabel('Marking', { exact: true });
  }

  customMarking(): Locator {
    return this.root().getByLabel('Custom marking');
  }

  paper(name: 'A4' | 'Letter'): Locator {
    return this.root().getByRole('group', { name: 'Paper' }).getByRole('radio', { name });
  }

  /** The sentence saying what is left out, e.g. "1 private note will be left out." */
  manifest(): Locator {
    return this.root().locator('#export-manifest');
  }

  preview(): Locator {
    return this.root().locator('iframe[title="Preview of the exported briefing"]');
  }

  exportButton(): Locator {
    return this.root().getByRole('button', { name: /^Export (PDF|Markdown|HTML)$/ });
  }

  progress(): Locator {
    return this.root().getByRole('progressbar', { name: 'Exporting' });
  }

  status(): Locator {
    return this.root().getByRole('status');
  }

  showInFolderButton(): Locator {
    return this.root().getByRole('button', { name: 'Show in folder' });
  }

  closeButton(): Locator {
    return this.root().getByRole('button', { name: 'Close' });
  }
}
