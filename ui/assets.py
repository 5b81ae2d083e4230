"""The app's CSS and browser scripts (kept out of the layout code).

Status marks are text and CSS only: no emoji, which some machines have no font for."""

from __future__ import annotations

import json

CSS = """
#iqa-chat .message-content {max-width: 100%}
.iqa-sources {margin-top: 6px; font-size: 0.88em}
.iqa-sources > summary {cursor: pointer; font-weight: 600; color: #57606a}
.iqa-sources .iqa-card-head {font-size: 1.02em}
.iqa-none {color: #57606a; font-style: italic}
.iqa-card {border:1px solid #d0d7de; border-radius:8px; padding:6px 10px; margin:6px 0 0 0;
  cursor: pointer; background: var(--background-fill-primary)}
.iqa-card:hover, .iqa-card:focus {border-color:#0b5cad; outline: none;
  box-shadow: 0 0 0 1px #0b5cad}
.iqa-card.iqa-flash {box-shadow: 0 0 0 3px #e3b341}
.iqa-card-head {font-weight:600} .iqa-n, a.iqa-marker {color:#0b5cad}
a.iqa-marker {text-decoration: none; font-weight: 600; padding: 0 1px}
a.iqa-marker:hover {text-decoration: underline}
.iqa-meta, .iqa-where {font-size:0.85em; color:#57606a}
.iqa-passage {font-size:0.9em; margin-top:4px}
.iqa-open {font-size:0.8em; color:#0b5cad; margin-top:2px; text-align:right}
.iqa-open::after {content: " \\203A"}
mark.iqa-quote, .iqa-snip mark {background:#fff3a3; padding:0 1px; color: inherit}
.iqa-snip {font-size:0.88em; color:#57606a; margin-top:3px}
.iqa-doc-head h3 {margin: 0 0 2px 0}
.iqa-doc-head a, .iqa-card a {padding: 0 !important}
.iqa-doc-head {padding-bottom: 6px; border-bottom: 1px solid #d0d7de; margin-bottom: 6px}
.iqa-doc-chunk {white-space:pre-wrap; margin:0 0 10px 0; font-size:0.92em}
.iqa-hit {border-left:4px solid #e3b341; padding-left:8px}
.iqa-docbox {max-height:min(560px, 62vh); overflow-y:auto; position:relative}
.iqa-empty {color:#57606a; font-style: italic; padding: 8px 0}
.iqa-bridge {display: none !important}
.iqa-status-ok {color:#1a7f37; font-weight:600}
.iqa-status-bad {color:#cf222e; font-weight:600}
#iqa-ledger .body-cell, #iqa-ledger .body-cell *, #iqa-grades .body-cell,
#iqa-grades .body-cell * {font-family: var(--font) !important; font-size: 0.92em}
#iqa-library .body-cell, #iqa-library .body-cell * {font-family: var(--font) !important}
#iqa-library .body-cell {font-size: 0.95em}
#iqa-ledger .header-content, #iqa-grades .header-content, #iqa-library .header-content
{font-family: var(--font) !important}
#iqa-library .body-cell {cursor: pointer}
#iqa-remove-confirm {border: 1px solid #cf222e; border-radius: 8px; padding: 8px 10px;
  background: var(--background-fill-primary)}
"""

# Installed once by an invisible HTML component: a click (or Enter) on a source card, or on
# an [n] marker, asks the server to open that card's document. Card and marker ids name the
# turn and the card ("iqa-src-<turn>-<key>"), so an older answer opens its own sources. A
# marker also brings its card into view and flashes it.
BRIDGE_JS = """
if (!window.__iqaBridge) {
  window.__iqaBridge = true;
  const refOf = (t) => {
    const a = t.closest('a[href^="#iqa-src-"]');
    if (a) return {ref: a.getAttribute('href').slice(9), marker: true};
    if (t.closest('a')) return null;  // the card's own source link opens the source
    const card = t.closest('.iqa-card[id^="iqa-src-"]');
    return card ? {ref: card.id.slice(8), marker: false} : null;
  };
  const open = (e, hit) => {
    e.preventDefault(); e.stopPropagation();
    if (hit.marker) {
      const card = document.getElementById('iqa-src-' + hit.ref);
      if (card) {
        const box = card.closest('details'); if (box) box.open = true;
        card.scrollIntoView({block: 'nearest'});
        card.classList.add('iqa-flash');
        setTimeout(() => card.classList.remove('iqa-flash'), 1500);
      }
    }
    trigger('click', {ref: hit.ref});
  };
  document.addEventListener('click', (e) => {
    const hit = refOf(e.target); if (hit) open(e, hit);
  }, true);
  document.addEventListener('keydown', (e) => {
    if (e.key !== 'Enter' && e.key !== ' ') return;
    if (!e.target.classList || !e.target.classList.contains('iqa-card')) return;
    const hit = refOf(e.target); if (hit) open(e, hit);
  }, true);
}
"""


def scroll_js(container: str) -> str:
    """Scroll the document view in `container` (a CSS selector) to its marked passage, and
    bring the document's title into view when it is off screen."""
    sel = json.dumps(container)
    return (
        "() => { const root = document.querySelector(" + sel + "); if (!root) return; "
        "const box = root.querySelector('.iqa-docbox'); "
        "const hit = root.querySelector('.iqa-hit'); "
        "if (box) { box.scrollTop = hit ? box.scrollTop + hit.getBoundingClientRect().top "
        "- box.getBoundingClientRect().top - 12 : 0; } "
        "const head = root.querySelector('.iqa-doc-head') || root; "
        "const r = head.getBoundingClientRect(); "
        "if (r.top < 0 || r.top > window.innerHeight - 200) "
        "{ window.scrollBy(0, r.top - 16); } }"
    )


# After an answer: the conversation scrolled so that the latest question is at the top, its
# answer read from the start (the chat's own autoscroll would show the end of the cards).
LATEST_JS = """() => { setTimeout(() => {
  const chat = document.querySelector('#iqa-chat'); if (!chat) return;
  const users = chat.querySelectorAll('[data-testid="user"]');
  const last = users[users.length - 1]; if (!last) return;
  let box = last.parentElement;
  while (box && box !== chat && !(box.scrollHeight > box.clientHeight + 4
         && /(auto|scroll)/.test(getComputedStyle(box).overflowY))) { box = box.parentElement; }
  if (!box || box === chat) return;
  box.scrollTop += last.getBoundingClientRect().top - box.getBoundingClientRect().top - 40;
}, 450); }"""
