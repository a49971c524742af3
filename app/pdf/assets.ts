/**
 * The print stylesheet with its fonts, for exported HTML (CLI, tests, and Electron main).
 *
 * Fonts are embedded as data: URLs rather than referenced as file: URLs. The Electron printer
 * loads the HTML into a sandboxed window from a data: URL or custom protocol, where file: fonts
 * are blocked; an exported .html file must also render correctly when mailed or moved. Embedding
 * keeps one self-contained document for every printer and lets the CSP stay `font-src data:`.
 * Cost: about 400 KB of base64 per document (nine subset woff2 files).
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

interface FontFace {
  family: 'Source Serif 4' | 'Inter';
  file: string;
  weight: number;
  style: 'normal' | 'italic';
  subset: 'latin' | 'latin-ext';
}

/** Unicode ranges from @fontsource's unicode.json; `latin` includes dotless ı (U+0131). */
const RANGES: Record<FontFace['subset'], string> = {
  latin:
    'U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD',
  'latin-ext':
    'U+0100-02BA,U+02BD-02C5,U+02C7-02CC,U+02CE-02D7,U+02DD-02FF,U+0304,U+0308,U+0329,U+1D00-1DBF,U+1E00-1E9F,U+1EF2-1EFF,U+2020,U+20A0-20AB,U+20AD-20C4,U+2113,U+2C60-2C7F,U+A720-A7FF',
};

const FACES: readonly FontFace[] = (['latin', 'latin-ext'] as const).flatMap((subset) => [
  {
    family: 'Source Serif 4',
    file: `source-serif-4-${subset}-400-normal.woff2`,
    weight: 400,
    style: 'normal',
    subset,
  },
  {
    family: 'Source Serif 4',
    file: `source-serif-4-${subset}-400-italic.woff2`,
    weight: 400,
    style: 'italic',
    subset,
  },
  {
    family: 'Source Serif 4',
    file: `source-serif-4-${subset}-600-normal.woff2`,
    weight: 600,
    style: 'normal',
    subset,
  },
  {
    family: 'Source Serif 4',
    file: `source-serif-4-${subset}-700-normal.woff2`,
    weight: 700,
    style: 'normal',
    subset,
  },
  {
    family: 'Inter',
    file: `inter-${subset}-400-normal.woff2`,
    weight: 400,
    style: 'normal',
    subset,
  },
  {
    family: 'Inter',
    file: `inter-${subset}-600-normal.woff2`,
    weight: 600,
    style: 'normal',
    subset,
  },
]);

/**
 * Finds the packaged `resources/` folder: `dir` when given, else the first ancestor of this
 * module holding `resources/print.css` (works from app/pdf in tsx/vitest and from out/cli).
 */
export function findResourcesDir(dir?: string): string {
  if (dir) return dir;
  let here = path.dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const candidate = path.join(here, 'resources');
    if (existsSync(path.join(candidate, 'print.css'))) return candidate;
    const parent = path.dirname(here);
    if (parent === here)
      throw new Error('Cannot find resources/print.css next to the application.');
    here = parent;
  }
}

const cache = new Map<string, string>();

/**
 * Returns the print stylesheet with @font-face rules whose sources are data: URLs. Cached per
 * resources folder. Throws when a bundled file is missing (a packaging error).
 */
export function loadPrintCss(resourcesDir?: string): string {
  const dir = findResourcesDir(resourcesDir);
  const cached = cache.get(dir);
  if (cached !== undefined) return cached;
  const faces = FACES.map((face) => {
    const data = readFileSync(path.join(dir, 'fonts', face.file)).toString('base64');
    return [
      '@font-face {',
      `  font-family: '${face.family}';`,
      `  font-style: ${face.style};`,
      `  font-weight: ${face.weight};`,
      '  font-display: block;',
      `  src: url(data:font/woff2;base64,${data}) format('woff2');`,
      `  unicode-range: ${RANGES[face.subset]};`,
      '}',
    ].join('\n');
  });
  const css = faces.join('\n') + '\n' + readFileSync(path.join(dir, 'print.css'), 'utf8');
  cache.set(dir, css);
  return css;
}
