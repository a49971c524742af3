import type { Locator, Page } from '@playwright/test';

/** The library (start screen with several briefings). */
export class LibraryScreen {
  constructor(readonly page: Page) {}

  heading(): Locator {
    return this.page.getByRole('heading', { level: 1, name: 'Library' });
  }

  pasteBox(): Locator {
    return this.page.getByLabel('Article text');
  }

  generateButton(): Locator {
    return this.page.getByRole('button', { name: 'Generate briefing' });
  }

  dropZone(): Locator {
    return this.page.getByRole('region', { name: 'Import an article' });
  }

  rows(): Locator {
    return this.page.getByRole('table').getByRole('row');
  }

  row(title: string | RegExp): Locator {
    return this.rows().filter({ has: this.page.getByRole('button', { name: title }) });
  }

  openButton(title: string | RegExp): Locator {
    return this.page.getByRole('table').getByRole('button', { name: title });
  }

  /** Drops a text file on the drop zone as the OS would (a DataTransfer holding a File). */
  /** Drops a file holding `content`: text (stored as UTF-8) or raw bytes. */
  async dropFile(fileName: string, content: string | Uint8Array): Promise<void> {
    const body = typeof content === 'string' ? content : [...content];
    const transfer = await this.page.evaluateHandle(
      ([name, data]) => {
        const dt = new DataTransfer();
        const part = typeof data === 'string' ? data : new Uint8Array(data);
        dt.items.add(new File([part], name, { type: 'text/plain' }));
        return dt;
      },
      [fileName, body] as const,
    );
    await this.dropZone().dispatchEvent('dragover', { dataTransfer: transfer });
    await this.dropZone().dispatchEvent('drop', { dataTransfer: transfer });
  }
}
