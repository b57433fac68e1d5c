// Writes the README's screenshots (docs/side-panel-*.png: the desk page with Extra Mile's side panel beside it, 1280 px
// wide) from the fixture desks, with the test build loaded:
//   node build.mjs && node dist/tools/screenshots.mjs
// The fixtures are the desks' markup without their stylesheets; for the pictures each gets a small stylesheet of our
// own that draws it roughly as the desk does (layout and colours only), so the panel is seen beside a desk, not bare HTML.
import { resolve } from 'node:path';
import { DESK_PAGES } from './desk-pages';
import { ROOT, TEST_EXTENSION_DIR, launchWithExtension, screenshotSidebar, startDeskServer } from './desk-server';

const BASE = `html,body{margin:0;font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;color:#2f3941;background:#f8f9f9}
a{color:#1f73b7;text-decoration:none}button{font:inherit}`;

/** Zendesk's agent workspace: a dark top bar with ticket tabs, the conversation as cards, the composer at the bottom. */
const ZENDESK_CSS = `${BASE}
[data-test-id="header"]{display:flex;align-items:center;gap:8px;height:44px;padding:0 12px;background:#03363d;color:#fff}
[data-test-id="header-tab"]{display:inline-flex;flex-direction:column;padding:4px 12px;border-radius:4px;background:#17494d;font-size:12px;line-height:1.3}
[data-test-id="header-tab-subtitle"]{opacity:.7}
#main_panes{padding:16px 20px}
[data-test-id="ticket-pane-header"]{font-size:18px;font-weight:600;margin-bottom:12px}
[data-test-id="omni-header-subject"]{display:block;width:100%;box-sizing:border-box;font:600 18px system-ui,sans-serif;border:1px solid transparent;background:none;padding:4px 0}
[data-test-id="omni-log-comment-item"]{display:block;background:#fff;border:1px solid #d8dcde;border-radius:6px;padding:10px 14px;margin:0 0 10px}
[data-test-id="omni-log-item-header"]{display:flex;gap:8px;font-size:12px;color:#68737d;margin-bottom:4px}
[data-test-id="omni-log-item-sender"]{font-weight:600;color:#2f3941}
[data-test-id="omni-log-item-message"][type="internal"]{background:#fff7e0;margin:-4px -8px;padding:4px 8px;border-radius:4px}
.zd-comment p{margin:0 0 6px}
[data-test-id="omnichannel-composer"]{background:#fff;border:1px solid #d8dcde;border-radius:6px;padding:8px 12px;margin-top:12px}
[data-test-id="omnicomposer-rich-text-ckeditor"]{min-height:70px;outline:none}`;

/** FreeScout: a light navbar, the conversation toolbar and subject, threads as cards, the customer in a side column. */
const FREESCOUT_CSS = `${BASE}
.navbar{height:44px;background:#005eb4;color:#fff;display:flex;align-items:center;padding:0 16px}.navbar a{color:#fff}
.hidden{display:none!important}
#conv-layout{display:grid;grid-template-columns:1fr 220px;gap:0 16px;padding:12px 16px}
#conv-layout-header{grid-column:1/3}
#conv-toolbar{display:flex;gap:12px;padding:6px 0;color:#72808e}
#conv-subject{font-size:19px;font-weight:600;padding:6px 0 12px}
#conv-subject input{font:600 19px system-ui,sans-serif;border:0;background:none;width:100%}
#conv-layout-customer{grid-column:2;grid-row:2;background:#fff;border:1px solid #dfe4e8;border-radius:4px;padding:12px;align-self:start}
#conv-layout-main{grid-column:1;grid-row:2}
.thread{display:flex;gap:10px;background:#fff;border:1px solid #dfe4e8;border-radius:4px;padding:12px;margin-bottom:10px}
.thread-type-note{background:#fffbe6}
.thread-photo,.conv-subj-editor{display:none}
.thread-header{font-size:12px;color:#72808e;margin-bottom:4px}`;

const SHOTS = [
  { file: 'docs/side-panel-zendesk.png', page: DESK_PAGES.find((p) => p.file.endsWith('zendesk/ticket-refund-after-return.html'))!, css: ZENDESK_CSS },
  { file: 'docs/side-panel-freescout.png', page: DESK_PAGES.find((p) => p.desk === 'freescout')!, css: FREESCOUT_CSS },
];

const server = await startDeskServer(SHOTS.map(({ page, css }) => ({ url: page.url, file: page.file, inject: `<style>${css}</style>` })));
try {
  const browser = await launchWithExtension(TEST_EXTENSION_DIR, server, { viewport: { width: 1280, height: 900 } });
  try {
    for (const shot of SHOTS) {
      await screenshotSidebar(browser.context, shot.page.url, resolve(ROOT, shot.file), { width: 1280, height: 900 });
      console.log(`✓ ${shot.file} (${shot.page.name}, ${shot.page.url})`);
    }
  } finally {
    await browser.close();
  }
} finally {
  await server.close();
}
