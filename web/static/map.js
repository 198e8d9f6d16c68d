// The page's map: country outlines, place labels that appear as one zooms in (countries,
// then large towns, then first-level regions; web/static/labels.json, made by
// tools/genlabels from the gazetteer), and the located events, drawn by the precision of
// their place and gathered into clusters that show their counts and split as one zooms in.
'use strict';

window.Annals.map = (function () {
  const {el, QUADS, geoPrecision, formatDate} = window.Annals;
  const CELL = 44; // events closer than this many pixels share a cluster
  const MAX_LABELS = 250;

  const state = {map: null, labels: [], labelLayer: null, markerLayer: null, events: [],
    markers: new Map(), selected: null, onOpen: null, popup: null};

  function setup(onOpen) {
    state.onOpen = onOpen;
    const map = L.map('map', {
      center: [30, 20], zoom: 2, minZoom: 1, maxZoom: 10,
      worldCopyJump: false, maxBounds: [[-90, -200], [90, 220]],
    });
    map.attributionControl.setPrefix('Leaflet');
    state.map = map;
    map.createPane('labels').style.zIndex = 450; // over the outlines, under the markers
    map.getPane('labels').style.pointerEvents = 'none';
    state.labelLayer = L.layerGroup().addTo(map);
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
      .catch(err => window.Annals.showStatus(`Country outlines: ${err.message}`));
    fetch('labels.json')
      .then(res => res.json())
      .then(rows => {
        state.labels = rows.map(([name, lat, lon, kind, zoom, rank]) => ({name, lat, lon, kind, zoom, rank}));
        renderLabels();
      })
      .catch(err => window.Annals.showStatus(`Place labels: ${err.message}`));
    map.on('zoomend', () => { renderLabels(); cluster(); });
    map.on('moveend', renderLabels);
    window.addEventListener('resize', () => map.invalidateSize());
    return map;
  }

  // renderLabels writes the labels due at this zoom inside the view, the most important
  // first, leaving out any that would overlap one already written.
  function renderLabels() {
    const map = state.map;
    state.labelLayer.clearLayers();
    const zoom = map.getZoom();
    const bounds = map.getBounds().pad(0.1);
    const placed = [];
    let n = 0;
    for (const l of state.labels) {
      if (l.zoom > zoom || !bounds.contains([l.lat, l.lon])) continue;
      const p = map.latLngToContainerPoint([l.lat, l.lon]);
      const w = l.name.length * (l.kind === 'c' ? 7.5 : 6.2) + 6, h = l.kind === 'c' ? 16 : 14;
      const box = {x0: p.x - w / 2, x1: p.x + w / 2, y0: p.y - h / 2, y1: p.y + h / 2};
      if (placed.some(b => b.x0 < box.x1 && box.x0 < b.x1 && b.y0 < box.y1 && box.y0 < b.y1)) continue;
      placed.push(box);
      const kind = {c: 'country', r: 'region', t: 'town'}[l.kind];
      L.marker([l.lat, l.lon], {
        pane: 'labels', interactive: false, keyboard: false,
        icon: L.divIcon({className: `map-label label-${kind}`, iconSize: null, html: el('span', {}, l.name)}),
      }).addTo(state.labelLayer);
      if (++n >= MAX_LABELS) break;
    }
  }

  function hasPoint(e) {
    return e.location && Number.isFinite(e.location.lat) && Number.isFinite(e.location.lon);
  }

  // render puts the events on the map and fits the view to them.
  function render(events) {
    state.events = events.filter(hasPoint);
    state.selected = null;
    if (state.events.length > 0) {
      const b = L.latLngBounds(state.events.map(e => [e.location.lat, e.location.lon]));
      // Not animated: markers must not move under a click while the map settles.
      state.map.fitBounds(b.pad(0.3), {maxZoom: 6, animate: false});
    }
    cluster();
  }

  // cluster draws the events at the map's zoom: those within CELL pixels of each other
  // (country-level events apart from the others) as one cluster with their count, the rest,
  // and the event shown, one marker each.
  function cluster() {
    const map = state.map;
    state.markerLayer.clearLayers();
    state.markers.clear();
    const zoom = map.getZoom();
    const cells = new Map();
    for (const e of state.events) {
      if (e.id === state.selected) { // the event shown is drawn apart from any cluster
        cells.set(`selected:${e.id}`, {kind: 'place', events: [e]});
        continue;
      }
      const p = map.project([e.location.lat, e.location.lon], zoom);
      const kind = geoPrecision(e) === 4 ? 'country' : 'place';
      const k = `${kind}:${Math.floor(p.x / CELL)}:${Math.floor(p.y / CELL)}`;
      if (!cells.has(k)) cells.set(k, {kind, events: []});
      cells.get(k).events.push(e);
    }
    for (const c of cells.values()) {
      if (c.events.length === 1) marker(c.events[0]).addTo(state.markerLayer);
      else clusterMarker(c).addTo(state.markerLayer);
    }
    if (state.selected) select(state.selected);
  }

  // marker draws one event by the precision of its place: a town as a filled dot, a
  // district as a larger paler dot, a first-level region as a dashed ring over its area,
  // a country as a hollow ring, so that a country-level event never passes for a town.
  function marker(e) {
    const q = QUADS[e.quad_class] ? e.quad_class : 0;
    const colour = QUADS[q] ? QUADS[q].colour : '#777';
    const geo = geoPrecision(e) || 1;
    const style = {
      1: {radius: 6, weight: 1, color: '#333', fillOpacity: 0.9, cls: 'geo-point'},
      2: {radius: 8, weight: 1.5, color: '#333', fillOpacity: 0.6, cls: 'geo-district'},
      3: {radius: 12, weight: 2, color: colour, fillOpacity: 0.2, dashArray: '5 3', cls: 'geo-region'},
      4: {radius: 15, weight: 3, color: colour, fillOpacity: 0, dashArray: '2 4', cls: 'geo-country'},
    }[geo];
    const m = L.circleMarker([e.location.lat, e.location.lon], {
      radius: style.radius, weight: style.weight, color: style.color, dashArray: style.dashArray,
      fillColor: colour, fillOpacity: style.fillOpacity,
      className: `event-marker ${style.cls} quad-${q}`,
    });
    m.annalsStyle = {weight: style.weight, color: style.color};
    m.bindPopup(() => popup(e, [e]), {maxWidth: 320});
    m.on('click', () => state.onOpen(e.id));
    state.markers.set(e.id, m);
    return m;
  }

  // clusterMarker draws several events as a disc with their count; a click zooms in to
  // them, or, where they share one point or the map can zoom no closer, lists them.
  function clusterMarker(c) {
    const lat = c.events.reduce((s, e) => s + e.location.lat, 0) / c.events.length;
    const lon = c.events.reduce((s, e) => s + e.location.lon, 0) / c.events.length;
    const n = c.events.length;
    const size = Math.round(Math.min(22 + Math.log2(n) * 6, 54));
    const conflict = c.events.filter(e => e.quad_class >= 3).length;
    const tone = conflict * 2 > n ? 'conflict' : 'cooperation';
    const m = L.marker([lat, lon], {
      icon: L.divIcon({
        className: `event-cluster ${c.kind === 'country' ? 'geo-country' : 'geo-place'} ${tone}`,
        iconSize: [size, size],
        html: el('span', {'data-count': n, title: `${n} events${c.kind === 'country' ? ' placed only in a country' : ''}; click to zoom in`}, String(n)),
      }),
      keyboard: true,
      title: `${n} events`,
    });
    const bounds = L.latLngBounds(c.events.map(e => [e.location.lat, e.location.lon]));
    const samePoint = bounds.getNorthEast().equals(bounds.getSouthWest());
    m.on('click', () => {
      if (samePoint || state.map.getZoom() >= state.map.getMaxZoom()) {
        L.popup({maxWidth: 320}).setLatLng([lat, lon]).setContent(popup(c.events[0], c.events)).openOn(state.map);
      } else {
        state.map.fitBounds(bounds.pad(0.5), {maxZoom: state.map.getMaxZoom()});
      }
    });
    return m;
  }

  // popup describes an event and lists the others drawn with it.
  function popup(e, here) {
    const others = here.filter(o => o.id !== e.id);
    const dyad = window.Annals.dyad;
    return el('div', {class: 'popup'},
      el('strong', {}, e.cameo_name || e.cameo), ' ', el('span', {class: 'code'}, e.cameo),
      el('div', {}, dyad(e)),
      el('div', {class: 'muted'}, [formatDate(e), e.location.name, window.Annals.GEO_NAMES[geoPrecision(e)]].filter(Boolean).join(' · ')),
      el('div', {},
        el('a', {href: `#/event/${encodeURIComponent(e.id)}`}, 'event'), ' · ',
        el('a', {href: `#/article/${encodeURIComponent(e.article_id)}`}, 'article')),
      others.length > 0 && el('details', {open: here.length > 1 && here[0] !== e},
        el('summary', {}, `${others.length} more here`),
        el('ul', {}, others.slice(0, 30).map(o =>
          el('li', {}, el('a', {href: `#/event/${encodeURIComponent(o.id)}`}, `${o.cameo_name || o.cameo}: ${dyad(o)}`))))));
  }

  // select marks the event shown, drawing it apart from any cluster and bringing it into
  // view; select(null) marks none.
  function select(id) {
    id = id || null;
    if (state.selected) {
      const old = state.markers.get(state.selected);
      if (old) old.setStyle(old.annalsStyle);
    }
    const changed = state.selected !== id;
    state.selected = id;
    const e = id && state.events.find(x => x.id === id);
    if (e && !state.map.getBounds().contains([e.location.lat, e.location.lon])) {
      state.map.setView([e.location.lat, e.location.lon], Math.max(state.map.getZoom(), 5), {animate: false});
    }
    if (changed) {
      cluster(); // which selects the event again, now a marker of its own
      return;
    }
    const m = id && state.markers.get(id);
    if (!m) return;
    m.setStyle({weight: 4, color: '#000'}).bringToFront();
    if (!m.isPopupOpen()) m.openPopup();
  }

  return {setup, render, select, hasPoint, get map() { return state.map; }};
})();
