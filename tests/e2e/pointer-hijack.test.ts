// A page that moves Extra Mile's pointer under the agent's mouse and makes it unseen, so that a click meant for the
// desk's own button lands on the pointer (a review did it: the click opened the side panel). The pointer answers only
// a click on itself as it drew itself; the page's move is undone. In Debian's Chromium with the production build.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { connectSidePanel } from '../../scripts/side-panel';
import { DESK_PAGES } from '../../scripts/desk-pages';
import { EXTENSION_DIR, launchWithExtension, startDeskServer, waitForSidebar, type Browser, type DeskServer } from './harness';

const ZENDESK = DESK_PAGES.find((p) => p.file.endsWith('zendesk/ticket-refund-after-return.html'))!;
const URL = 'https://hijack.zendesk.com/agent/tickets/5512';
const ZOOMED = 'https://zoomed.zendesk.com/agent/tickets/5512';
const MODAL = 'https://modal.zendesk.com/agent/tickets/5512';
/** A modal dialog the page has open when Extra Mile draws its pointer, filling the window. */
const MODAL_PAGE = `<dialog id="merge" style="width:100vw;height:100vh;max-width:none;max-height:none;margin:0;padding:0;border:0">
<button id="confirm" style="width:100%;height:100%">Confirm merge</button></dialog><script>
window.__confirmed = 0;
document.getElementById('confirm').addEventListener('click', function () { window.__confirmed++; });
document.getElementById('merge').showModal();
</script>`;
/** A page zoomed out, and a script (as Dark Reader's) that adds its own variable to the pointer's inline style. */
const ZOOMED_PAGE = `<style>html { zoom: 0.8 }</style><script>
function mark() {
  var host = document.querySelector('extra-mile-sidebar');
  if (host && host.style.getPropertyValue('--darkreader-inline-bgcolor') !== '#222') host.style.setProperty('--darkreader-inline-bgcolor', '#222');
}
new MutationObserver(mark).observe(document.documentElement, { childList: true, subtree: true, attributes: true });
setInterval(mark, 50);
</script>`;
/**
 * The page's own Send button, and a script that hides the pointer over it: it moves the pointer under the mouse and
 * takes its opacity ('moved'), or (a review's second way) leaves it in place, makes its colours transparent by a
 * stylesheet in its shadow root and moves Send beneath it ('beneath').
 */
const HIJACK = `<button id="send" style="position:fixed;left:100px;top:100px;width:120px;height:32px">Send</button><script>
document.addEventListener('mousemove', function (e) {
  var host = document.querySelector('extra-mile-sidebar');
  if (!host || !window.__hijack) return;
  if (window.__hijack === 'wrapped') {
    // Into a wrapper of the page's own, unseen, slid under the mouse by the wrapper's transform: the pointer's own
    // style stays as written (a review's third way).
    var wrap = document.getElementById('wrap');
    if (!wrap) {
      wrap = document.createElement('div');
      wrap.id = 'wrap';
      wrap.style.cssText = 'position:fixed;left:0;top:0;opacity:0;z-index:2147483647';
      document.body.append(wrap);
    }
    if (host.parentNode !== wrap) wrap.append(host);
    wrap.style.transform = 'translate(' + (e.clientX - 40 - parseFloat(host.style.left)) + 'px,' + (e.clientY - 12 - parseFloat(host.style.top)) + 'px)';
    return;
  }
  if (window.__hijack === 'moved') {
    host.style.setProperty('left', (e.clientX - 40) + 'px', 'important');
    host.style.setProperty('top', (e.clientY - 12) + 'px', 'important');
    host.shadowRoot.querySelector('button').style.opacity = '0';
    return;
  }
  if (!host.shadowRoot.querySelector('style')) {
    var unseen = document.createElement('style');
    unseen.textContent = 'button, .count { color: transparent !important; background: transparent !important; box-shadow: none !important; }';
    host.shadowRoot.append(unseen);
  }
  var r = host.getBoundingClientRect();
  var send = document.getElementById('send');
  send.style.left = r.left + 'px';
  send.style.top = r.top + 'px';
}, true);
</script>`;

let server: DeskServer;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  server = await startDeskServer([
    { url: URL, file: ZENDESK.file, inject: HIJACK },
    { url: ZOOMED, file: ZENDESK.file, inject: ZOOMED_PAGE },
    { url: MODAL, file: ZENDESK.file, inject: MODAL_PAGE },
  ]);
  browser = await launchWithExtension(EXTENSION_DIR, server);
  page = browser.context.pages()[0] ?? (await browser.context.newPage());
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const panelOpens = () => connectSidePanel(browser.context, page, 2_000).then((panel) => (void panel.detach(), true), () => false);

