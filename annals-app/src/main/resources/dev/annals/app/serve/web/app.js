// The Annals web UI: one page, views chosen by ?view=, filters kept in the URL so every view can
// be bookmarked. Talks only to /api on the same server; nothing is loaded from elsewhere.
'use strict';

const FILTERS = ['actor', 'dyad', 'code', 'root', 'quad', 'from', 'to', 'place', 'text'];
const QUAD_NAMES = { 1: 'Verbal cooperation', 2: 'Material cooperation', 3: 'Verbal conflict', 4: 'Material conflict' };
const QUAD_COLOURS = { 1: '#4caf50', 2: '#1e88e5', 3: '#fb8c00', 4: '#e53935' };
const PAGE = 25;

const state = { cameo: {}, charts: {}, worldLoaded: null, mapPoints: [], network: { nodes: [] } };
window.annalsUi = state; // the browser tests read what the views drew

// ---------- helpers ----------
const $ = (selector, root = document) => root.querySelector(selector);
function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attributes)) {
    if (value === undefined || value === null || value === false) continue;
    if (key === 'class') node.className = value;
    else if (key.startsWith('on')) node.addEventListener(key.slice(2), value);
    else node.setAttribute(key, value);
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}
/** For echarts tooltips, which are HTML: names come from articles and must not become markup. */
function escapeHtml(value) {
  return String(value === null || value === undefined ? '' : value).replace(/[&<>"']/g, c => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
}
function params() { return new URLSearchParams(location.search); }
function filterParams() {
  const current = params();
  const result = new URLSearchParams();
  for (const name of FILTERS) if (current.get(name)) result.set(name, current.get(name));
  return result;
}
function go(changes, replace = false) {
  const next = params();
  for (const [key, value] of Object.entries(changes)) {
    if (value === null || value === undefined || value === '') next.delete(key); else next.set(key, value);
  }
  const url = '/?' + next.toString();
  if (replace) history.replaceState(null, '', url); else history.pushState(null, '', url);
  render();
}
async function api(path, options = {}) {
  const response = await fetch(path, options);
  const body = await response.json().catch(() => ({ error: 'not JSON (' + response.status + ')' }));
  if (!response.ok) throw new Error(body.error || ('HTTP ' + response.status));
  return body;
}
function codeName(code) {
  const entry = state.cameo[code];
  return entry ? entry.name : '';
}
function codeLabel(code, name) {
  return el('span', {}, el('span', { class: 'code' }, code), ' ', name || codeName(code));
}
function actorLabel(code, name) {
  return code ? el('span', { title: name || '' }, code) : el('span', { class: 'note' }, '—');
}
function chart(id) {
  if (!state.charts[id]) state.charts[id] = echarts.init(document.getElementById(id));
  return state.charts[id];
}
window.addEventListener('resize', () => Object.values(state.charts).forEach(c => c.resize()));

// ---------- filters ----------
function fillFilterForm() {
  const form = $('#filters');
  const current = params();
  for (const name of FILTERS) if (form.elements[name]) form.elements[name].value = current.get(name) || '';
}
$('#filters').addEventListener('submit', event => {
  event.preventDefault();
  const form = event.target;
  const changes = { offset: null };
  for (const name of FILTERS) changes[name] = form.elements[name].value.trim();
  go(changes);
});
$('#filters').addEventListener('change', event => {
  if (event.target.tagName === 'SELECT' || event.target.type === 'date') $('#filters').requestSubmit();
});
$('#clear-filters').addEventListener('click', () => {
  const changes = { offset: null };
  for (const name of FILTERS) changes[name] = null;
  go(changes);
});

// ---------- views ----------
async function render() {
  const view = params().get('view') || 'overview';
  document.querySelectorAll('.view').forEach(v => v.classList.toggle('shown', v.id === 'view-' + view));
  document.querySelectorAll('header nav a').forEach(a => a.classList.toggle('active', a.dataset.view === view));
  $('#filters').hidden = !['overview', 'events'].includes(view);
  fillFilterForm();
  $('#filter-error').textContent = '';
  try {
    if (view === 'overview') await Promise.all([renderTimeline(), renderNetwork(), renderMap(), renderEvents('overview')]);
    else if (view === 'events') await renderEvents('events');
    else if (view === 'event') await renderEvent(params().get('id'));
    else if (view === 'articles') await renderArticles();
    else if (view === 'article') await renderArticle(params().get('id'), $('#article'));
    else if (view === 'add') renderAdd();
    document.body.dataset.rendered = view + ':' + location.search;
  } catch (error) {
    $('#filter-error').textContent = error.message;
    document.body.dataset.rendered = 'error:' + location.search;
  }
}
window.addEventListener('popstate', render);
document.addEventListener('click', event => {
  const link = event.target.closest('a[href^="/?"]');
  if (link && !event.ctrlKey && !event.metaKey && !event.shiftKey) {
    event.preventDefault();
    history.pushState(null, '', link.getAttribute('href'));
    render();
  }
});

// ---------- timeline ----------
async function renderTimeline() {
  const period = params().get('period') || 'month';
  $('#period').value = period;
  const query = filterParams();
  query.set('period', period);
  const data = await api('/api/timeline?' + query);
  const periods = data.totals.map(t => t.period);
  const series = [1, 2, 3, 4].map(quad => ({
    name: QUAD_NAMES[quad], type: 'bar', stack: 'events', barMaxWidth: 60, color: QUAD_COLOURS[quad],
    data: periods.map(p => { const row = data.rows.find(r => r.period === p && r.quad_class === quad); return row ? row.events : 0; }),
  }));
  series.push({ name: 'Mean Goldstein', type: 'line', yAxisIndex: 1, color: '#333', symbolSize: 6,
    data: data.totals.map(t => t.mean_goldstein) });
  const total = data.totals.reduce((sum, t) => sum + t.events, 0);
  $('#timeline').dataset.total = total;
  $('#timeline-note').textContent = total + ' events';
  chart('timeline').setOption({
    tooltip: { trigger: 'axis' }, legend: { top: 0 }, grid: { left: 40, right: 45, top: 35, bottom: 25 },
    xAxis: { type: 'category', data: periods },
    yAxis: [{ type: 'value', name: 'events', minInterval: 1 }, { type: 'value', name: 'Goldstein', min: -10, max: 10 }],
    series,
  }, true);
}
$('#period').addEventListener('change', event => go({ period: event.target.value }));

// ---------- network ----------
function goldsteinColour(value) {
  // -10 red, 0 grey, +10 green
  const t = Math.max(-1, Math.min(1, value / 10));
  const mix = (a, b, f) => Math.round(a + (b - a) * f);
  const [r, g, b] = t < 0 ? [mix(150, 220, -t), mix(150, 38, -t), mix(150, 38, -t)] : [mix(150, 46, t), mix(150, 160, t), mix(150, 67, t)];
  return `rgb(${r},${g},${b})`;
}
async function renderNetwork() {
  const query = filterParams();
  query.set('limit', '60');
  const dyads = await api('/api/dyads?' + query);
  const names = {};
  const weight = {};
  for (const d of dyads) {
    names[d.source_code] = d.source_name; names[d.target_code] = d.target_name;
    weight[d.source_code] = (weight[d.source_code] || 0) + d.events;
    weight[d.target_code] = (weight[d.target_code] || 0) + d.events;
  }
  const codes = Object.keys(weight).sort();
  const nodes = codes.map(code => ({ id: code, name: code, fullName: names[code], value: weight[code],
    symbolSize: 6 + 3 * Math.sqrt(weight[code]), label: { show: true } }));
  const maxEvents = Math.max(1, ...dyads.map(d => d.events));
  const links = dyads.map(d => ({ source: d.source_code, target: d.target_code, value: d.events, goldstein: d.mean_goldstein,
    lineStyle: { color: goldsteinColour(d.mean_goldstein), width: 1 + 6 * d.events / maxEvents, curveness: 0.15, opacity: 0.85 } }));
  state.network = { nodes: codes, links: links.length };
  $('#network').dataset.nodes = nodes.length;
  const network = chart('network');
  network.setOption({
    tooltip: { formatter: item => item.dataType === 'edge'
      ? `${escapeHtml(item.data.source)} → ${escapeHtml(item.data.target)}: ${item.data.value} events, mean Goldstein ${item.data.goldstein}`
      : `${escapeHtml(item.data.id)} ${escapeHtml(item.data.fullName)}: ${item.data.value} events` },
    series: [{ type: 'graph', layout: 'force', force: { repulsion: 150, edgeLength: [50, 110], gravity: 0.12, layoutAnimation: false }, roam: true, draggable: true, data: nodes, links, edgeSymbol: ['none', 'arrow'], edgeSymbolSize: 7,
      itemStyle: { color: '#5470c6' }, label: { position: 'right', fontSize: 11 }, emphasis: { focus: 'adjacency' } }],
  }, true);
  network.off('click');
  network.on('click', item => {
    if (item.dataType === 'node') go({ actor: item.data.id, dyad: null, offset: null });
    else if (item.dataType === 'edge') go({ dyad: item.data.source + ':' + item.data.target, actor: null, offset: null });
  });
}
/** Every network node with where it is drawn (for the browser tests). */
state.networkNodePixels = () => state.network.nodes.map(code => {
  const pixel = state.networkNodePixel(code);
  return pixel ? { code, x: pixel[0], y: pixel[1] } : null;
}).filter(Boolean);
/** Where a network node is drawn, in pixels from the chart's top left (for the browser tests). */
state.networkNodePixel = code => {
  const index = state.network.nodes.indexOf(code);
  if (index < 0) return null;
  const network = chart('network');
  const layout = network.getModel().getSeriesByIndex(0).getData().getItemLayout(index);
  return layout ? network.convertToPixel({ seriesIndex: 0 }, layout) : null;
};

// ---------- map ----------
function topojsonFeatures(topology, objectName) {
  const transform = topology.transform;
  const arcs = topology.arcs.map(arc => {
    let x = 0, y = 0;
    return arc.map(point => {
      if (!transform) return point;
      x += point[0]; y += point[1];
      return [x * transform.scale[0] + transform.translate[0], y * transform.scale[1] + transform.translate[1]];
    });
  });
  const ring = indices => {
    const points = [];
    indices.forEach((index, k) => {
      const arc = index < 0 ? arcs[~index].slice().reverse() : arcs[index];
      points.push(...(k ? arc.slice(1) : arc));
    });
    return points;
  };
  return topology.objects[objectName].geometries.filter(g => g.type).map(g => ({
    type: 'Feature', properties: { name: (g.properties && g.properties.name) || String(g.id) },
    geometry: g.type === 'Polygon' ? { type: 'Polygon', coordinates: g.arcs.map(ring) }
      : { type: 'MultiPolygon', coordinates: g.arcs.map(polygon => polygon.map(ring)) },
  }));
}
function loadWorld() {
  if (!state.worldLoaded) {
    state.worldLoaded = fetch('/vendor/world-atlas/countries-110m.json').then(r => r.json()).then(topology => {
      echarts.registerMap('world', { type: 'FeatureCollection', features: topojsonFeatures(topology, 'countries') });
    });
  }
  return state.worldLoaded;
}
/** Places close together on screen at the current zoom become one bubble with their total. */
function cluster(points, zoom) {
  const cell = 6 / zoom; // degrees
  const cells = new Map();
  for (const p of points) {
    const key = Math.floor(p.longitude / cell) + ':' + Math.floor(p.latitude / cell);
    const c = cells.get(key) || { events: 0, goldstein: 0, lon: 0, lat: 0, places: [] };
    c.events += p.events; c.goldstein += p.mean_goldstein * p.events;
    c.lon += p.longitude * p.events; c.lat += p.latitude * p.events;
    c.places.push(p.place_name);
    cells.set(key, c);
  }
  return [...cells.values()].map(c => ({
    name: c.places.length > 1 ? c.places.length + ' places: ' + c.places.slice(0, 5).join(', ') + (c.places.length > 5 ? '…' : '') : c.places[0],
    value: [c.lon / c.events, c.lat / c.events, c.events], goldstein: c.goldstein / c.events, places: c.places.length,
    symbolSize: 8 + 6 * Math.sqrt(c.events), itemStyle: { color: goldsteinColour(c.goldstein / c.events), opacity: 0.85 },
    label: { show: c.places.length > 1 || c.events > 1, formatter: String(c.events) },
  }));
}
function drawClusters(zoom) {
  const clusters = cluster(state.mapPoints, zoom);
  $('#map').dataset.clusters = clusters.length;
  chart('map').setOption({ series: [{ id: 'events', data: clusters }] });
}
async function renderMap() {
  const [places] = await Promise.all([api('/api/places?' + filterParams()), loadWorld()]);
  state.mapPoints = places;
  const events = places.reduce((sum, p) => sum + p.events, 0);
  $('#map').dataset.events = events;
  $('#map-note').textContent = events + ' events at ' + places.length + ' places';
  const map = chart('map');
  map.setOption({
    tooltip: { formatter: item => item.seriesType === 'scatter' ? `${escapeHtml(item.data.name)}: ${item.data.value[2]} events, mean Goldstein ${item.data.goldstein.toFixed(1)}` : escapeHtml(item.name) },
    geo: { map: 'world', roam: true, zoom: 1, itemStyle: { areaColor: '#e8ebf0', borderColor: '#aab2bd' }, emphasis: { itemStyle: { areaColor: '#d5dbe3' }, label: { show: false } } },
    series: [{ id: 'events', type: 'scatter', coordinateSystem: 'geo', data: [], label: { position: 'inside', color: '#fff', fontSize: 10 } }],
  }, true);
  drawClusters(1);
  map.off('georoam');
  map.on('georoam', () => drawClusters(map.getOption().geo[0].zoom || 1));
  map.off('click');
  map.on('click', item => {
    if (item.seriesType === 'scatter' && item.data.places === 1) go({ place: item.data.name, offset: null });
  });
}

// ---------- events table ----------
const COLUMNS = [
  { key: 'date', label: 'Date', sort: 'date' },
  { key: 'source_code', label: 'Source' },
  { key: 'cameo_code', label: 'Event' },
  { key: 'target_code', label: 'Target' },
  { key: 'goldstein', label: 'Goldstein', sort: 'goldstein' },
  { key: 'place_name', label: 'Place' },
  { key: 'num_mentions', label: 'Mentions', sort: 'mentions' },
  { key: 'num_sources', label: 'Sources', sort: 'sources' },
];
async function renderEvents(where) {
  const holder = document.querySelector(`.events-holder[data-place="${where}"]`);
  const current = params();
  const sort = current.get('sort') || 'date';
  const order = current.get('order') || 'desc';
  const offset = Number(current.get('offset') || 0);
  const query = filterParams();
  query.set('sort', sort); query.set('order', order); query.set('limit', PAGE); query.set('offset', offset);
  const data = await api('/api/events?' + query);
  const note = where === 'overview' ? $('#events-note-overview') : $('#events-note');
  note.textContent = data.total + ' events';
  const header = el('tr', {}, COLUMNS.map(c => el('th', {
    class: c.sort ? (c.sort === sort ? 'sorted-' + order : '') : 'nosort', 'data-sort': c.sort,
    onclick: c.sort ? () => go({ sort: c.sort, order: c.sort === sort && order === 'desc' ? 'asc' : 'desc', offset: null }) : null,
  }, c.label)));
  const rows = data.events.map(e => el('tr', { 'data-event': e.event_id },
    el('td', {}, el('a', { href: '/?view=event&id=' + e.event_id }, e.date)),
    el('td', {}, actorLabel(e.source_code, e.source_name)),
    el('td', { class: 'q' + e.quad_class }, codeLabel(e.cameo_code)),
    el('td', {}, actorLabel(e.target_code, e.target_name)),
    el('td', {}, e.goldstein),
    el('td', {}, e.place_name ? `${e.place_name} (${e.place_country || '?'})` : ''),
    el('td', {}, e.num_mentions),
    el('td', {}, e.num_sources)));
  const table = el('table', { class: 'events-table' }, el('thead', {}, header), el('tbody', {}, rows));
  const exportQuery = filterParams();
  const exports = ['csv', 'jsonl', 'gdelt'].map(format => {
    exportQuery.set('format', format);
    return el('a', { href: '/api/export?' + exportQuery, download: '', class: 'export', 'data-format': format }, format.toUpperCase());
  });
  const pager = el('div', { class: 'pager' },
    el('button', { type: 'button', disabled: offset === 0 || null, onclick: () => go({ offset: Math.max(0, offset - PAGE) || null }) }, '‹ Previous'),
    el('span', {}, data.total === 0 ? 'no events' : `${offset + 1}–${Math.min(offset + PAGE, data.total)} of ${data.total}`),
    el('button', { type: 'button', disabled: offset + PAGE >= data.total || null, onclick: () => go({ offset: offset + PAGE }) }, 'Next ›'),
    el('span', {}, 'Export this filter: ', exports.flatMap((a, i) => i ? [' · ', a] : [a])));
  holder.replaceChildren(table, pager);
  holder.dataset.total = data.total;
}

// ---------- one aggregated event ----------
async function renderEvent(id) {
  const event = await api('/api/events/' + encodeURIComponent(id || ''));
  const facts = el('dl', { class: 'facts' },
    el('dt', {}, 'What'), el('dd', {}, codeLabel(event.cameo_code, event.cameo_name), ' — ', el('span', { class: 'q' + event.quad_class }, QUAD_NAMES[event.quad_class]), `, Goldstein ${event.goldstein}`),
    el('dt', {}, 'Who'), el('dd', {}, `${event.source_name} (${event.source_code})`, ' → ', event.target_code ? `${event.target_name} (${event.target_code})` : '—'),
    el('dt', {}, 'When'), el('dd', {}, `${event.date} (${event.date_precision})`),
    el('dt', {}, 'Where'), el('dd', {}, event.place_name ? `${event.place_name}, ${event.place_country || ''}` : '—'),
    el('dt', {}, 'Modality'), el('dd', {}, event.modality + (event.negated ? ', negated' : '')),
    el('dt', {}, 'Reported by'), el('dd', {}, `${event.num_mentions} mentions in ${event.num_articles} articles from ${event.num_sources} sources`));
  const mentions = event.mentions.map(m => el('div', { class: 'mention' },
    el('div', {}, el('a', { href: '/?view=article&id=' + encodeURIComponent(m.article_id) + '&mention=' + encodeURIComponent(m.mention_id) }, m.title || m.article_id),
      el('span', { class: 'note' }, [m.publisher, m.publication_date].filter(Boolean).join(', '))),
    el('blockquote', {}, m.sentence),
    el('div', { class: 'note' }, `trigger “${m.trigger}”, ${m.source_text} → ${m.target_text || '—'}, ${m.date} from ${m.date_origin}, ${m.modality}`)));
  $('#event-detail').replaceChildren(el('h2', {}, `Event ${event.event_id}`), facts, el('h2', {}, 'Reports'), ...mentions);
}

// ---------- articles ----------
async function renderArticles() {
  const offset = Number(params().get('offset') || 0);
  const data = await api(`/api/articles?limit=50&offset=${offset}`);
  const rows = data.articles.map(a => el('tr', {},
    el('td', {}, a.reference_date), el('td', {}, el('a', { href: '/?view=article&id=' + encodeURIComponent(a.article_id) }, a.title || a.article_id)),
    el('td', {}, a.publisher || ''), el('td', {}, a.mentions)));
  $('#article-list').replaceChildren(el('table', {}, el('thead', {}, el('tr', {}, ['Date', 'Title', 'Publisher', 'Event mentions'].map(h => el('th', { class: 'nosort' }, h)))), el('tbody', {}, rows)),
    el('p', { class: 'note' }, `${data.total} articles`));
  const q = params().get('q');
  $('#search-q').value = q || '';
  if (q) {
    const hits = await api('/api/search?' + new URLSearchParams({ q, in: 'sentence,quote' }));
    $('#search-results').replaceChildren(el('h3', {}, `${hits.length} hits for ${q}`), el('ul', {}, hits.map(h => el('li', {},
      el('a', { href: '/?view=article&id=' + encodeURIComponent(h.article_id) }, h.article_id), ` (${h.kind}) `,
      ...h.highlighted.split(/(\[[^\]]*\])/).map(part => part.startsWith('[') ? el('mark', {}, part.slice(1, -1)) : part)))));
  } else {
    $('#search-results').replaceChildren();
  }
}
$('#search-form').addEventListener('submit', event => { event.preventDefault(); go({ q: $('#search-q').value.trim() }); });

/** The article's text cut at every annotation boundary; each piece carries the classes of the annotations over it. */
function highlightedText(article) {
  const text = article.text;
  const spans = [];
  article.actors.forEach(a => spans.push({ start: a.start_offset, end: a.end_offset, kind: 'actor', title: `${a.code} ${a.name}` }));
  article.times.forEach(t => spans.push({ start: t.start_offset, end: t.end_offset, kind: 'timex', title: `${t.type} ${t.value}` }));
  article.quotes.forEach(q => spans.push({ start: q.start_offset, end: q.end_offset, kind: 'quote', title: `quote of ${q.speaker_text || 'unknown'}` }));
  article.events.forEach((e, i) => {
    if (e.trigger_start !== null) spans.push({ start: e.trigger_start, end: e.trigger_end, kind: 'trigger', event: i, title: `${e.cameo_code} ${e.cameo_name}` });
  });
  const cuts = new Set([0, text.length]);
  spans.forEach(s => { cuts.add(Math.max(0, Math.min(text.length, s.start))); cuts.add(Math.max(0, Math.min(text.length, s.end))); });
  const points = [...cuts].sort((a, b) => a - b);
  const pieces = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const [start, end] = [points[i], points[i + 1]];
    const over = spans.filter(s => s.start <= start && s.end >= end);
    const piece = text.slice(start, end);
    if (!over.length) { pieces.push(piece); continue; }
    const triggers = over.filter(s => s.kind === 'trigger').map(s => s.event);
    pieces.push(el('span', { class: [...new Set(over.map(s => s.kind))].join(' '), title: over.map(s => s.title).join('\n'),
      'data-events': triggers.length ? triggers.join(' ') : null, 'data-start': start }, piece));
  }
  return el('div', { class: 'article-text' }, pieces);
}
async function renderArticle(id, target, preloaded) {
  const article = preloaded || await api('/api/articles/' + encodeURIComponent(id || ''));
  const wanted = params().get('mention');
  const text = highlightedText(article);
  const select = index => {
    text.querySelectorAll('.selected').forEach(n => n.classList.remove('selected'));
    text.querySelectorAll('[data-events]').forEach(n => { if (n.dataset.events.split(' ').includes(String(index))) n.classList.add('selected'); });
  };
  const events = el('ol', { class: 'event-list' }, article.events.map((e, i) => el('li', { 'data-index': i, class: 'q' + e.quad_class, onclick: () => select(i) },
    el('strong', {}, e.source_text), ` (${e.source_code}) `, codeLabel(e.cameo_code, e.cameo_name), ' ',
    e.target_code ? [el('strong', {}, e.target_text), ` (${e.target_code})`] : '',
    el('span', { class: 'note' }, ` ${QUAD_NAMES[e.quad_class]}, Goldstein ${e.goldstein}; ${e.date}${e.place_name ? ', ' + e.place_name : ''}; ${e.modality}${e.negated ? ', negated' : ''}; trigger “${e.trigger}” `),
    e.event_id ? el('a', { href: '/?view=event&id=' + e.event_id, class: 'event-link' }, e.num_articles > 1 ? `event, reported by ${e.num_articles} articles` : 'event') : '')));
  const legend = el('p', { class: 'legend' }, el('span', { class: 'actor' }, 'actor'), el('span', { class: 'trigger' }, 'event trigger'),
    el('span', { class: 'timex' }, 'time expression'), el('span', { class: 'quote' }, 'quote'));
  const copies = article.copies.length ? el('p', { class: 'note' }, `Also published as: ${article.copies.map(c => c.publisher || c.url || c.article_id).join(', ')}`) : null;
  target.replaceChildren(
    el('h2', {}, article.title || article.article_id),
    el('p', { class: 'note' }, [article.publisher, article.publication_date || `dated ${article.reference_date} (${article.reference_date_origin})`,
      article.url].filter(Boolean).join(' · ')),
    legend, text, el('h2', {}, `${article.events.length} event mentions`), events, ...(copies ? [copies] : []));
  target.dataset.articleId = article.article_id;
  if (wanted) {
    const index = article.events.findIndex(e => e.mention_id === wanted);
    if (index >= 0) select(index);
  }
}

