// The annals page: loads events from the JSON API of the same origin and shows them on a
// map, a timeline and a list, with a view of one event and one article. Every text from the
// API is put in the page with textContent or text nodes, never parsed as HTML.
'use strict';

(function () {
  const LIMIT = 1000; // the API's largest page: the map shows at most this many events
  const {el, QUADS, $, formatDate, interval, geoPrecision, GEO_NAMES} = window.Annals;
  const PLOVER = ['ACCUSE', 'AGREE', 'AID', 'ASSAULT', 'COERCE', 'CONCEDE', 'CONSULT', 'COOPERATE',
    'MOBILIZE', 'PROTEST', 'REJECT', 'REQUEST', 'RETREAT', 'SANCTION', 'SUPPORT', 'THREATEN'];
  const STATUSES = ['asserted', 'planned', 'negated', 'hypothetical', 'historical'];
  const FILTERS = ['country', 'cameo', 'plover', 'status', 'from', 'to', 'q'];

  const state = {
    query: null, // the filter query string of the loaded events; null before the first load
    events: [],
  };


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

  const hasPoint = e => window.Annals.map.hasPoint(e);

  // dayOf returns an event's date when it names one day.
  function dayOf(e) {
    const t = interval(e);
    return t.precision === 'day' ? t.start : null;
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
        window.Annals.map.select(null);
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
    window.Annals.map.render(state.events);
    renderTimeline();
    renderList();
    document.body.dataset.state = 'ready';
  }

  // ---- map and timeline (map.js, timeline.js) ----

  function openEvent(id) {
    location.hash = `#/event/${encodeURIComponent(id)}`;
  }

  function renderTimeline() {
    window.Annals.timeline.render($('timeline'), $('timeline-note'), state.events, $('t-res').value, filterDays, openEvent);
  }

  function filterDays(from, to) {
    $('f-from').value = from;
    $('f-to').value = to;
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
        el('span', {class: 'date', title: e.date || 'no date'}, formatDate(e)),
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
    window.Annals.map.select(e.id);
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
      ['Date', [formatDate(e), e.date ? `(${e.date})` : '', e.date_text ? `“${e.date_text}”` : '', e.date_source ? `from the ${e.date_source}` : ''].filter(Boolean).join(' ')],
      ['Source', actorText(e.source) + (e.source && e.source.country ? `, ${e.source.country}` : '')],
      ['Target', actorText(e.target) + (e.target && e.target.country ? `, ${e.target.country}` : '')],
      ['Location', loc
        ? [loc.name, loc.text && loc.text !== loc.name ? `(“${loc.text}”)` : '', loc.admin1, loc.country,
          hasPoint(e) ? `${loc.lat.toFixed(3)}, ${loc.lon.toFixed(3)}` : '', GEO_NAMES[geoPrecision(e)]].filter(Boolean).join(' · ')
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
      el('p', {class: 'muted'}, [article.published ? window.Annals.dayText(article.published.slice(0, 10)) : 'date unknown', article.source].filter(Boolean).join(' · '),
        url && ' · ', url && el('a', {href: url, rel: 'noreferrer noopener', target: '_blank'}, 'original')),
      el('p', {class: 'keys'}, 'Marked: ', key('m-event', 'event sentence'), key('m-actor', 'actor'),
        key('m-place', 'place'), key('m-date', 'date')),
      el('div', {id: 'article-text', class: 'text'}, marked(bytes, 0, bytes.length, spans)),
      el('h3', {}, `${events.length} event${events.length === 1 ? '' : 's'}`),
      el('ol', {class: 'article-events'}, events.map(eventItem)));
    showView('article-view');
    window.Annals.map.select(null);
  }

  // ---- start ----

  function start() {
    window.Annals.showStatus = showStatus;
    window.Annals.dyad = dyad;
    setupFilters();
    window.Annals.map.setup(openEvent);
    $('t-res').addEventListener('change', renderTimeline);
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
