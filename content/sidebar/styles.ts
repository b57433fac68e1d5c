// The sidebar's only CSS. Sizes in px, never rem: rem would follow the page's root font size.
export const PANEL_WIDTH = 340;
export const TAB_WIDTH = 32;

const DARK =
  '--bg:#1b1f24;--fg:#e6edf3;--muted:#9ea7b3;--line:#353c45;--card:#232930;--accent:#6cb0ff;--on-accent:#0d1117;--mark:#5c4d00;--mark-fg:#fff3b0;color-scheme:dark;';

export const CSS = `
:host{all:initial}
:host{display:block}
@media print{:host{display:none!important}}
.root{height:100%}
.panel{--bg:#fff;--fg:#1f2328;--muted:#57606a;--line:#d0d7de;--card:#f6f8fa;--accent:#0a5fcc;--on-accent:#fff;--mark:#fff0a0;--mark-fg:#1f2328;color-scheme:light;
box-sizing:border-box;display:flex;flex-direction:column;height:100%;overflow:hidden;background:var(--bg);color:var(--fg);
font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;text-align:start;overflow-wrap:anywhere;
border-left:1px solid var(--line);border-bottom:1px solid var(--line);box-shadow:-4px 0 16px rgba(0,0,0,.12)}
.panel[data-theme=dark]{${DARK}}
@media (prefers-color-scheme:dark){.panel[data-theme=auto]{${DARK}}}
.panel[data-side=left]{border-left:0;border-right:1px solid var(--line);box-shadow:4px 0 16px rgba(0,0,0,.12)}
.panel[data-open=false]{height:auto;border:1px solid var(--line);border-right:0;border-radius:8px 0 0 8px}
.panel[data-side=left][data-open=false]{border:1px solid var(--line);border-left:0;border-radius:0 8px 8px 0}
*,*::before,*::after{box-sizing:border-box}
h2,h3,h4,p,ol,ul{margin:0;padding:0}
ul,ol{list-style:none}
button{font:inherit;font-size:13px;color:inherit;background:transparent;border:1px solid var(--line);border-radius:6px;padding:3px 9px;cursor:pointer;line-height:1.4}
button:hover{border-color:var(--accent)}
button[aria-pressed=true]{background:var(--accent);border-color:var(--accent);color:var(--on-accent)}
:focus{outline:none}
:focus-visible{outline:2px solid var(--accent);outline-offset:2px}
.head{display:flex;gap:8px;align-items:flex-start;padding:12px 12px 10px;border-bottom:1px solid var(--line)}
.panel[data-side=left] .toggle{order:1}
.titles{flex:1;min-width:0}
h2{font-size:15px;font-weight:650}
.source,.subject{font-size:12px;color:var(--muted);overflow:hidden;text-overflow:ellipsis;white-space:nowrap}
.toggle{flex:none;width:28px;height:28px;padding:0;font-size:18px;line-height:1;border-color:transparent}
.panel[data-open=false] .head{padding:0;border:0}
.panel[data-open=false] .toggle{width:${TAB_WIDTH - 1}px;height:auto;padding:12px 0;font-size:13px;font-weight:600;border:0;border-radius:inherit;writing-mode:vertical-rl}
.panel[data-side=right][data-open=false] .toggle{transform:rotate(180deg)}
.body{flex:1;min-height:0;overflow-y:auto;overscroll-behavior:contain;padding:12px}
.note{color:var(--muted)}
.note+.note{margin-top:6px}
.card{background:var(--card);border:1px solid var(--line);border-radius:8px;padding:12px;margin-bottom:12px}
.topic{font-size:11px;font-weight:600;letter-spacing:.04em;text-transform:uppercase;color:var(--muted)}
h3{font-size:15px;font-weight:650;margin:2px 0 6px}
h4{font-size:12px;font-weight:650;color:var(--muted);margin:10px 0 4px}
.steps{list-style:decimal;padding-left:20px;margin-top:6px}
.why li{font-size:12px;margin:3px 0}
.cue{font-weight:600}
.cue-note{color:var(--muted)}
.excerpt{display:block;color:var(--muted);overflow-wrap:anywhere}
mark{background:var(--mark);color:var(--mark-fg);border-radius:2px;padding:0 1px}
.phrase{border-top:1px solid var(--line);padding:8px 0}
.phrase p{margin-bottom:6px;overflow-wrap:anywhere}
.row{display:flex;flex-wrap:wrap;gap:6px;align-items:center}
.status{font-size:12px;color:var(--muted)}
.feedback{margin-top:8px;padding-top:8px;border-top:1px solid var(--line)}
.sr-only{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
`;
