/* sitrep dashboard: timeline (brush filters every panel), offline map, actor network, events, quotes, storylines,
   the incident page and live alerts. Filters live in the URL, so a view can be shared. Plain D3 + topojson-client,
   served from the jar; data reaches the page as text only (dom.js). */
(function () {
  'use strict';
  const {h, fill, api, showError, names, chip} = window.sitrep;
  const PLOVER = ['AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT', 'REQUEST', 'ACCUSE',
    'REJECT', 'THREATEN', 'PROTEST', 'SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT'];
  const QUADS = {1: 'verbal cooperation', 2: 'material cooperation', 3: 'verbal conflict', 4: 'material conflict'};
  const QUAD_COLOUR = {1: '#4e9a06', 2: '#2e7fb8', 3: '#f0a202', 4: '#c0392b'};
  const TYPE_COLOUR = d3.scaleOrdinal()
    .domain(PLOVER)
    .range(['#1b9e77', '#66a61e', '#a6d854', '#8da0cb', '#377eb8', '#17becf', '#80b1d3', '#b3de69', '#fdb462',
      '#e6ab02', '#ff7f00', '#bc80bd', '#984ea3', '#a65628', '#e7298a', '#d62728']);
  const FILTER_KEYS = ['from', 'to', 'type', 'actor_country', 'place', 'q'];
  const NET_KEYS = ['net_quad', 'net_labels'];
  const PAGE = 50;
  let state = readState();
  let world = null;
  let provinces = null;
  let nextCursor = null;
  let loadToken = 0;

  function readState() {
    const p = new URLSearchParams(location.search);
    const s = {};
    for (const k of FILTER_KEYS.concat(['open', 'speaker'], NET_KEYS)) {
      if (p.get(k)) s[k] = p.get(k);
    }
    return s;
  }

  function writeState() {
    const p = new URLSearchParams();
    for (const k of Object.keys(state).sort()) {
      if (state[k]) p.set(k, state[k]);
    }
    const qs = p.toString();
    history.replaceState(null, '', qs ? '?' + qs : location.pathname);
  }

  function query(keys, extra) {
    const p = new URLSearchParams();
    for (const k of keys) {
      if (state[k]) p.set(k, state[k]);
    }
    for (const [k, v] of Object.entries(extra || {})) {
      if (v !== undefined && v !== null && v !== '') p.set(k, v);
    }
    return p.toString();
  }

  /** A legend entry: a colour swatch (set through the DOM, so the CSP needs no inline style) and a label. */
  function swatch(colour, label) {
    const span = document.createElement('span');
    const i = document.createElement('i');
    i.style.background = colour;
    span.append(i, document.createTextNode(label));
    return span;
  }

  function typeChip(type) {
    return chip(type, TYPE_COLOUR);
  }

  // ------------------------------------------------------------------ filters form

  function initForm() {
    const sel = document.getElementById('f-type');
    for (const t of PLOVER) sel.append(new Option(t, t));
    const form = document.getElementById('filters');
    const fill = () => {
      sel.value = state.type || '';
      document.getElementById('f-actor-country').value = state.actor_country || '';
      document.getElementById('f-place').value = state.place || '';
      document.getElementById('f-q').value = state.q || '';
      document.getElementById('f-range').textContent = state.from ? state.from + ' – ' + state.to : '';
    };
    fill();
    form.addEventListener('submit', ev => {
      ev.preventDefault();
      state.type = sel.value;
      state.actor_country = document.getElementById('f-actor-country').value.trim().toUpperCase();
      state.place = document.getElementById('f-place').value.trim();
      state.q = document.getElementById('f-q').value.trim();
      writeState();
      refreshAll();
    });
    document.getElementById('f-clear').addEventListener('click', () => {
      state = {};
      writeState();
      fill();
      refreshAll();
    });
    initForm.fill = fill;
  }

  // ------------------------------------------------------------------ timeline

  async function drawTimeline() {
    const el = document.getElementById('timeline');
    let rows;
    try {
      rows = await api('api/events/timeline?' + query(FILTER_KEYS.filter(k => k !== 'from' && k !== 'to')));
    } catch (e) {
      return showError(el, e);
    }
    el.replaceChildren();
    const width = el.clientWidth || 900;
    const height = 150;
    const m = {top: 8, right: 12, bottom: 22, left: 34};
    const svg = d3.select(el).append('svg').attr('viewBox', [0, 0, width, height]).attr('height', height);
    if (!rows.length) {
      svg.append('text').attr('x', width / 2).attr('y', height / 2).attr('text-anchor', 'middle')
        .attr('class', 'empty').text('No dated events match the filters');
      return;
    }
    const parse = d3.utcParse('%Y-%m-%d');
    const byDay = d3.rollup(rows, v => Object.fromEntries(v.map(r => [r.quad_code, r.n])), r => r.day);
    const days = Array.from(byDay.keys()).sort();
    const first = parse(days[0]);
    const last = d3.utcDay.offset(parse(days[days.length - 1]), 1);
    const x = d3.scaleUtc().domain([first, last]).range([m.left, width - m.right]);
    const data = days.map(d => Object.assign({day: parse(d)}, {1: 0, 2: 0, 3: 0, 4: 0}, byDay.get(d)));
    const stack = d3.stack().keys([1, 2, 3, 4])(data);
    const y = d3.scaleLinear().domain([0, d3.max(data, d => d[1] + d[2] + d[3] + d[4])]).nice()
      .range([height - m.bottom, m.top]);
    const bw = Math.max(1, x(d3.utcDay.offset(first, 1)) - x(first) - 1);
    svg.append('g').selectAll('g').data(stack).join('g').attr('fill', s => QUAD_COLOUR[s.key])
      .selectAll('rect').data(s => s).join('rect')
      .attr('x', d => x(d.data.day)).attr('width', bw)
      .attr('y', d => y(d[1])).attr('height', d => y(d[0]) - y(d[1]));
    svg.append('g').attr('transform', `translate(0,${height - m.bottom})`).call(d3.axisBottom(x).ticks(width / 90));
    svg.append('g').attr('transform', `translate(${m.left},0)`).call(d3.axisLeft(y).ticks(4));
    const brush = d3.brushX().extent([[m.left, m.top], [width - m.right, height - m.bottom]])
      .on('end', ev => {
        if (!ev.sourceEvent) return; // moved by code
        if (!ev.selection) {
          delete state.from;
          delete state.to;
        } else {
          const [a, b] = ev.selection.map(x.invert);
          const from = d3.utcDay.round(a);
          let to = d3.utcDay.offset(d3.utcDay.round(b), -1);
          if (to < from) to = from;
          state.from = d3.utcFormat('%Y-%m-%d')(from);
          state.to = d3.utcFormat('%Y-%m-%d')(to);
        }
        writeState();
        initForm.fill();
        refreshPanels();
      });
    const g = svg.append('g').attr('class', 'brush').call(brush);
    if (state.from && state.to) {
      g.call(brush.move, [x(parse(state.from)), x(d3.utcDay.offset(parse(state.to), 1))]);
    }
    const legend = document.getElementById('timeline-legend');
    legend.replaceChildren(...Object.entries(QUADS).map(([k, v]) => swatch(QUAD_COLOUR[k], k + ' ' + v)));
  }

  // ------------------------------------------------------------------ map

  /** Province borders (checked-in provinces.json, from frontend/provinces/build.sh); the map works without them. */
  async function loadProvinces() {
    try {
      const r = await fetch('provinces.json');
      if (r.ok) return await r.json();
    } catch (e) {
      console.warn('province borders not loaded', e);
    }
    return {type: 'FeatureCollection', features: []};
  }

  function provinceOpacity(k) {
    return Math.min(0.9, 0.35 + 0.1 * k);
  }

  async function drawMap(token) {
    const el = document.getElementById('map');
    let geo;
    let places;
    try {
      if (!world) world = await (await fetch('vendor/countries-50m.json')).json();
      if (!provinces) provinces = await loadProvinces();
      geo = await api('api/export/events.geojson?' + query(FILTER_KEYS));
      places = await api('api/places?' + query(['from', 'to'], {limit: 400}));
    } catch (e) {
      return showError(el, e);
    }
    if (token !== loadToken) return;
    el.replaceChildren();
    const width = el.clientWidth || 700;
    const height = Math.round(width * 0.55);
    const svg = d3.select(el).append('svg').attr('viewBox', [0, 0, width, height]).attr('height', height);
    const countries = topojson.feature(world, world.objects.countries);
    const projection = d3.geoNaturalEarth1();
    const located = geo.features.length ? geo.features.map(f => f.geometry.coordinates) : places.map(p => [p.lon, p.lat]);
    if (located.length) {
      const pts = located;
      const lons = pts.map(p => p[0]);
      const lats = pts.map(p => p[1]);
      const pad = 4;
      const box = {type: 'MultiPoint', coordinates: [
        [d3.min(lons) - pad, d3.min(lats) - pad], [d3.max(lons) + pad, d3.max(lats) + pad]]};
      projection.fitExtent([[10, 10], [width - 10, height - 10]], box);
    } else {
      projection.fitSize([width, height], countries);
    }
    const path = d3.geoPath(projection);
    const g = svg.append('g');
    g.append('g').selectAll('path').data(countries.features).join('path').attr('class', 'country').attr('d', path)
      .append('title').text(d => d.properties.name);
    // borders between a country's provinces (Natural Earth admin-1): faint, firmer as one zooms in
    const provinceBorders = g.append('g').attr('id', 'province-borders').attr('stroke-opacity', provinceOpacity(1));
    provinceBorders.selectAll('path').data(provinces.features).join('path').attr('class', 'province').attr('d', path);
    // places the articles mention: hollow grey rings under the events
    g.append('g').attr('id', 'place-points').selectAll('circle').data(places).join('circle')
      .attr('class', 'place-point')
      .attr('cx', d => projection([d.lon, d.lat])[0]).attr('cy', d => projection([d.lon, d.lat])[1])
      .attr('r', d => 2 + 1.5 * Math.sqrt(d.articles))
      .append('title').text(d => `${d.name}: mentioned in ${d.articles} article(s)`);
    // one circle per place and type, its area by the number of events
    const groups = d3.groups(geo.features, f => f.geometry.coordinates.join(',') + '|' + f.properties.event);
    const pts = g.append('g').attr('id', 'event-points');
    pts.selectAll('circle').data(groups).join('circle')
      .attr('class', 'event-point')
      .attr('data-type', d => d[1][0].properties.event)
      .attr('cx', d => projection(d[1][0].geometry.coordinates)[0])
      .attr('cy', d => projection(d[1][0].geometry.coordinates)[1])
      .attr('r', d => 3 + 2 * Math.sqrt(d[1].length))
      .attr('fill', d => TYPE_COLOUR(d[1][0].properties.event))
      .append('title').text(d => `${d[1].length} × ${d[1][0].properties.event} at ${d[1][0].properties.place}`);
    svg.call(d3.zoom().scaleExtent([1, 40]).on('zoom', ev => {
      g.attr('transform', ev.transform);
      provinceBorders.attr('stroke-opacity', provinceOpacity(ev.transform.k));
      pts.selectAll('circle').attr('r', d => (3 + 2 * Math.sqrt(d[1].length)) / Math.sqrt(ev.transform.k));
    }));
    document.getElementById('map-note').textContent = geo.features.length + ' located events · '
      + places.length + ' places mentioned (grey)';
    const types = Array.from(new Set(geo.features.map(f => f.properties.event))).sort();
    document.getElementById('map-legend').replaceChildren(...types.map(t => swatch(TYPE_COLOUR(t), t)));
  }

  // ------------------------------------------------------------------ events list

  async function loadEvents(token, append) {
    const tbody = document.querySelector('#event-list tbody');
    const more = document.getElementById('more-events');
    let page;
    try {
      page = await api('api/events?' + query(FILTER_KEYS, {limit: PAGE, cursor: append ? nextCursor : null}));
    } catch (e) {
      return showError(tbody, e);
    }
    if (token !== loadToken) return;
    if (!append) tbody.replaceChildren();
    for (const e of page.items) {
      const dead = e.size && e.size.dead ? (e.size.dead.value !== null ? e.size.dead.value : e.size.dead.low) : '';
      tbody.append(h('tr', {class: 'event-row', dataset: {day: e.day || '', id: e.id}},
        h('td', null, e.day), h('td', null, typeChip(e.event)), h('td', null, names(e.actor)),
        h('td', null, names(e.recipient)), h('td', null, e.location ? (e.location.name || e.location.text) : ''),
        h('td', null, dead), h('td', {title: e.evidence ? e.evidence.sentence : ''}, e.source || e.doc_id)));
    }
    if (!append && !page.items.length) {
      tbody.append(h('tr', null, h('td', {colspan: 7, class: 'empty'}, 'No events match the filters')));
    }
    nextCursor = page.next_cursor;
    more.hidden = !nextCursor;
  }

  async function loadSummary(token) {
    try {
      const s = await api('api/events/summary?' + query(FILTER_KEYS));
      if (token !== loadToken) return;
      const el = document.getElementById('event-count');
      el.textContent = `${s.events} events`;
      el.dataset.count = s.events;
    } catch (e) {
      document.getElementById('event-count').textContent = e.message;
    }
    document.getElementById('export-link').href = 'api/export/events.csv?' + query(FILTER_KEYS);
  }

  // ------------------------------------------------------------------ network

  async function drawNetwork(token) {
    const el = document.getElementById('network');
    const quad = state.net_quad === 'conflict' ? [3, 4] : state.net_quad === 'cooperation' ? [1, 2] : [];
    const p = new URLSearchParams(query(FILTER_KEYS, {limit: 60}));
    quad.forEach(q => p.append('quad', q));
    let edges;
    try {
      edges = await api('api/network?' + p);
    } catch (e) {
      return showError(el, e);
    }
    if (token !== loadToken) return;
    el.replaceChildren();
    const r = window.sitrep.network.draw(el, edges, {height: 380, topLabels: Number(state.net_labels || 15)});
    document.getElementById('network-note').textContent = r.nodes.length + ' actors · ' + edges.length + ' pairs'
      + (r.hidden ? ' · ' + r.hidden + ' label(s) hidden for want of room (hover a node)' : '')
      + (state.from ? ' · ' + state.from + ' – ' + state.to : ' · all days');
  }

  function initNetworkForm() {
    const quad = document.getElementById('net-quad');
    const labels = document.getElementById('net-labels');
    quad.value = state.net_quad || '';
    labels.value = state.net_labels || '15';
    const change = () => {
      state.net_quad = quad.value;
      state.net_labels = labels.value === '15' ? '' : labels.value;
      writeState();
      drawNetwork(loadToken);
    };
    quad.addEventListener('change', change);
    labels.addEventListener('change', change);
  }

  // ------------------------------------------------------------------ quotes

  async function loadSpeakers(token) {
    const ol = document.getElementById('speakers');
    let rows;
    try {
      rows = await api('api/quotes/speakers?' + query(['from', 'to'], {limit: 25}));
    } catch (e) {
      return showError(ol, e);
    }
    if (token !== loadToken) return;
    ol.replaceChildren();
    const max = d3.max(rows, r => r.n) || 1;
    for (const r of rows) {
      const bar = h('span', {class: 'bar'});
      bar.style.width = Math.round(60 * r.n / max) + 'px';
      const li = h('li', {class: state.speaker === r.speaker ? 'active' : null}, r.speaker, ' ',
        h('small', null, (r.country || '') + ' ' + (r.sector || '')), bar, ' ' + r.n);
      li.addEventListener('click', () => {
        state.speaker = state.speaker === r.speaker ? '' : r.speaker;
        writeState();
        loadSpeakers(loadToken);
      });
      ol.append(li);
    }
    if (!rows.length) ol.append(h('li', {class: 'empty'}, 'No quotes in this period'));
    const box = document.getElementById('quotes');
    box.replaceChildren();
    if (state.speaker) {
      const page = await api('api/quotes?' + query(['from', 'to', 'speaker'], {limit: 30}));
      for (const q of page.items) {
        box.append(h('blockquote', null, q.text, h('cite', null, (q.speaker || q.speaker_text || 'unattributed')
          + ' (' + (q.cue || '') + ') · ' + (q.source || q.doc_id) + ' · ' + (q.day || ''))));
      }
    }
  }

  // ------------------------------------------------------------------ stories

  async function loadStories() {
    const el = document.getElementById('stories');
    let rows;
    try {
      rows = await api('api/stories?limit=200');
    } catch (e) {
      return showError(el, e);
    }
    el.replaceChildren();
    for (const s of rows.slice(0, 60)) {
      el.append(h('span', {class: 'story-card', dataset: {id: s.story_id}, onclick: () => openIncident(s.story_id)},
        h('b', null, s.title || s.story_id), ' · ' + s.n_articles + ' sources · ' + s.n_events + ' events',
        s.n_disagreements ? [' · ', h('span', {class: 'dis'}, s.n_disagreements + ' disagreements')] : null));
    }
    if (!rows.length) el.append(h('span', {class: 'empty'}, 'No stories yet (ingest several articles on one story)'));
    window.sitrep.incident.timeline(document.getElementById('storylines'), rows, state.open, openIncident, 300);
  }

  function openIncident(id) {
    state.open = id;
    writeState();
    // the storyline timeline marks the incident now open (SVG elements: classList, not className)
    document.querySelectorAll('#storylines .incident-bar').forEach(b => b.classList.toggle('current', b.dataset.id === id));
    return openStory().then(() => document.getElementById('story-view').scrollIntoView({behavior: 'smooth'}));
  }

  async function openStory() {
    const view = document.getElementById('story-view');
    if (!state.open) {
      view.hidden = true;
      return;
    }
    await window.sitrep.incident.open(view, state.open, TYPE_COLOUR, openIncident, () => {
      delete state.open;
      writeState();
      view.hidden = true;
    });
    document.body.dataset.incident = state.open;
  }

  /** An alert's incident: the store's story holding its key (an event mention) or, failing that, its reports. */
  async function openAlert(a, li) {
    const p = new URLSearchParams({event: a.incident});
    if ((a.reported_by || []).length) p.set('doc_id', a.reported_by[0]);
    try {
      const found = await api('api/stories?' + p);
      if (found.length) return openIncident(found[0].story_id);
      li.append(h('div', {class: 'meta'}, 'Not linked into the stories yet (this desk updates them every'
        + ' store_stories_every, after its alerts); try again shortly.'));
    } catch (e) {
      li.append(h('div', {class: 'meta'}, 'Error: ' + e.message));
    }
  }

  /** Live alerts refresh the panels, at most once every 2 s. */
  let refreshTimer = null;
  function onAlert() {
    if (refreshTimer) return;
    refreshTimer = setTimeout(() => {
      refreshTimer = null;
      refreshAll();
      loadStories();
      if (state.open) openStory();
    }, 2000);
  }

  // ------------------------------------------------------------------ wiring

  function refreshPanels() {
    const token = ++loadToken;
    nextCursor = null;
    return Promise.all([drawMap(token), loadEvents(token, false), loadSummary(token), drawNetwork(token), loadSpeakers(token)])
      .then(() => {
        document.body.dataset.loaded = String(token);
      });
  }

  function refreshAll() {
    return Promise.all([drawTimeline(), refreshPanels()]);
  }

  document.addEventListener('DOMContentLoaded', () => {
    initForm();
    initNetworkForm();
    window.sitrep.live.start(document.getElementById('alerts'), document.getElementById('alerts-panel'), onAlert, openAlert);
    document.getElementById('more-events').addEventListener('click', () => loadEvents(loadToken, true));
    refreshAll();
    loadStories();
    openStory();
    let resize;
    window.addEventListener('resize', () => {
      clearTimeout(resize);
      resize = setTimeout(refreshAll, 300);
    });
  });
})();
