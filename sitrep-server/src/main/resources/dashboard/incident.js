/* sitrep dashboard: the incident page (one story: its reports side by side with their figures, quotes and events,
   the disagreements highlighted, the merged events) and the storyline timeline (incidents on a time axis, one lane
   per storyline, follow-ups linked). Everything from data is text (sitrep.h). */
(function () {
  'use strict';
  const sitrep = window.sitrep = window.sitrep || {};
  const {h, fill, api, names, chip} = sitrep;

  function value(c) {
    return c.value !== null && c.value !== undefined ? c.value : c.low !== null && c.low !== undefined ? c.low : '?';
  }

  /** The mentions (event ids) and fields the sources disagree on, from the story's disagreements. */
  function disputes(s) {
    const mentions = new Set();
    const fields = new Map();
    for (const d of s.disagreements || []) {
      for (const v of d.values || []) {
        if (v.mention) {
          mentions.add(v.mention);
          fields.set(v.mention, (fields.get(v.mention) || new Set()).add(d.field));
        }
      }
    }
    return {mentions, fields};
  }

  function disagreementBox(d, agreement) {
    return h('div', {class: 'disagreement' + (agreement ? ' agreement' : '')},
      h('span', {class: 'kind'}, agreement ? 'agreement' : d.kind), h('b', null, d.field),
      d.story_event_id ? ' · ' + d.story_event_id : '',
      h('ul', null, (d.values || []).map(v => h('li', null, (v.source || v.mention || '?') + ': “' + (v.text || '') + '”'))),
      d.note ? h('div', {class: 'meta'}, d.note) : null);
  }

  /** One merged event: type, date, who on whom, where, the conservative figures, how many reports and outlets. */
  function mergedEvent(e, colour, dis) {
    const size = Object.entries(e.size || {}).map(([k, v]) => k + ' ' + value(v)).join(', ');
    const disputed = (e.mentions || []).some(m => dis.mentions.has(m));
    return h('li', {class: 'merged-event' + (disputed ? ' disputed' : ''), dataset: {id: e.id}},
      chip(e.event, colour), ' ', e.date || 'undated', ' · ', names(e.actor) || '?', ' → ', names(e.recipient) || '?',
      e.location ? ' @ ' + (e.location.name || e.location.text) : '', size ? ' · ' + size : '',
      h('span', {class: 'meta'}, ' · ' + (e.mentions || []).length + ' report(s) from ' + (e.sources || []).length
        + ' outlet(s)' + (e.status ? ', ' + e.status : '')));
  }

  /** One report as a column: outlet, time, title, links, its figures, quotes and events; disputed ones marked. */
  function report(src, colour, dis) {
    const counts = (src.counts || []).map(c => h('li', {class: dis.mentions.has(c.event_id) ? 'disputed' : null,
      dataset: {event: c.event_id || ''}}, c.kind + ': ', h('b', null, String(value(c))), ' ', (c.qualifier || '').replace(/_/g, ' '),
      ' “', c.text || '', '”', c.speaker ? ' — ' + c.speaker : c.who_text ? ' (' + c.who_text + ')' : ''));
    const quotes = (src.quotes || []).map(q => h('li', {class: 'quote'}, h('q', null, q.text || ''), ' — ',
      q.speaker || q.speaker_text || 'unattributed', q.cue ? ' (' + q.cue + ')' : ''));
    const events = (src.events || []).map(e => h('li', {class: dis.mentions.has(e.event_id) ? 'disputed' : null},
      chip(e.event, colour), ' ', e.date || '', ' ', e.actor_names || '', ' → ', e.recipient_names || '',
      e.place_name ? ' @ ' + e.place_name : '', e.dead !== null && e.dead !== undefined ? ' · dead ' + e.dead : ''));
    const none = () => h('li', {class: 'empty'}, 'none');
    return h('div', {class: 'source', dataset: {doc: src.doc_id}},
      h('h3', null, src.source || src.doc_id),
      h('div', {class: 'meta'}, src.published || 'undated', ' · ',
        h('a', {href: 'api/articles/' + encodeURIComponent(src.doc_id)}, src.doc_id),
        src.url ? [' · ', h('a', {href: src.url, rel: 'noopener noreferrer', target: '_blank'}, 'original')] : null),
      h('div', {class: 'title'}, src.title || ''),
      h('h4', null, 'Figures'), h('ul', null, counts.length ? counts : none()),
      h('h4', null, 'Quotes and claims'), h('ul', null, quotes.length ? quotes : none()),
      h('h4', null, 'Events'), h('ul', null, events.length ? events : none()));
  }

  /**
   * Opens the incident page for story id in view: header, storyline, merged events, disagreements, reports side by
   * side (in publication order). onOpen(id) opens another incident, onClose() closes the page.
   */
  async function open(view, id, colour, onOpen, onClose) {
    let s;
    try {
      s = await api('api/stories/' + encodeURIComponent(id));
    } catch (e) {
      view.hidden = false;
      return sitrep.showError(view, e);
    }
    const dis = disputes(s);
    const sources = (s.sources || []).slice().sort((a, b) => String(a.published || '~').localeCompare(String(b.published || '~')));
    const lane = h('div', {id: 'incident-storyline'});
    fill(view,
      h('h2', null, s.title || s.story_id,
        h('small', null, (s.first_day || '') + ' – ' + (s.last_day || '') + ' · ' + s.n_articles + ' report(s)'
          + (s.independent_source_count ? ', ' + s.independent_source_count + ' independent' : '')),
        ' ', h('button', {id: 'close-story', type: 'button', onclick: onClose}, 'Close')),
      h('h3', null, 'Storyline'), lane,
      h('h3', null, 'What happened (merged events)'),
      h('ul', {class: 'merged-events'}, (s.events || []).map(e => mergedEvent(e, colour, dis))),
      h('h3', null, 'Disagreements'),
      (s.disagreements || []).length
        ? s.disagreements.map(d => disagreementBox(d, false))
        : h('p', {class: 'empty'}, 'The sources agree on every figure sitrep compared.'),
      (s.agreements || []).map(a => disagreementBox(a, true)),
      h('h3', null, 'Reports side by side'),
      h('div', {class: 'sources'}, sources.map(src => report(src, colour, dis))));
    view.hidden = false;
    view.dataset.story = s.story_id;
    // the storyline: this incident among the others of its storyline (or alone)
    try {
      const all = await api('api/stories?limit=1000');
      const line = s.storyline ? all.filter(x => x.storyline === s.storyline) : all.filter(x => x.story_id === s.story_id);
      timeline(lane, line.length ? line : [s], s.story_id, onOpen, 120);
    } catch (e) {
      sitrep.showError(lane, e);
    }
  }

  /**
   * The storyline timeline: stories as bars from first to last day, one lane per storyline, a follow-up linked to
   * the incident it follows; current is highlighted; clicking a bar opens that incident.
   */
  function timeline(el, stories, current, onOpen, maxHeight) {
    el.replaceChildren();
    const parse = d3.utcParse('%Y-%m-%d');
    const dated = stories.filter(s => s.first_day);
    const width = el.clientWidth || 900;
    if (!dated.length) {
      fill(el, h('p', {class: 'empty'}, 'No dated incidents yet'));
      return;
    }
    const groups = d3.groups(dated, s => s.storyline || s.story_id)
      .map(([k, v]) => ({key: k, stories: v.sort((a, b) => a.first_day.localeCompare(b.first_day) || (a.story_id < b.story_id ? -1 : 1))}))
      .sort((a, b) => a.stories[0].first_day.localeCompare(b.stories[0].first_day) || (a.key < b.key ? -1 : 1));
    const m = {top: 6, right: 12, bottom: 22, left: Math.min(220, width * 0.25)};
    const lo = d3.min(dated, s => parse(s.first_day));
    const hi = d3.utcDay.offset(d3.max(dated, s => parse(s.last_day || s.first_day)), 1);
    const x = d3.scaleUtc().domain([lo, hi]).range([m.left, width - m.right]);
    const x0 = s => x(parse(s.first_day));
    const x1 = s => Math.max(x0(s) + 6, x(d3.utcDay.offset(parse(s.last_day || s.first_day), 1)) - 1);
    // a storyline's incidents that overlap in time go on rows of their own (first row with room, in time order)
    const lanes = [];
    for (const g of groups) {
      const rows = [];
      for (const s of g.stories) {
        let row = rows.findIndex(end => end + 4 <= x0(s));
        if (row < 0) {
          row = rows.length;
          rows.push(0);
        }
        rows[row] = x1(s);
        s.row = row;
      }
      rows.forEach((_, r) => lanes.push({group: g, row: r, stories: g.stories.filter(s => s.row === r)}));
    }
    const laneH = 20;
    const height = Math.min(maxHeight || 1e9, m.top + m.bottom + laneH * lanes.length);
    const shown = Math.max(1, Math.floor((height - m.top - m.bottom) / laneH));
    const svg = d3.select(el).append('svg').attr('viewBox', [0, 0, width, height]).attr('height', height)
      .attr('class', 'storyline-svg');
    svg.append('g').attr('transform', `translate(0,${height - m.bottom})`).call(d3.axisBottom(x).ticks(width / 110));
    const byId = new Map(dated.map(s => [s.story_id, s]));
    const laneOf = new Map();
    lanes.slice(0, shown).forEach((l, i) => l.stories.forEach(s => laneOf.set(s.story_id, i)));
    const y = i => m.top + i * laneH + laneH / 2;
    const g = svg.append('g');
    lanes.slice(0, shown).forEach((l, i) => {
      if (l.row !== 0) return;
      if (i > 0) {
        g.append('line').attr('class', 'lane-rule').attr('x1', 4).attr('x2', width - m.right)
          .attr('y1', y(i) - laneH / 2).attr('y2', y(i) - laneH / 2);
      }
      const title = l.group.stories[0].title || l.group.key;
      g.append('text').attr('class', 'lane-label').attr('x', m.left - 6).attr('y', y(i)).attr('text-anchor', 'end')
        .attr('dominant-baseline', 'central').text(title.length > 34 ? title.slice(0, 33) + '…' : title)
        .append('title').text(title + ' (' + l.group.stories.length + ' incident(s))');
    });
    // follow-ups: a dashed line from the incident followed to its follow-up
    const follows = dated.filter(s => s.follows && byId.has(s.follows) && laneOf.has(s.story_id) && laneOf.has(s.follows));
    g.append('g').selectAll('path').data(follows).join('path').attr('class', 'follows')
      .attr('d', s => {
        const f = byId.get(s.follows);
        return `M${x1(f)},${y(laneOf.get(f.story_id))}L${x0(s)},${y(laneOf.get(s.story_id))}`;
      });
    g.append('g').selectAll('rect').data(dated.filter(s => laneOf.has(s.story_id))).join('rect')
      .attr('class', s => 'incident-bar' + (s.story_id === current ? ' current' : '') + (s.n_disagreements ? ' disputed-bar' : ''))
      .attr('data-id', s => s.story_id)
      .attr('x', x0)
      .attr('width', s => x1(s) - x0(s))
      .attr('y', s => y(laneOf.get(s.story_id)) - 7).attr('height', 14).attr('rx', 3)
      .on('click', (ev, s) => onOpen(s.story_id))
      .append('title').text(s => `${s.title || s.story_id}: ${s.first_day} – ${s.last_day || s.first_day}, `
        + `${s.n_articles} report(s), ${s.n_disagreements || 0} disagreement(s)`);
    if (lanes.length > shown) {
      const more = new Set(lanes.slice(shown).map(l => l.group.key)).size;
      el.append(h('p', {class: 'meta'}, 'and ' + more + ' more storyline(s) further down (open an incident to see its own)'));
    }
  }

  sitrep.incident = {open, timeline};
})();
