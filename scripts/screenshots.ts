// Writes the README's screenshots (docs/sidebar-*.png, 1280x800) from the fixture desks, with the test build loaded:
//   node build.mjs && node dist/tools/screenshots.mjs
import { resolve } from 'node:path';
import { DESK_PAGES } from './desk-pages';
import { ROOT, TEST_EXTENSION_DIR, launchWithExtension, screenshotSidebar, startDeskServer } from './desk-server';

const SHOTS = [
  { file: 'docs/sidebar-zendesk.png', page: DESK_PAGES.find((p) => p.file.endsWith('zendesk/ticket-refund-after-return.html'))! },
  { file: 'docs/sidebar-freescout.png', page: DESK_PAGES.find((p) => p.desk === 'freescout')! },
];

const server = await startDeskServer(SHOTS.map(({ page }) => ({ url: page.url, file: page.file })));
try {
  const browser = await launchWithExtension(TEST_EXTENSION_DIR, server, { viewport: { width: 1280, height: 800 } });
  try {
    for (const shot of SHOTS) {
      await screenshotSidebar(browser.context, shot.page.url, resolve(ROOT, shot.file));
      console.log(`✓ ${shot.file} (${shot.page.name}, ${shot.page.url})`);
    }
  } finally {
    await browser.close();
  }
} finally {
  await server.close();
}
