import type { Locator, Page } from '@playwright/test';

/** The briefing screen, found by role and label as a user would. */
export class MainScreen {
  constructor(readonly page: Page) {}

  /** The briefing's own title: the loading screen's hidden "Briefing Desk" heading is not it. */
  title(): Locator {
    return this.briefingRegion().getByRole('heading', { level: 1 });
  }

  sectionHeading(name: string | RegExp): Locator {
    return this.page.getByRole('heading', { level: 2, name });
  }

  status(): Locator {
    return this.page.getByRole('status').filter({ hasText: /saved|export/i });
  }

  articleRegion(): Locator {
    return this.page.getByRole('region', { name: 'Article' });
  }

  briefingRegion(): Locator {
    return this.page.getByRole('region', { name: 'Briefing' });
  }

  notes(): Locator {
    return this.page.getByRole('region', { name: /^Notes \(/ });
  }

  notesHeading(): Locator {
    return this.page.getByRole('heading', { name: /^Notes \(\d+\)$/ });
  }

  noteCards(): Locator {
    return this.page.getByRole('list', { name: 'Notes' }).getByRole('article');
  }

  selectionToolbar(): Locator {
    return this.page.getByRole('toolbar', { name: 'Annotate selection' });
  }

  noteEditor(name: 'New note' | 'Edit note'): Locator {
    return this.page.getByRole('form', { name });
  }

  sourceLinks(): Locator {
    return this.page.getByRole('button', { name: /show source in article/i });
  }

  /**
   * Selects `phrase` inside `scope` as a drag would leave it (a DOM Range on the page's
   * selection, scrolled into view), so the app sees the same selectionchange a mouse
   * selection makes.
   */
  async selectPhrase(scope: Locator, phrase: string): Promise<void> {
    await scope.evaluate((root, wanted) => {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      const nodes: { node: Text; start: number }[] = [];
      let text = '';
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        nodes.push({ node: n as Text, start: text.length });
        text += n.nodeValue ?? '';
      }
      const at = text.indexOf(wanted);
      if (at < 0) throw new Error(`"${wanted}" is not on the screen`);
      const locate = (pos: number, isEnd: boolean): [Text, number] => {
        for (const { node, start } of nodes) {
          const len = node.nodeValue?.length ?? 0;
          if (pos < start + len || (isEnd && pos === start + len)) return [node, pos - start];
        }
        throw new Error('out of range');
      };
      const [sn, so] = locate(at, false);
      const [en, eo] = locate(at + wanted.length, true);
      // A drag needs the words on screen: bring them into their pane's view first.
      sn.parentElement?.scrollIntoView({ block: 'center' });
      const range = document.createRange();
      range.setStart(sn, so);
      range.setEnd(en, eo);
      const selection = getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range);
    }, phrase);
  }
}
