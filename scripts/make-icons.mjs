// `npm run icons`: rasterises resources/icon.svg (the one icon source) with Chromium via
// playwright-core into resources/build/ for electron-builder, which then needs no icon tools:
//   icons/<n>x<n>.png (Linux), icon.png (1024), icon.ico (Windows), icon.icns (macOS),
//   and source.sha256 so a test notices when the PNGs are older than the SVG.
// Chromium: $CHROMIUM_PATH, else /usr/bin/chromium.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const source = join(root, 'resources', 'icon.svg');
const out = join(root, 'resources', 'build');
export const SIZES = [16, 24, 32, 48, 64, 128, 256, 512, 1024];
const ICO_SIZES = [16, 24, 32, 48, 64, 128, 256];
// Apple's PNG-carrying icns types (https://en.wikipedia.org/wiki/Apple_Icon_Image_format).
const ICNS_TYPES = {
  16: 'icp4',
  32: 'icp5',
  64: 'icp6',
  128: 'ic07',
  256: 'ic08',
  512: 'ic09',
  1024: 'ic10',
};

/** A Windows .ico holding each PNG as is (allowed since Vista). */
function ico(pngs) {
  const header = Buffer.alloc(6 + 16 * pngs.length);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(pngs.length, 4);
  let offset = header.length;
  pngs.forEach(({ size, data }, i) => {
    const at = 6 + 16 * i;
    header.writeUInt8(size >= 256 ? 0 : size, at);
    header.writeUInt8(size >= 256 ? 0 : size, at + 1);
    header.writeUInt16LE(1, at + 4);
    header.writeUInt16LE(32, at + 6);
    header.writeUInt32LE(data.length, at + 8);
    header.writeUInt32LE(offset, at + 12);
    offset += data.length;
  });
  return Buffer.concat([header, ...pngs.map((p) => p.data)]);
}

/** A macOS .icns of PNG entries. */
function icns(pngs) {
  const entries = pngs.map(({ size, data }) => {
    const head = Buffer.alloc(8);
    head.write(ICNS_TYPES[size], 0, 'ascii');
    head.writeUInt32BE(data.length + 8, 4);
    return Buffer.concat([head, data]);
  });
  const head = Buffer.alloc(8);
  head.write('icns', 0, 'ascii');
  head.writeUInt32BE(8 + entries.reduce((n, e) => n + e.length, 0), 4);
  return Buffer.concat([head, ...entries]);
}

const svg = readFileSync(source);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});
try {
  const page = await browser.newPage();
  const url = `data:image/svg+xml;base64,${svg.toString('base64')}`;
  const pngs = [];
  for (const size of SIZES) {
    await page.setViewportSize({ width: size, height: size });
    await page.setContent(
      `<html><body style="margin:0;background:transparent"><img src="${url}" width="${size}" height="${size}" style="display:block"></body></html>`,
    );
    await page.locator('img').evaluate((img) => img.decode());
    pngs.push({
      size,
      data: await page.screenshot({
        omitBackground: true,
        clip: { x: 0, y: 0, width: size, height: size },
      }),
    });
  }
  mkdirSync(join(out, 'icons'), { recursive: true });
  for (const { size, data } of pngs) writeFileSync(join(out, 'icons', `${size}x${size}.png`), data);
  writeFileSync(join(out, 'icon.png'), pngs.find((p) => p.size === 1024).data);
  writeFileSync(join(out, 'icon.ico'), ico(pngs.filter((p) => ICO_SIZES.includes(p.size))));
  writeFileSync(join(out, 'icon.icns'), icns(pngs.filter((p) => ICNS_TYPES[p.size])));
  writeFileSync(
    join(out, 'source.sha256'),
    `${createHash('sha256').update(svg).digest('hex')}  icon.svg\n`,
  );
  console.log(`icons: ${SIZES.join(', ')} px, icon.ico, icon.icns → ${out}`);
} finally {
  await browser.close();
}
