import type { Locator, Page } from '@playwright/test';

/** The briefing screen, found by role and label as a user would. */
export class MainScreen {
  constructor(readonly page: Page) {}

  title(): Locator {
    return this.page.getByRole('heading', { level: 1 });
  }

  sectionHeading(name: string | RegExp): Locator {
    return this.page.getByRole('heading', { level: 2, name });
  }

  exportMarkdownButton(): Locator {
    return this.page.getByRole('button', { name: /export markdown/i });
  }

  status(): Locator {
    return this.page.getByRole('status').filter({ hasText: /saved|export/i });
  }

  articleRegion(): Locator {
    return this.page.getByRole('region', { name: 'Article' });
  }
}