it('a click on the pointer the page moved under the mouse and hid opens nothing; the pointer goes back; a plain click on it opens the panel', async () => {
  await page.goto(URL);
  await waitForSidebar(page);
  const pointer = page.locator('extra-mile-sidebar button');
  await pointer.waitFor({ state: 'visible' });
  const placed = (await pointer.boundingBox())!;
  const send = (await page.locator('#send').boundingBox())!;
  for (const way of ['wrapped', 'moved', 'beneath']) {
    await page.evaluate((way) => ((window as unknown as { __hijack: string | false }).__hijack = way), way);
    // Toward Send, then onto it where the page has put it by then.
    await page.mouse.move(send.x + send.width / 2 - 4, send.y + send.height / 2);
    const target = (await page.locator('#send').boundingBox())!;
    const [x, y] = [target.x + Math.min(20, target.width / 2), target.y + target.height / 2];
    await page.mouse.move(x, y);
    // The pointer is under the mouse, unseen: the agent sees only Send.
    expect(await page.evaluate((at) => document.elementFromPoint(at.x, at.y)?.localName, { x, y }), way).toBe('extra-mile-sidebar');
    await page.mouse.click(x, y);
    expect(await panelOpens(), way).toBe(false);
    // The page's move is undone at the press: the pointer stands where Extra Mile placed it. (The page's script stops,
    // and its opacity on the button goes: each way is tried alone.)
    await page.evaluate(() => {
      (window as unknown as { __hijack: string | false }).__hijack = false;
      (document.querySelector('extra-mile-sidebar')!.shadowRoot!.querySelector('button') as HTMLElement).style.removeProperty('opacity');
    });
    if (way === 'wrapped') {
      // Put back in the page's root, in the top layer, out of the page's wrapper (where Extra Mile's layout, run while it
      // was away, may have put it on another free spot).
      expect(await page.evaluate(() => {
        const host = document.querySelector('extra-mile-sidebar')!;
        return host.parentElement === document.documentElement && host.matches(':popover-open');
      })).toBe(true);
      continue;
    }
    await expect.poll(async () => {
      const box = (await pointer.boundingBox())!;
      return [Math.round(box.x), Math.round(box.y)];
    }, { message: way }).toEqual([Math.round(placed.x), Math.round(placed.y)]);
  }
  // The same pointer, clicked where it stands as drawn, opens the panel: the checks above could fail.
  await page.evaluate(() => document.querySelector('extra-mile-sidebar')!.shadowRoot!.querySelector('style')?.remove());
  await pointer.click();
  expect(await panelOpens()).toBe(true);
});

it("opens the panel on a plain click on a zoomed page whose script adds to the pointer's inline style", async () => {
  // The first test's panel is closed with its browser: a fresh one, so that the panel found is this click's.
  await browser.close();
  browser = await launchWithExtension(EXTENSION_DIR, server);
  page = browser.context.pages()[0] ?? (await browser.context.newPage());
  await page.goto(ZOOMED);
  await waitForSidebar(page);
  const pointer = page.locator('extra-mile-sidebar button');
  await pointer.waitFor({ state: 'visible' });
  await expect.poll(() => page.evaluate(() => (document.querySelector('extra-mile-sidebar') as HTMLElement).style.getPropertyValue('--darkreader-inline-bgcolor'))).toBe('#222');
  await pointer.click();
  expect(await panelOpens()).toBe(true);
});

// A review: drawn in the top layer above a modal dialog the page had open, the pointer was inert, and a click on it
// pressed the dialog's button beneath it. Under the dialog, what the agent sees on top is what the click reaches.
it('draws the pointer under a modal dialog the page has open, not over it', async () => {
  await page.goto(MODAL);
  await waitForSidebar(page);
  const host = page.locator('extra-mile-sidebar');
  const onTop = await host.evaluate((el) => {
    const r = el.getBoundingClientRect();
    const x = r.left + r.width / 2;
    const y = r.top + r.height / 2;
    return { popover: el.matches(':popover-open'), hit: document.elementFromPoint(x, y)?.id ?? document.elementFromPoint(x, y)?.localName };
  });
  expect(onTop).toEqual({ popover: false, hit: 'confirm' });
});
