// Request Tracker 6's markup for tests built from RT 5 pages: structural, from RT 6.0.0's own templates.

/**
 * An RT page as RT 6 draws it after htmx swapped it in (bestpractical/rt share/html/Elements/Header, rt-6.0.0): <body
 * hx-boost="true"> keeps the id of the page first loaded (`firstPage`), and each .main-container opens with a <div>
 * whose hx-get is that page's own `address`.
 */
export function asRt6Page(doc: Document, firstPage: string, address: string): void {
  doc.body.setAttribute('hx-boost', 'true');
  doc.body.id = firstPage;
  doc.querySelector('.main-container')!.insertAdjacentHTML(
    'afterbegin',
    `<div hx-get="${address}" hx-trigger="mainContainerChanged from:body" hx-target="closest .main-container" hx-select=".main-container" hx-swap="outerHTML"></div>`,
  );
}
