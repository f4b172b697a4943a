/* sitrep dashboard: live alerts from the desk (sitrep serve --watch). The latest alerts on load, then each new one
   from the server-sent events at api/alerts/stream (or, where the stream cannot be had, e.g. a server that needs
   a token for reads, by polling api/alerts). Each new alert calls onAlert, so the panels refresh without a reload. */
(function () {
  'use strict';
  const sitrep = window.sitrep = window.sitrep || {};
  const {h, api} = sitrep;
  const SHOWN = 30;

  /**
   * Starts the alerts panel in el. onAlert(alert) runs for each alert that arrives live; onOpen(alert) opens its
   * incident. Hides the panel's parent when the server runs no desk.
   */
  async function start(el, panel, onAlert, onOpen) {
    let last;
    try {
      last = (await api('api/alerts?since=999999999999999999')).last_seq;
    } catch (e) {
      if (e.status === 404) {
        panel.hidden = true; // no live desk on this server
        return;
      }
      return sitrep.showError(el, e);
    }
    panel.hidden = false;
    const list = h('ol', {id: 'alert-list', reversed: true});
    el.replaceChildren(list);
    const initial = last > 0 ? (await api('api/alerts?since=' + Math.max(0, last - SHOWN) + '&limit=' + SHOWN)).alerts : [];
    initial.forEach(a => add(list, a, onOpen, false));
    if (!initial.length) list.append(h('li', {class: 'empty', id: 'no-alerts'}, 'No alerts yet; they appear here as they are raised.'));
    let seen = last;
    const take = (a, live) => {
      if (a.seq <= seen) return;
      seen = a.seq;
      const none = document.getElementById('no-alerts');
      if (none) none.remove();
      add(list, a, onOpen, live);
      onAlert(a);
    };
    const poll = () => setInterval(async () => {
      try {
        (await api('api/alerts?since=' + seen)).alerts.forEach(a => take(a, true));
      } catch (e) {
        console.warn('alerts not polled', e);
      }
    }, 10000);
    if (sessionStorage.getItem('sitrep-token') || !window.EventSource) {
      poll(); // EventSource cannot send the token
      return;
    }
    const es = new EventSource('api/alerts/stream?since=' + seen);
    es.addEventListener('alert', ev => take(JSON.parse(ev.data), true));
    es.addEventListener('open', () => {
      document.body.dataset.live = 'open';
    });
    es.addEventListener('error', () => {
      if (es.readyState === EventSource.CLOSED) {
        document.body.dataset.live = 'polling';
        poll();
      }
    });
  }

  function add(list, a, onOpen, live) {
    const li = h('li', {class: 'alert alert-' + a.kind + (live ? ' fresh' : ''), dataset: {seq: a.seq, id: a.id}},
      h('span', {class: 'kind'}, a.kind.replace('_', ' ')), ' ',
      h('b', null, a.summary || a.title || a.incident), ' ',
      h('span', {class: 'meta'}, (a.raised || '').replace('T', ' ').slice(0, 19) + ' · rule ' + a.rule + ' · '
        + (a.sources || []).map(s => s.source || s.doc_id).join(', ')), ' ',
      h('button', {type: 'button', class: 'open-incident', onclick: () => onOpen(a, li)}, 'open'));
    list.prepend(li);
    while (list.children.length > SHOWN) list.lastChild.remove();
  }

  sitrep.live = {start};
})();
