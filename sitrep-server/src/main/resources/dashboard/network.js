/* sitrep dashboard: the actor network, one node per canonical actor (its id, else country and sector), edges
   weighted by events. A force layout with collision on the label boxes and every box clamped to the frame, then
   each of the top-N labels placed greedily where it overlaps no other label and stays inside the frame (a label
   that fits nowhere is hidden; every node keeps its names in a tooltip). */
(function () {
  'use strict';
  const sitrep = window.sitrep = window.sitrep || {};
  const PAD = 3;

  /** Nodes from the edges: weight (events), conflict events, label, country, sector, the names seen. */
  function nodesOf(edges) {
    const nodes = new Map();
    for (const e of edges) {
      for (const side of ['source', 'target']) {
        const id = e[side];
        const o = nodes.get(id) || {id, label: e[side + '_label'] || id, country: e[side + '_country'],
          sector: e[side + '_sector'], names: new Map(), w: 0, conflict: 0};
        o.w += e.weight;
        o.conflict += e.conflict;
        const nm = e[side + '_name'];
        if (nm) o.names.set(nm, (o.names.get(nm) || 0) + e.weight);
        nodes.set(id, o);
      }
    }
    return Array.from(nodes.values());
  }

  function overlap(a, b) {
    return a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
  }

  /** Candidate label boxes around a node (right first), each {x0, y0, x1, y1, anchor, dx, dy}. */
  function candidates(n) {
    const w = n.lw;
    const hgt = n.lh;
    const g = n.r + 3;
    return [
      {dx: g, dy: 0, anchor: 'start'}, {dx: -g, dy: 0, anchor: 'end'},
      {dx: 0, dy: -(g + hgt / 2), anchor: 'middle'}, {dx: 0, dy: g + hgt / 2, anchor: 'middle'},
      {dx: g, dy: -(g + hgt / 2), anchor: 'start'}, {dx: g, dy: g + hgt / 2, anchor: 'start'},
      {dx: -g, dy: -(g + hgt / 2), anchor: 'end'}, {dx: -g, dy: g + hgt / 2, anchor: 'end'}
    ].map(c => {
      const x0 = c.anchor === 'start' ? n.x + c.dx : c.anchor === 'end' ? n.x + c.dx - w : n.x - w / 2;
      const y0 = n.y + c.dy - hgt / 2;
      return Object.assign(c, {x0, y0, x1: x0 + w, y1: y0 + hgt});
    });
  }

  /** A force pushing apart overlapping label boxes (each labelled node's box to its right) and node circles. */
  function boxForce(nodes) {
    let list = nodes;
    function force(alpha) {
      for (let i = 0; i < list.length; i++) {
        const a = list[i];
        const ba = box(a);
        for (let j = i + 1; j < list.length; j++) {
          const b = list[j];
          const bb = box(b);
          if (!overlap(ba, bb)) continue;
          const ox = Math.min(ba.x1, bb.x1) - Math.max(ba.x0, bb.x0);
          const oy = Math.min(ba.y1, bb.y1) - Math.max(ba.y0, bb.y0);
          const k = alpha * 0.5;
          if (ox < oy) {
            const s = (a.x < b.x ? -1 : 1) * ox * k;
            a.vx += s;
            b.vx -= s;
          } else {
            const s = (a.y < b.y ? -1 : 1) * oy * k;
            a.vy += s;
            b.vy -= s;
          }
        }
      }
    }
    force.initialize = n => {
      list = n;
    };
    return force;
  }

  function box(n) {
    const right = n.labelled ? n.r + 3 + n.lw : n.r;
    const half = n.labelled ? Math.max(n.r, n.lh / 2) : n.r;
    return {x0: n.x - n.r - PAD, y0: n.y - half - PAD, x1: n.x + right + PAD, y1: n.y + half + PAD};
  }

  /**
   * Draws the network into el. opts: {height, topLabels}. Returns {nodes, shown, hidden}. Node and label boxes
   * stay inside [0, width] x [0, height].
   */
  function draw(el, edges, opts) {
    const width = el.clientWidth || 400;
    const height = opts.height || 380;
    const svg = d3.select(el).append('svg').attr('viewBox', [0, 0, width, height]).attr('height', height)
      .attr('class', 'network-svg');
    if (!edges.length) {
      svg.append('text').attr('x', width / 2).attr('y', height / 2).attr('text-anchor', 'middle')
        .text('No actor–recipient pairs under these filters');
      return {nodes: [], shown: 0, hidden: 0};
    }
    const nodes = nodesOf(edges);
    const maxNodeW = d3.max(nodes, n => n.w);
    nodes.forEach(n => {
      n.r = 4 + 10 * Math.sqrt(n.w / maxNodeW);
    });
    const top = new Set(nodes.slice().sort((a, b) => b.w - a.w || (a.label < b.label ? -1 : 1))
      .slice(0, opts.topLabels || 15).map(n => n.id));
    // measure each label as the page will draw it
    const probe = svg.append('text').attr('class', 'net-label');
    for (const n of nodes) {
      n.labelled = top.has(n.id);
      probe.text(n.label);
      const b = probe.node().getBBox();
      n.lw = Math.ceil(b.width) + 4; // a little air, so that drawn boxes never touch
      n.lh = Math.ceil(b.height) + 4;
    }
    probe.remove();
    const links = edges.map(e => ({source: e.source, target: e.target, weight: e.weight, conflict: e.conflict}));
    const maxW = d3.max(links, l => l.weight);
    const clamp = n => {
      const b = box(n);
      if (b.x0 < 0) n.x += -b.x0;
      if (b.x1 > width) n.x -= b.x1 - width;
      if (b.y0 < 0) n.y += -b.y0;
      if (b.y1 > height) n.y -= b.y1 - height;
    };
    // spread over the frame: links as long as a third of its shorter side, repulsion by the room each node has
    const room = Math.sqrt(width * height / nodes.length);
    const sim = d3.forceSimulation(nodes)
      .force('link', d3.forceLink(links).id(d => d.id).distance(Math.max(60, Math.min(width, height) / 3)).strength(0.2))
      .force('charge', d3.forceManyBody().strength(-2.5 * room).distanceMax(Math.max(width, height)))
      .force('x', d3.forceX(width / 2).strength(0.03))
      .force('y', d3.forceY(height / 2).strength(0.05))
      .force('boxes', boxForce(nodes))
      .stop();
    for (let i = 0; i < 320; i++) {
      sim.tick();
      nodes.forEach(clamp);
    }
    // labels: heaviest first, each where it overlaps no placed label and no other node, inside the frame
    const placed = [];
    const circles = nodes.map(n => ({x0: n.x - n.r, y0: n.y - n.r, x1: n.x + n.r, y1: n.y + n.r, id: n.id}));
    const inside = b => b.x0 >= 1 && b.y0 >= 1 && b.x1 <= width - 1 && b.y1 <= height - 1;
    let hidden = 0;
    for (const n of nodes.slice().sort((a, b) => b.w - a.w)) {
      n.place = null;
      if (!n.labelled) continue;
      const cands = candidates(n).filter(c => inside(c) && !placed.some(p => overlap(p, c)));
      n.place = cands.find(c => !circles.some(k => k.id !== n.id && overlap(k, c))) || cands[0] || null;
      if (n.place) placed.push(n.place);
      else hidden++;
    }
    svg.append('defs').append('marker').attr('id', 'arrow').attr('viewBox', '0 -4 8 8').attr('refX', 8)
      .attr('markerUnits', 'userSpaceOnUse').attr('markerWidth', 8).attr('markerHeight', 8).attr('orient', 'auto')
      .append('path').attr('d', 'M0,-4L8,0L0,4').attr('fill', '#888');
    const pair = new Set(links.map(l => l.source.id + '\u0000' + l.target.id));
    svg.append('g').attr('class', 'links').selectAll('path').data(links).join('path').attr('class', 'link')
      .attr('fill', 'none')
      .attr('d', d => {
        // stop at the target's rim; bend when both directions are drawn
        const dx = d.target.x - d.source.x;
        const dy = d.target.y - d.source.y;
        const len = Math.hypot(dx, dy) || 1;
        const tx = d.target.x - dx / len * (d.target.r + 2);
        const ty = d.target.y - dy / len * (d.target.r + 2);
        if (!pair.has(d.target.id + '\u0000' + d.source.id)) return `M${d.source.x},${d.source.y}L${tx},${ty}`;
        const mx = (d.source.x + tx) / 2 - dy / len * 14;
        const my = (d.source.y + ty) / 2 + dx / len * 14;
        return `M${d.source.x},${d.source.y}Q${mx},${my} ${tx},${ty}`;
      })
      .attr('stroke', d => d.conflict / d.weight > 0.5 ? '#c0392b' : '#2e7fb8')
      .attr('stroke-width', d => 1 + 4 * d.weight / maxW).attr('marker-end', 'url(#arrow)')
      .append('title').text(d => `${d.source.label} → ${d.target.label}: ${d.weight} event(s), ${d.conflict} conflict`);
    const colour = d3.scaleOrdinal(d3.schemeTableau10);
    const node = svg.append('g').attr('class', 'nodes').selectAll('g').data(nodes).join('g').attr('class', 'node')
      .attr('data-id', d => d.id)
      .attr('transform', d => `translate(${d.x},${d.y})`);
    node.append('circle').attr('r', d => d.r).attr('fill', d => colour(d.country || d.id));
    node.append('title').text(d => `${d.label}: ${d.w} event(s), ${d.conflict} conflict`
      + (d.names.size ? '\nwritten as: ' + Array.from(d.names.entries()).sort((a, b) => b[1] - a[1]).slice(0, 5)
        .map(x => x[0]).join(', ') : ''));
    svg.append('g').attr('class', 'labels').selectAll('text').data(nodes.filter(n => n.place)).join('text')
      .attr('class', 'net-label')
      .attr('data-id', d => d.id)
      .attr('x', d => d.place.anchor === 'start' ? d.place.x0 + 2 : d.place.anchor === 'end' ? d.place.x1 - 2 : (d.place.x0 + d.place.x1) / 2)
      .attr('y', d => (d.place.y0 + d.place.y1) / 2)
      .attr('dominant-baseline', 'central')
      .attr('text-anchor', d => d.place.anchor)
      .text(d => d.label);
    return {nodes, shown: placed.length, hidden};
  }

  sitrep.network = {draw, nodesOf};
})();
