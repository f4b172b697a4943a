/* sitrep dashboard: building the DOM from data. Text from the store only ever becomes text nodes and attribute
   values (never markup), and links from data only http(s) or the dashboard's own. */
(function () {
  'use strict';
  const sitrep = window.sitrep = window.sitrep || {};

  /** A link target from data: http(s) or relative to the dashboard, else nothing ('#'). */
  function safeHref(u) {
    const s = String(u === null || u === undefined ? '' : u).trim();
    return /^(https?:\/\/|api\/|\?|#)/i.test(s) ? s : '#';
  }

  /** Appends children: nodes as they are, anything else as text (null, undefined and false are skipped). */
  function append(el, children) {
    for (const c of children.flat(Infinity)) {
      if (c === null || c === undefined || c === false) continue;
      el.append(c instanceof Node ? c : document.createTextNode(String(c)));
    }
    return el;
  }

  /**
   * An element: h('li', {class: 'x', dataset: {id: 'a'}, onclick: f, href: url}, 'text', child, [more]).
   * Attributes are set as values, children appended as text or nodes.
   */
  function h(tag, attrs, ...children) {
    const el = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === null || v === undefined || v === false) continue;
      if (k === 'class') el.className = v;
      else if (k === 'dataset') Object.assign(el.dataset, v);
      else if (k.startsWith('on') && typeof v === 'function') el.addEventListener(k.slice(2), v);
      else if (k === 'href') el.setAttribute('href', safeHref(v));
      else el.setAttribute(k, String(v));
    }
    return append(el, children);
  }

  /** Replaces el's children with the given ones. */
  function fill(el, ...children) {
    el.replaceChildren();
    return append(el, children);
  }

  function showError(el, e) {
    fill(el, h('p', {class: 'empty'}, 'Error: ' + e.message));
  }

  // a server started with --auth-reads asks for its token; it is kept for this tab only (sessionStorage)
  let asking = null;
  function askToken() {
    if (!asking) {
      asking = Promise.resolve(window.prompt('This sitrep server needs its API token:')).then(t => {
        if (t) sessionStorage.setItem('sitrep-token', t.trim());
        asking = null;
        return !!t;
      });
    }
    return asking;
  }

  async function api(path, retried) {
    const token = sessionStorage.getItem('sitrep-token');
    const r = await fetch(path, {headers: token ? {Authorization: 'Bearer ' + token} : {}});
    if (r.status === 401 && !retried && await askToken()) return api(path, true);
    const body = await r.json();
    if (!r.ok) {
      const e = new Error(body.error ? body.error.message : r.statusText);
      e.status = r.status;
      throw e;
    }
    return body;
  }

  /** The actors of an event side, by name (else as written), comma-separated. */
  function names(list) {
    return (list || []).map(a => a.name || a.text).filter(Boolean).join(', ');
  }

  /** An event type as a coloured chip (colour: type to CSS colour; set as a property, so CSP-safe). */
  function chip(type, colour) {
    const el = h('span', {class: 'type', dataset: {type: type || ''}}, type || '?');
    el.style.background = colour(type);
    return el;
  }

  Object.assign(sitrep, {h, fill, append, safeHref, showError, api, names, chip});
})();