// ---------- paste an article ----------
function renderAdd() {
  const saved = sessionStorage.getItem('annals-token');
  if (saved && !$('#token').value) $('#token').value = saved;
}
$('#add-form').addEventListener('submit', async event => {
  event.preventDefault();
  const form = event.target;
  const token = form.elements.token.value.trim();
  sessionStorage.setItem('annals-token', token);
  const body = { text: form.elements.text.value };
  if (form.elements.title.value.trim()) body.title = form.elements.title.value.trim();
  if (form.elements.date.value) body.date = form.elements.date.value;
  $('#add-status').textContent = 'Coding…';
  $('#add-status').className = '';
  $('#add-submit').disabled = true;
  try {
    const result = await api('/api/articles', { method: 'POST', headers: { 'Content-Type': 'application/json', Authorization: 'Bearer ' + token }, body: JSON.stringify(body) });
    $('#add-status').textContent = result.status === 'stored' ? `Stored as ${result.article_id}.` : `Not stored again: ${result.status}${result.original_id ? ' (' + result.original_id + ')' : ''}.`;
    await renderArticle(null, $('#add-result'), result.article);
  } catch (error) {
    $('#add-status').textContent = error.message;
    $('#add-status').className = 'error';
  } finally {
    $('#add-submit').disabled = false;
  }
});

// ---------- start ----------
(async function start() {
  try {
    const codes = await api('/api/cameo');
    for (const c of codes) state.cameo[c.code] = c;
    const roots = codes.filter(c => c.code.length === 2);
    $('#root-select').append(...roots.map(c => el('option', { value: c.code }, `${c.code} ${c.name}`)));
  } catch (error) {
    $('#filter-error').textContent = 'cannot load the CAMEO code table: ' + error.message;
  }
  render();
})();
