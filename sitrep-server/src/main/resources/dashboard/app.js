/* sitrep dashboard: timeline (brush filters every panel), offline map, actor network, events, quotes, stories.
   Filters live in the URL, so a view can be shared. Plain D3 + topojson-client, served from the jar. */
(function () {
  'use strict';
  const PLOVER = ['AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT', 'REQUEST', 'ACCUSE',
    'REJECT', 'THREATEN', 'PROTEST', 'SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT'];
  const QUADS = {1: 'verbal cooperation', 2: 'material cooperation', 3: 'verbal conflict', 4: 'material conflict'};
  const QUAD_COLOUR = {1: '#4e9a06', 2: '#2e7fb8', 3: '#f0a202', 4: '#c0392b'};
  const TYPE_COLOUR = d3.scaleOrdinal()
    .domain(PLOVER)
    .range(['#1b9e77', '#66a61e', '#a6d854', '#8da0cb', '#377eb8', '#17becf', '#80b1d3', '#b3de69', '#fdb462',
      '#e6ab02', '#ff7f00', '#bc80bd', '#984ea3', '#a65628', '#e7298a', '#d62728']);
  const FILTER_KEYS = ['from', 'to', 'type', 'actor_country', 'place', 'q'];
  const PAGE = 50;
  let state = readState();
  let world = null;
  let provinces = null;
  let nextCursor = null;
  let loadToken = 0;

  function readState() {
    const p = new URLSearchParams(location.search);
    const s = {};
    for (const k of FILTER_KEYS.concat(['open', 'speaker'])) {
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
    if (!r.ok) throw new Error(body.error ? body.error.message : r.statusText);
    return body;
  }

  function showError(el, e) {
    el.innerHTML = '';
    el.append(Object.assign(document.createElement('p'), {className: 'empty', textContent: 'Error: ' + e.message}));
  }

  function esc(s) {
    return String(s === null || s === undefined ? '' : s).replace(/[&<>"']/g,
      c => ({'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;'})[c]);
  }

  /** A legend entry: a colour swatch (set through the DOM, so the CSP needs no inline style) and a label. */
  function swatch(colour, label) {
    const span = document.createElement('span');
    const i = document.createElement('i');
    i.style.background = colour;
    span.append(i, document.createTextNode(label));
    return span;
  }

  /** Colours every `.type[data-type]` chip under root (HTML built from escaped strings carries no style). */
  function colourTypes(root) {
    for (const el of root.querySelectorAll('.type[data-type]')) el.style.background = TYPE_COLOUR(el.dataset.type);
  }

  function names(list) {
    return (list || []).map(a => a.name || a.text).filter(Boolean).join(', ');
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
    el.innerHTML = '';
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
    el.innerHTML = '';
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
    if (!append) tbody.innerHTML = '';
    for (const e of page.items) {
      const tr = document.createElement('tr');
      tr.className = 'event-row';
      tr.dataset.day = e.day || '';
      tr.dataset.id = e.id;
      const dead = e.size && e.size.dead ? (e.size.dead.value !== null ? e.size.dead.value : e.size.dead.low) : '';
      tr.innerHTML = `<td>${esc(e.day)}</td><td><span class="type" data-type="${esc(e.event)}">${esc(e.event)}</span></td>`
        + `<td>${esc(names(e.actor))}</td><td>${esc(names(e.recipient))}</td>`
        + `<td>${esc(e.location ? (e.location.name || e.location.text) : '')}</td><td>${esc(dead)}</td>`
        + `<td title="${esc(e.evidence ? e.evidence.sentence : '')}">${esc(e.source || e.doc_id)}</td>`;
      colourTypes(tr);
      tbody.append(tr);
    }
    if (!append && !page.items.length) {
      tbody.innerHTML = '<tr><td colspan="7" class="empty">No events match the filters</td></tr>';
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
    let edges;
    try {
      edges = await api('api/network?' + query(FILTER_KEYS, {limit: 40}));
    } catch (e) {
      return showError(el, e);
    }
    if (token !== loadToken) return;
    el.innerHTML = '';
    const width = el.clientWidth || 350;
    const height = 330;
    const svg = d3.select(el).append('svg').attr('viewBox', [0, 0, width, height]).attr('height', height);
    if (!edges.length) {
      svg.append('text').attr('x', width / 2).attr('y', height / 2).attr('text-anchor', 'middle').text('No actor–recipient pairs');
      return;
    }
    const nodes = new Map();
    for (const e of edges) {
      for (const [n, c] of [[e.source, e.source_country], [e.target, e.target_country]]) {
        const o = nodes.get(n) || {id: n, country: c, w: 0};
        o.w += e.weight;
        nodes.set(n, o);
      }
    }
    const links = edges.map(e => ({source: e.source, target: e.target, weight: e.weight, conflict: e.conflict}));
    const maxW = d3.max(links, l => l.weight);
    const sim = d3.forceSimulation(Array.from(nodes.values()))
      .force('link', d3.forceLink(links).id(d => d.id).distance(90))
      .force('charge', d3.forceManyBody().strength(-260))
      .force('center', d3.forceCenter(width / 2, height / 2))
      .force('collide', d3.forceCollide(18))
      .stop();
    for (let i = 0; i < 250; i++) sim.tick();
    const clampX = v => Math.max(20, Math.min(width - 20, v));
    const clampY = v => Math.max(12, Math.min(height - 12, v));
    svg.append('defs').append('marker').attr('id', 'arrow').attr('viewBox', '0 -4 8 8').attr('refX', 18)
      .attr('markerUnits', 'userSpaceOnUse').attr('markerWidth', 9).attr('markerHeight', 9).attr('orient', 'auto')
      .append('path').attr('d', 'M0,-4L8,0L0,4').attr('fill', '#888');
    svg.append('g').selectAll('line').data(links).join('line').attr('class', 'link')
      .attr('x1', d => clampX(d.source.x)).attr('y1', d => clampY(d.source.y))
      .attr('x2', d => clampX(d.target.x)).attr('y2', d => clampY(d.target.y))
      .attr('stroke', d => d.conflict / d.weight > 0.5 ? '#c0392b' : '#2e7fb8')
      .attr('stroke-width', d => 1 + 4 * d.weight / maxW).attr('marker-end', 'url(#arrow)')
      .append('title').text(d => `${d.source.id} → ${d.target.id}: ${d.weight} events (${d.conflict} conflict)`);
    const node = svg.append('g').selectAll('g').data(Array.from(nodes.values())).join('g').attr('class', 'node')
      .attr('transform', d => `translate(${clampX(d.x)},${clampY(d.y)})`);
    node.append('circle').attr('r', d => 4 + Math.sqrt(d.w)).attr('fill', '#4b5563');
    node.append('text').attr('x', 8).attr('y', 3).text(d => d.id + (d.country ? ' (' + d.country + ')' : ''));
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
    ol.innerHTML = '';
    const max = d3.max(rows, r => r.n) || 1;
    for (const r of rows) {
      const li = document.createElement('li');
      li.innerHTML = `${esc(r.speaker)} <small>${esc(r.country || '')} ${esc(r.sector || '')}</small>`
        + `<span class="bar"></span> ${esc(r.n)}`;
      li.querySelector('.bar').style.width = Math.round(60 * r.n / max) + 'px';
      li.className = state.speaker === r.speaker ? 'active' : '';
      li.addEventListener('click', () => {
        state.speaker = state.speaker === r.speaker ? '' : r.speaker;
        writeState();
        loadSpeakers(loadToken);
      });
      ol.append(li);
    }
    if (!rows.length) ol.innerHTML = '<li class="empty">No quotes in this period</li>';
    const box = document.getElementById('quotes');
    box.innerHTML = '';
    if (state.speaker) {
      const page = await api('api/quotes?' + query(['from', 'to', 'speaker'], {limit: 30}));
      for (const q of page.items) {
        const b = document.createElement('blockquote');
        b.innerHTML = `${esc(q.text)}<cite>${esc(q.speaker || q.speaker_text || 'unattributed')} (${esc(q.cue || '')}) · `
          + `${esc(q.source || q.doc_id)} · ${esc(q.day || '')}</cite>`;
        box.append(b);
      }
    }
  }

  // ------------------------------------------------------------------ stories

  async function loadStories() {
    const el = document.getElementById('stories');
    let rows;
    try {
      rows = await api('api/stories?limit=60');
    } catch (e) {
      return showError(el, e);
    }
    el.innerHTML = '';
    for (const s of rows) {
      const a = document.createElement('span');
      a.className = 'story-card';
      a.dataset.id = s.story_id;
      a.innerHTML = `<b>${esc(s.title || s.story_id)}</b> · ${esc(s.n_articles)} sources · ${esc(s.n_events)} events`
        + (s.n_disagreements ? ` · <span class="dis">${esc(s.n_disagreements)} disagreements</span>` : '');
      a.addEventListener('click', () => {
        state.open = s.story_id;
        writeState();
        openStory();
      });
      el.append(a);
    }
    if (!rows.length) el.innerHTML = '<span class="empty">No stories yet (ingest several articles on one story)</span>';
  }

  async function openStory() {
    const view = document.getElementById('story-view');
    if (!state.open) {
      view.hidden = true;
      return;
    }
    let s;
    try {
      s = await api('api/stories/' + encodeURIComponent(state.open));
    } catch (e) {
      view.hidden = false;
      return showError(view, e);
    }
    const disputed = new Set();
    for (const d of s.disagreements) {
      if (d.kind === 'agreement') continue;
      for (const v of d.values || []) if (v.mention) disputed.add(v.mention);
    }
    const dis = s.disagreements.concat((s.agreements || []).map(a => Object.assign({}, a, {kind: 'agreement'}))).map(d => `<div class="disagreement${d.kind === 'agreement' ? ' agreement' : ''}">`
      + `<span class="kind">${esc(d.kind)}</span><b>${esc(d.field)}</b>${d.story_event_id ? ' · ' + esc(d.story_event_id) : ''}`
      + `<ul>${(d.values || []).map(v => `<li>${esc(v.source || v.mention)}: “${esc(v.text)}”</li>`).join('')}</ul>`
      + (d.note ? `<div class="meta">${esc(d.note)}</div>` : '') + '</div>').join('');
    const sources = s.sources.map(src => {
      const counts = (src.counts || []).map(c => `<li class="${disputed.has(c.event_id) ? 'disputed' : ''}">`
        + `${esc(c.kind)}: <b>${esc(c.value !== null ? c.value : c.low)}</b> ${esc(c.qualifier || '')} “${esc(c.text)}”`
        + (c.speaker ? ` — ${esc(c.speaker)}` : '') + '</li>').join('');
      const evs = (src.events || []).map(e => `<li class="${disputed.has(e.event_id) ? 'disputed' : ''}">`
        + `<span class="type" data-type="${esc(e.event)}">${esc(e.event)}</span> ${esc(e.date || '')} `
        + `${esc(e.actor_names || '')} → ${esc(e.recipient_names || '')} ${e.place_name ? '@ ' + esc(e.place_name) : ''}`
        + (e.dead !== null ? ` · dead ${esc(e.dead)}` : '') + '</li>').join('');
      return `<div class="source"><h3>${esc(src.source || src.doc_id)}</h3>`
        + `<div class="meta">${esc(src.published || 'undated')} · <a href="api/articles/${encodeURIComponent(src.doc_id)}">${esc(src.doc_id)}</a></div>`
        + `<div>${esc(src.title || '')}</div><h4>Figures</h4><ul>${counts || '<li class="empty">none</li>'}</ul>`
        + `<h4>Events</h4><ul>${evs || '<li class="empty">none</li>'}</ul></div>`;
    }).join('');
    view.innerHTML = `<h2>${esc(s.title || s.story_id)} <small>${esc(s.first_day || '')} – ${esc(s.last_day || '')} · `
      + `${esc(s.n_articles)} sources</small> <button id="close-story">Close</button></h2>`
      + `<h3>Disagreements</h3>${dis || '<p class="empty">The sources agree on every figure sitrep compared.</p>'}`
      + `<h3>Sources side by side</h3><div class="sources">${sources}</div>`;
    colourTypes(view);
    view.hidden = false;
    document.getElementById('close-story').addEventListener('click', () => {
      delete state.open;
      writeState();
      view.hidden = true;
    });
    view.scrollIntoView({behavior: 'smooth'});
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
