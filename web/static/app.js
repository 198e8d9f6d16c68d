// The annals page: loads events from the JSON API of the same origin and shows them on a
// map, a timeline and a list, with a view of one event and one article. Every text from the
// API is put in the page with textContent or text nodes, never parsed as HTML.
'use strict';

(function () {
  const LIMIT = 1000; // the API's largest page: the map shows at most this many events
  const QUADS = {
    1: {name: 'verbal cooperation', colour: '#2a9d8f'},
    2: {name: 'material cooperation', colour: '#3a6fb0'},
    3: {name: 'verbal conflict', colour: '#e0a030'},
    4: {name: 'material conflict', colour: '#c8402f'},
  };
  const PLOVER = ['ACCUSE', 'AGREE', 'AID', 'ASSAULT', 'COERCE', 'CONCEDE', 'CONSULT', 'COOPERATE',
    'MOBILIZE', 'PROTEST', 'REJECT', 'REQUEST', 'RETREAT', 'SANCTION', 'SUPPORT', 'THREATEN'];
  const STATUSES = ['asserted', 'planned', 'negated', 'hypothetical', 'historical'];
  const FILTERS = ['country', 'cameo', 'plover', 'status', 'from', 'to', 'q'];
  const SVG = 'http://www.w3.org/2000/svg';

  const state = {
    query: null, // the filter query string of the loaded events; null before the first load
    events: [],
    markers: new Map(), // event id -> circle marker
    map: null,
    markerLayer: null,
    selected: null,
  };

  // ---- DOM helpers ----

  // el makes an element; attributes named on* become listeners, text sets textContent, and
  // children that are not nodes become text nodes.
  function el(tag, attrs, ...children) {
    return build(document.createElement(tag), attrs, children);
  }

  function svg(tag, attrs, ...children) {
    return build(document.createElementNS(SVG, tag), attrs, children);
  }

  function build(node, attrs, children) {
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === null || v === undefined || v === false) continue;
      if (k === 'text') node.textContent = v;
      else if (k.startsWith('on')) node.addEventListener(k.slice(2), v);
      else node.setAttribute(k, v === true ? '' : String(v));
    }
    for (const c of children.flat(Infinity)) {
      if (c === null || c === undefined || c === false) continue;
      node.append(c instanceof Node ? c : document.createTextNode(String(c)));
    }
    return node;
  }

  function $(id) { return document.getElementById(id); }

  function showStatus(message) {
    const s = $('status');
    s.textContent = message || '';
    s.hidden = !message;
  }

  async function getJSON(path) {
    const res = await fetch(path, {headers: {Accept: 'application/json'}});
    let body = null;
    try { body = await res.json(); } catch (e) { /* reported below */ }
    if (!res.ok) throw new Error((body && body.error) || `${path}: ${res.status} ${res.statusText}`);
    return body;
  }

  // safeURL returns an http(s) address for a link, or null: article URLs come from the
  // articles and a javascript: one must not become a link.
  function safeURL(s) {
    try {
      const u = new URL(s);
      return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
    } catch (e) {
      return null;
    }
  }

  // ---- byte offsets ----
  // The API's offsets count UTF-8 bytes; the text is encoded once and sliced as bytes.

  const encoder = new TextEncoder();
  const decoder = new TextDecoder();

  function indexOfBytes(hay, needle, from, to) {
    if (needle.length === 0) return -1;
    outer: for (let i = from; i + needle.length <= to; i++) {
      for (let j = 0; j < needle.length; j++) {
        if (hay[i + j] !== needle[j]) continue outer;
      }
      return i;
    }
    return -1;
  }

  // findIn returns the byte span of the first occurrence of s within [from, to), or null.
  function findIn(bytes, s, from, to) {
    if (!s) return null;
    const needle = encoder.encode(s);
    const i = indexOfBytes(bytes, needle, from, to);
    return i < 0 ? null : {start: i, end: i + needle.length};
  }

  // placeAndDate returns the marks of an event's place and date: at their offsets, or, for
  // events stored before records carried them, where their text occurs in the sentence.
  function placeAndDate(bytes, e) {
    const at = (span, s) => span && span.end > span.start ? {start: span.start, end: span.end} : findIn(bytes, s, e.start, e.end);
    const out = [];
    const loc = e.location;
    const place = loc && loc.text && at(loc, loc.text);
    if (place) out.push({...place, cls: 'm-place', label: `place: ${loc.name}, ${loc.country}`});
    const date = e.date_text && at(e.date_span, e.date_text);
    if (date) out.push({...date, cls: 'm-date', label: `date: ${e.date}`});
    return out;
  }

  // marked renders bytes [from, to) as text with the spans marked. Spans may overlap: the
  // text is cut at every span boundary and each piece carries the classes and labels of all
  // the spans over it. A piece under a span with an event id links to that event.
  function marked(bytes, from, to, spans) {
    const frag = document.createDocumentFragment();
    const inside = spans
      .map(s => ({...s, start: Math.max(s.start, from), end: Math.min(s.end, to)}))
      .filter(s => s.start < s.end);
    const cuts = new Set([from, to]);
    for (const s of inside) { cuts.add(s.start); cuts.add(s.end); }
    const points = [...cuts].sort((a, b) => a - b);
    for (let i = 0; i + 1 < points.length; i++) {
      const a = points[i], b = points[i + 1];
      const text = decoder.decode(bytes.subarray(a, b));
      const over = inside.filter(s => s.start <= a && b <= s.end);
      if (over.length === 0) {
        frag.append(document.createTextNode(text));
        continue;
      }
      const classes = [...new Set(over.map(s => s.cls))].join(' ');
      const title = [...new Set(over.map(s => s.label).filter(Boolean))].join('\n');
      const linked = over.find(s => s.event);
      const node = linked
        ? el('a', {class: classes, href: `#/event/${encodeURIComponent(linked.event)}`, title}, text)
        : el('span', {class: classes, title}, text);
      frag.append(node);
    }
    return frag;
  }

  // ---- formatting ----

  function actorText(a) {
    if (!a) return '—';
    return a.code ? `${a.text} (${a.code})` : a.text;
  }

  function dyad(e) {
    return `${e.source ? e.source.text : '—'} → ${e.target ? e.target.text : '—'}`;
  }

  function hasPoint(e) {
    return e.location && Number.isFinite(e.location.lat) && Number.isFinite(e.location.lon);
  }

  // dayOf returns an event's date when it names one day; weeks, months and years do not
  // fit a daily timeline.
  function dayOf(e) {
    return /^\d{4}-\d{2}-\d{2}$/.test(e.date || '') ? e.date : null;
  }

  function quadChip(q) {
    return el('span', {class: `chip quad-${q}`, title: QUADS[q] ? QUADS[q].name : `quad class ${q}`});
  }

  // ---- filters and routing ----

  function setupFilters() {
    const plover = $('f-plover');
    for (const p of PLOVER) plover.append(el('option', {value: p}, p));
    const status = $('f-status');
    for (const s of STATUSES) status.append(el('option', {value: s}, s));
    const form = $('filters');
    form.addEventListener('submit', ev => {
      ev.preventDefault();
      const q = formQuery();
      const hash = q ? `#/?${q}` : '#/';
      if (location.hash === hash) load(q); else location.hash = hash;
    });
    form.addEventListener('reset', () => {
      // After the reset has cleared the fields.
      setTimeout(() => { location.hash = '#/'; }, 0);
    });
  }

  function formQuery() {
    const form = $('filters');
    const p = new URLSearchParams();
    for (const name of FILTERS) {
      const v = form.elements[name].value.trim();
      if (v) p.set(name, name === 'country' ? v.toUpperCase() : v);
    }
    return p.toString();
  }

  function fillForm(query) {
    const p = new URLSearchParams(query);
    const form = $('filters');
    for (const name of FILTERS) form.elements[name].value = p.get(name) || '';
  }

  function listHash() {
    return state.query ? `#/?${state.query}` : '#/';
  }

  async function route() {
    const hash = location.hash.replace(/^#/, '') || '/';
    let m;
    try {
      if ((m = hash.match(/^\/event\/([^/?]+)$/))) {
        if (state.query === null) await load('');
        await showEvent(decodeURIComponent(m[1]));
      } else if ((m = hash.match(/^\/article\/([^/?]+)$/))) {
        if (state.query === null) await load('');
        await showArticle(decodeURIComponent(m[1]));
      } else {
        const q = hash.startsWith('/?') ? hash.slice(2) : '';
        fillForm(q);
        if (q !== state.query) await load(q);
        showView('list-view');
        select(null);
      }
    } catch (err) {
      document.body.dataset.state = 'error';
      showStatus(err.message);
    }
  }

  function showView(id) {
    for (const v of ['list-view', 'event-view', 'article-view']) $(v).hidden = v !== id;
    $('panel').scrollTop = 0;
  }

  // ---- loading ----

  async function load(query) {
    state.query = query;
    showStatus('Loading events…');
    document.body.dataset.state = 'loading';
    const events = await getJSON(`api/events?limit=${LIMIT}${query ? '&' + query : ''}`);
    if (state.query !== query) return; // a later load has taken over
    state.events = events || [];
    showStatus('');
    renderMarkers();
    renderTimeline();
    renderList();
    document.body.dataset.state = 'ready';
  }

  // ---- map ----

  function setupMap() {
    const map = L.map('map', {
      center: [30, 20],
      zoom: 2,
      minZoom: 1,
      maxZoom: 10,
      worldCopyJump: false,
      maxBounds: [[-90, -200], [90, 220]],
    });
    map.attributionControl.setPrefix('Leaflet');
    state.map = map;
    state.markerLayer = L.layerGroup().addTo(map);
    fetch('countries.geojson')
      .then(res => res.json())
      .then(geo => {
        L.geoJSON(geo, {
          interactive: false,
          attribution: 'Natural Earth',
          style: {color: '#9a9488', weight: 0.6, fillColor: '#f5f2ea', fillOpacity: 1, className: 'country'},
        }).addTo(map).bringToBack();
      })
      .catch(err => showStatus(`Country outlines: ${err.message}`));
    window.addEventListener('resize', () => map.invalidateSize());
  }

  function renderMarkers() {
    state.markerLayer.clearLayers();
    state.markers.clear();
    state.selected = null;
    const located = state.events.filter(hasPoint);
    const byPlace = new Map();
    for (const e of located) {
      const k = `${e.location.lat},${e.location.lon}`;
      if (!byPlace.has(k)) byPlace.set(k, []);
      byPlace.get(k).push(e);
    }
    for (const e of located) {
      const q = QUADS[e.quad_class] ? e.quad_class : 0;
      const colour = QUADS[q] ? QUADS[q].colour : '#777';
      const m = L.circleMarker([e.location.lat, e.location.lon], {
        radius: 7,
        weight: 1,
        color: '#333',
        fillColor: colour,
        fillOpacity: 0.85,
        className: `event-marker quad-${q}`,
      });
      const here = byPlace.get(`${e.location.lat},${e.location.lon}`);
      m.bindPopup(() => popup(e, here), {maxWidth: 320});
      m.on('click', () => { location.hash = `#/event/${encodeURIComponent(e.id)}`; });
      m.addTo(state.markerLayer);
      state.markers.set(e.id, m);
    }
    if (located.length > 0) {
      const b = L.latLngBounds(located.map(e => [e.location.lat, e.location.lon]));
      // Not animated: markers must not move under a click while the map settles.
      state.map.fitBounds(b.pad(0.3), {maxZoom: 6, animate: false});
    }
  }

  // popup describes the event and lists the others at the same point, whose markers lie
  // under this one.
  function popup(e, here) {
    const others = here.filter(o => o.id !== e.id);
    return el('div', {class: 'popup'},
      el('strong', {}, e.cameo_name || e.cameo), ' ', el('span', {class: 'code'}, e.cameo),
      el('div', {}, dyad(e)),
      el('div', {class: 'muted'}, [e.date, e.location.name].filter(Boolean).join(' · ')),
      el('div', {},
        el('a', {href: `#/event/${encodeURIComponent(e.id)}`}, 'event'), ' · ',
        el('a', {href: `#/article/${encodeURIComponent(e.article_id)}`}, 'article')),
      others.length > 0 && el('details', {},
        el('summary', {}, `${others.length} more here`),
        el('ul', {}, others.slice(0, 30).map(o =>
          el('li', {}, el('a', {href: `#/event/${encodeURIComponent(o.id)}`}, `${o.cameo_name || o.cameo}: ${dyad(o)}`))))));
  }

  function select(id) {
    if (state.selected) {
      const old = state.markers.get(state.selected);
      if (old) old.setStyle({weight: 1, color: '#333'});
    }
    state.selected = null;
    const m = id && state.markers.get(id);
    if (!m) return;
    state.selected = id;
    m.setStyle({weight: 3, color: '#000'}).bringToFront();
    if (!m.isPopupOpen()) m.openPopup();
  }

  // ---- timeline ----

  // renderTimeline draws events per day as bars stacked by quad class and the mean
  // Goldstein score of each day as a line. Spans of more than GAP days without events are
  // cut out and drawn as a break, so that events years apart still get readable bars.
  function renderTimeline() {
    const GAP = 14;
    const chart = $('timeline');
    chart.replaceChildren();
    const days = new Map();
    let undated = 0;
    for (const e of state.events) {
      const d = dayOf(e);
      if (!d) { undated++; continue; }
      if (!days.has(d)) days.set(d, {date: d, quad: [0, 0, 0, 0], n: 0, goldstein: 0});
      const day = days.get(d);
      if (e.quad_class >= 1 && e.quad_class <= 4) day.quad[e.quad_class - 1]++;
      day.n++;
      day.goldstein += e.goldstein;
    }
    $('timeline-note').textContent = undated > 0
      ? `${undated} event${undated === 1 ? '' : 's'} dated to a week, month or year, or not dated, are not shown.`
      : '';
    if (days.size === 0) {
      chart.append(svg('text', {x: 12, y: 24, class: 'axis'}, 'No dated events.'));
      return;
    }
    // Slots: every day of each run of days, runs split where GAP days pass without events.
    const sorted = [...days.keys()].sort();
    const slots = [];
    let prev = null;
    for (const d of sorted) {
      const t = Date.parse(d + 'T00:00:00Z');
      if (prev !== null) {
        const gap = Math.round((t - prev) / 864e5);
        if (gap > GAP) slots.push({break: true});
        else for (let i = 1; i < gap; i++) slots.push({date: isoDay(prev + i * 864e5)});
      }
      slots.push({date: d});
      prev = t;
    }
    const width = Math.max(chart.clientWidth || 600, 200);
    const height = Math.max(chart.clientHeight || 170, 120);
    chart.setAttribute('viewBox', `0 0 ${width} ${height}`);
    const pad = {left: 34, right: 34, top: 10, bottom: 30};
    const plotW = width - pad.left - pad.right, plotH = height - pad.top - pad.bottom;
    const slotW = plotW / slots.length;
    const maxN = Math.max(...[...days.values()].map(d => d.n));
    const yCount = n => pad.top + plotH - (n / maxN) * plotH;
    const yGold = g => pad.top + plotH / 2 - (g / 10) * (plotH / 2);

    // Axes: counts on the left, Goldstein (-10 to 10) on the right.
    chart.append(
      svg('line', {x1: pad.left, x2: pad.left + plotW, y1: pad.top + plotH, y2: pad.top + plotH, class: 'axis-line'}),
      svg('line', {x1: pad.left, x2: pad.left + plotW, y1: yGold(0), y2: yGold(0), class: 'zero-line'}),
      svg('text', {x: pad.left - 6, y: yCount(maxN) + 4, class: 'axis', 'text-anchor': 'end'}, String(maxN)),
      svg('text', {x: pad.left - 6, y: yCount(0), class: 'axis', 'text-anchor': 'end'}, '0'),
      svg('text', {x: pad.left + plotW + 6, y: yGold(10) + 4, class: 'axis gold'}, '+10'),
      svg('text', {x: pad.left + plotW + 6, y: yGold(0) + 4, class: 'axis gold'}, '0'),
      svg('text', {x: pad.left + plotW + 6, y: yGold(-10), class: 'axis gold'}, '−10'));

    const barW = Math.max(Math.min(slotW * 0.8, 40), 1.5);
    let line = [];
    const lines = [];
    let lastLabel = -Infinity;
    slots.forEach((slot, i) => {
      const x = pad.left + i * slotW + slotW / 2;
      if (slot.break) {
        chart.append(svg('text', {x, y: pad.top + plotH - 4, class: 'axis break', 'text-anchor': 'middle'}, '⋯'));
        if (line.length) lines.push(line);
        line = [];
        return;
      }
      const day = days.get(slot.date);
      const first = i === 0 || slots[i - 1].break;
      // Label the first day of each run, and others where there is room.
      if ((first && x - lastLabel > 40) || x - lastLabel > 90) {
        chart.append(svg('text', {x, y: height - 10, class: 'axis', 'text-anchor': 'middle'}, slot.date));
        lastLabel = x + 30;
      }
      if (!day) return;
      const g = svg('g', {class: 'day', 'data-date': slot.date, tabindex: 0,
        onclick: () => filterDay(slot.date),
        onkeydown: ev => { if (ev.key === 'Enter') filterDay(slot.date); }});
      let y = pad.top + plotH;
      day.quad.forEach((n, q) => {
        if (n === 0) return;
        const h = (n / maxN) * plotH;
        y -= h;
        g.append(svg('rect', {x: x - barW / 2, y, width: barW, height: h, class: `bar quad-${q + 1}`}));
      });
      const mean = day.goldstein / day.n;
      g.append(svg('title', {}, `${slot.date}: ${day.n} event${day.n === 1 ? '' : 's'} ` +
        `(${day.quad.map((n, q) => `${n} ${QUADS[q + 1].name}`).join(', ')}); mean Goldstein ${mean.toFixed(1)}`));
      chart.append(g);
      line.push([x, yGold(mean)]);
    });
    if (line.length) lines.push(line);
    for (const l of lines) {
      if (l.length > 1) chart.append(svg('polyline', {points: l.map(p => p.join(',')).join(' '), class: 'goldstein'}));
      for (const [x, y] of l) chart.append(svg('circle', {cx: x, cy: y, r: 2.5, class: 'goldstein-dot'}));
    }
  }

  function isoDay(t) {
    return new Date(t).toISOString().slice(0, 10);
  }

  function filterDay(date) {
    $('f-from').value = date;
    $('f-to').value = date;
    $('filters').requestSubmit();
  }

  // ---- event list ----

  function renderList() {
    const n = state.events.length;
    const located = state.events.filter(hasPoint).length;
    $('summary').textContent = n === 0
      ? 'No events match.'
      : `${n} event${n === 1 ? '' : 's'}${n >= LIMIT ? ' (the first ' + LIMIT + ')' : ''}, ${located} on the map.`;
    $('event-list').replaceChildren(...state.events.map(eventItem));
  }

  function eventItem(e) {
    const allies = defendedTarget(e);
    return el('li', {class: 'event-item', 'data-id': e.id},
      el('a', {href: `#/event/${encodeURIComponent(e.id)}`},
        quadChip(e.quad_class),
        el('span', {class: 'date'}, e.date || 'undated'),
        el('span', {class: 'name'}, e.cameo_name || e.cameo),
        e.status && e.status !== 'asserted' && el('span', {class: 'badge'}, e.status),
        el('span', {class: 'dyad'}, dyad(e),
          allies.length > 0 && el('span', {class: 'allied', title: `the target has defence partners: ${allies.map(a => a.name).join('; ')}`}, ' ⚑ defence partners')),
        e.location && el('span', {class: 'place'}, e.location.name)));
  }

  // defendedTarget returns the defence treaties binding the target of a conflict event
  // (verbal or material) to third states: escalation against a state with allies is a
  // different thing from escalation against one alone.
  function defendedTarget(e) {
    if (e.quad_class !== 3 && e.quad_class !== 4) return [];
    return (e.alliances || []).filter(a => a.side === 'target' && a.kind === 'defence');
  }

  // ---- treaty context ----

  const TREATY_KINDS = {defence: 'collective defence', consultation: 'consultation',
    nonaggression: 'non-aggression', neutrality: 'neutrality', assurance: 'security assurance'};

  // targetTreaties returns the treaties binding the state an event is against (the target's
  // country, or for a cross-border event without one, the territory) on the event's day, or
  // the article's publication date when the event's date is not a day, as the coder does.
  async function targetTreaties(e, article) {
    const country = (e.target && e.target.country) || (e.cross_border ? e.territory : '');
    const day = dayOf(e) || (article.published ? article.published.slice(0, 10) : '');
    if (!country || !day) return {country, treaties: []};
    try {
      const treaties = await getJSON(`api/alliances?country=${encodeURIComponent(country)}&date=${day}`);
      return {country, treaties: treaties || []};
    } catch (err) {
      return {country, treaties: []}; // a server without the treaty table: no sentence
    }
  }

  // treatySentence: "Armenia: CSTO (collective defence, Article 4) with Russia, Belarus,
  // Kazakhstan, Kyrgyzstan, Tajikistan; bilateral treaty with Russia, 1997".
  function treatySentence(country, treaties) {
    const name = code => {
      const t = treaties.find(t => t.names && t.names[code]);
      return t ? t.names[code] : code;
    };
    const parts = treaties.map(t => {
      const partners = t.partners.map(name).join(', ');
      const kind = TREATY_KINDS[t.kind] || t.kind;
      if (t.parties.length === 2) {
        return `bilateral treaty with ${partners}, ${t.signed.slice(0, 4)}${t.kind === 'defence' ? '' : ` (${kind})`}`;
      }
      return `${t.short || t.name} (${kind}, ${t.article}) with ${partners}`;
    });
    return `${name(country)}: ${parts.join('; ')}`;
  }

  function treatyContext(e, {country, treaties}) {
    if (treaties.length === 0 && !e.intra_alliance) return null;
    return el('p', {id: 'alliances', class: 'alliances'},
      treaties.length > 0 && el('span', {class: 'treaties', title: 'treaties in force that day (dict/alliances)'}, treatySentence(country, treaties)),
      e.intra_alliance && el('span', {class: 'intra'}, treaties.length > 0 ? ' · ' : '', 'source and target are treaty partners'));
  }

  // ---- event view ----

  async function showEvent(id) {
    const e = await getJSON(`api/events/${encodeURIComponent(id)}`);
    const {article} = await getJSON(`api/articles/${encodeURIComponent(e.article_id)}`);
    const treaties = await targetTreaties(e, article);
    const view = $('event-view');
    const bytes = encoder.encode(article.text);
    const inner = [];
    if (e.source) inner.push({start: e.source.start, end: e.source.end, cls: 'm-source', label: `source: ${actorText(e.source)}`});
    if (e.target) inner.push({start: e.target.start, end: e.target.end, cls: 'm-target', label: `target: ${actorText(e.target)}`});
    if (e.trigger && e.trigger.end > e.trigger.start) inner.push({start: e.trigger.start, end: e.trigger.end, cls: 'm-trigger', label: `trigger: ${e.cameo} ${e.cameo_name}`});
    for (const q of e.quantities || []) inner.push({start: q.start, end: q.end, cls: 'm-quantity', label: `${q.value} ${q.unit}`});
    inner.push(...placeAndDate(bytes, e));
    const highlight = el('mark', {class: 'highlight'}, marked(bytes, e.start, e.end, inner));
    const text = el('div', {id: 'evidence', class: 'text'},
      marked(bytes, 0, e.start, []), highlight, marked(bytes, e.end, bytes.length, []));

    view.replaceChildren(
      el('p', {class: 'nav'}, el('a', {href: listHash()}, '← all events')),
      el('h2', {}, quadChip(e.quad_class), ' ', e.cameo_name || e.cameo, ' ', el('span', {class: 'code'}, e.cameo)),
      el('p', {class: 'dyad'}, dyad(e)),
      ...[treatyContext(e, treaties)].filter(Boolean), // replaceChildren would print a null
      fields(e),
      el('h3', {}, 'Evidence in ', el('a', {href: `#/article/${encodeURIComponent(article.id)}`}, article.title || article.id)),
      el('p', {class: 'keys'}, 'Marked: ', key('m-source', 'source'), key('m-target', 'target'),
        key('m-trigger', 'trigger'), key('m-quantity', 'quantity'), key('m-place', 'place'), key('m-date', 'date')),
      text);
    showView('event-view');
    select(e.id);
    highlight.scrollIntoView({block: 'nearest'});
  }

  function key(cls, label) {
    return el('span', {class: `key ${cls}`}, label);
  }

  function fields(e) {
    const loc = e.location;
    const rows = [
      ['Event', e.id],
      ['CAMEO', `${e.cameo} ${e.cameo_name}`],
      ['PLOVER', e.plover || '—'],
      ['Quad class', `${e.quad_class} (${QUADS[e.quad_class] ? QUADS[e.quad_class].name : 'unknown'})`],
      ['Goldstein', String(e.goldstein)],
      ['Status', e.status],
      ['Date', [e.date || 'undated', e.date_text ? `“${e.date_text}”` : '', e.date_source ? `(from the ${e.date_source})` : ''].filter(Boolean).join(' ')],
      ['Source', actorText(e.source) + (e.source && e.source.country ? `, ${e.source.country}` : '')],
      ['Target', actorText(e.target) + (e.target && e.target.country ? `, ${e.target.country}` : '')],
      ['Location', loc
        ? [loc.name, loc.text && loc.text !== loc.name ? `(“${loc.text}”)` : '', loc.admin1, loc.country,
          hasPoint(e) ? `${loc.lat.toFixed(3)}, ${loc.lon.toFixed(3)}` : ''].filter(Boolean).join(' · ')
        : 'none'],
      ['Territory', e.territory || '—'],
      ['Cross-border', (e.cross_border ? 'yes' : 'no') + (e.territory_uncertain ? ' (near a border: uncertain)' : '')],
      ['Quantities', (e.quantities || []).length === 0 ? 'none'
        : el('ul', {}, e.quantities.map(q => el('li', {}, `${q.text}: ${q.value} ${q.unit}`)))],
      ['Evidence', `bytes ${e.start}–${e.end} of the article, sentence ${e.sentence + 1}`],
    ];
    return el('dl', {id: 'event-fields'}, rows.map(([k, v]) => [el('dt', {}, k), el('dd', {}, v)]));
  }

  // ---- article view ----

  async function showArticle(id) {
    const {article, events} = await getJSON(`api/articles/${encodeURIComponent(id)}`);
    const bytes = encoder.encode(article.text);
    const spans = [];
    for (const e of events) {
      spans.push({start: e.start, end: e.end, cls: 'm-event', label: `${e.cameo} ${e.cameo_name}: ${dyad(e)}`, event: e.id});
      for (const [role, a] of [['source', e.source], ['target', e.target]]) {
        if (a) spans.push({start: a.start, end: a.end, cls: 'm-actor', label: `${role}: ${actorText(a)}`});
      }
      spans.push(...placeAndDate(bytes, e));
    }
    const url = safeURL(article.url);
    $('article-view').replaceChildren(
      el('p', {class: 'nav'}, el('a', {href: listHash()}, '← all events')),
      el('h2', {}, article.title || article.id),
      el('p', {class: 'muted'}, [article.published ? article.published.slice(0, 10) : 'undated', article.source].filter(Boolean).join(' · '),
        url && ' · ', url && el('a', {href: url, rel: 'noreferrer noopener', target: '_blank'}, 'original')),
      el('p', {class: 'keys'}, 'Marked: ', key('m-event', 'event sentence'), key('m-actor', 'actor'),
        key('m-place', 'place'), key('m-date', 'date')),
      el('div', {id: 'article-text', class: 'text'}, marked(bytes, 0, bytes.length, spans)),
      el('h3', {}, `${events.length} event${events.length === 1 ? '' : 's'}`),
      el('ol', {class: 'article-events'}, events.map(eventItem)));
    showView('article-view');
    select(null);
  }

  // ---- start ----

  function start() {
    setupFilters();
    setupMap();
    let resizing;
    window.addEventListener('resize', () => {
      clearTimeout(resizing);
      resizing = setTimeout(renderTimeline, 150);
    });
    window.addEventListener('hashchange', route);
    route();
  }

  start();
})();
