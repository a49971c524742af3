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
  async dropFile(fileName: string, text: string): Promise<void> {
    const transfer = await this.page.evaluateHandle(
      ([name, body]) => {
        const dt = new DataTransfer();
        dt.items.add(new File([body], name, { type: 'text/plain' }));
        return dt;
      },
      [fileName, text] as const,
    );
    await this.dropZone().dispatchEvent('dragover', { dataTransfer: transfer });
    await this.dropZone().dispatchEvent('drop', { dataTransfer: transfer });
  }
}
