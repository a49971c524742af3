import { describe, expect, it } from 'vitest';
import { electronPrintOptions, footerTemplate, headerTemplate } from './print-templates';

describe('print templates', () => {
  it('carry the escaped handling banner with an explicit font size', () => {
    for (const template of [headerTemplate('TLP:AMBER <x>'), footerTemplate('TLP:AMBER <x>')]) {
      expect(template).toContain('TLP:AMBER &lt;x&gt;');
      expect(template).not.toContain('<x>');
      expect(template).toMatch(/font-size:9px/);
      expect(template).not.toMatch(/<script/i);
    }
  });

  it('number pages with Chromium’s pageNumber and totalPages classes', () => {
    expect(footerTemplate('TLP:RED')).toContain(
      'Page <span class="pageNumber"></span> of <span class="totalPages"></span>',
    );
  });

  it('colour the banner by TLP level', () => {
    expect(headerTemplate('TLP:RED')).toContain('color:#FF2B2B');
    expect(headerTemplate('tlp:amber+strict')).toContain('color:#FFC000');
    expect(headerTemplate('INTERNAL')).toContain('color:#FFFFFF');
  });

  it('give Electron the same templates with tagging and outline on', () => {
    const options = electronPrintOptions('TLP:GREEN');
    expect(options.generateTaggedPDF && options.generateDocumentOutline).toBe(true);
    expect(options.footerTemplate).toBe(footerTemplate('TLP:GREEN'));
  });
});
