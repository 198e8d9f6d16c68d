// The page's timeline: every dated event, binned by day, week, month or year. An event whose
// date fits in one bin is part of that bin's bar (stacked by quad class); one dated to a
// longer period than a bin (a month on a daily timeline) is drawn as a strip over the bins it
// covers. The mean Goldstein score of each bin is a line, broken where a bin has none.
'use strict';

window.Annals.timeline = (function () {
  const {svg, QUADS, DAY, iso, interval, formatDate, MONTHS} = window.Annals;
  const MAX_BINS = 400;
  const ORDER = ['day', 'week', 'month', 'year'];

  const t = d => Date.parse(d + 'T00:00:00Z');

  // binStart returns the first day of the bin that holds day ms at a resolution.
  function binStart(ms, res) {
    const d = new Date(ms);
    switch (res) {
      case 'week': return ms - ((d.getUTCDay() + 6) % 7) * DAY;
      case 'month': return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1);
      case 'year': return Date.UTC(d.getUTCFullYear(), 0, 1);
    }
    return ms;
  }

  function nextBin(ms, res) {
    const d = new Date(ms);
    switch (res) {
      case 'week': return ms + 7 * DAY;
      case 'month': return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1);
      case 'year': return Date.UTC(d.getUTCFullYear() + 1, 0, 1);
    }
    return ms + DAY;
  }

  function binLabel(ms, res) {
    const d = new Date(ms);
    const month = MONTHS[d.getUTCMonth()].slice(0, 3);
    switch (res) {
      case 'month': return `${month} ${d.getUTCFullYear()}`;
      case 'year': return String(d.getUTCFullYear());
    }
    return `${d.getUTCDate()} ${month} ${d.getUTCFullYear()}`;
  }

  // chooseResolution: the one asked for, or for "auto" the finest that keeps the bins few
  // enough to read; never finer than MAX_BINS allows.
  function chooseResolution(asked, first, last) {
    const days = (last - first) / DAY + 1;
    let res = asked;
    if (!ORDER.includes(res)) res = days <= 90 ? 'day' : days <= 3 * 365 ? 'week' : days <= 30 * 365 ? 'month' : 'year';
    for (let i = ORDER.indexOf(res); i < ORDER.length - 1; i++) {
      let n = 0;
      for (let b = binStart(first, ORDER[i]); b <= last && n <= MAX_BINS; b = nextBin(b, ORDER[i])) n++;
      if (n <= MAX_BINS) return ORDER[i];
    }
    return 'year';
  }

  // layout reads the events into bins and strips.
  function layout(events, asked) {
    const dated = [];
    let undated = 0;
    for (const e of events) {
      const iv = interval(e);
      if (!iv.start || !iv.end) { undated++; continue; }
      dated.push({e, start: t(iv.start), end: t(iv.end), precision: iv.precision});
    }
    if (dated.length === 0) return {undated, bins: [], strips: []};
    const first = Math.min(...dated.map(d => d.start)), last = Math.max(...dated.map(d => d.end));
    const res = chooseResolution(asked, first, last);
    const bins = [];
    const index = new Map();
    for (let b = binStart(first, res); b <= last; b = nextBin(b, res)) {
      index.set(b, bins.length);
      bins.push({start: b, end: nextBin(b, res) - DAY, quad: [0, 0, 0, 0], n: 0, goldstein: 0, ids: []});
    }
    const strips = [];
    for (const d of dated) {
      const a = index.get(binStart(d.start, res)), b = index.get(binStart(d.end, res));
      if (a === b) {
        const bin = bins[a];
        if (d.e.quad_class >= 1 && d.e.quad_class <= 4) bin.quad[d.e.quad_class - 1]++;
        bin.n++;
        bin.goldstein += d.e.goldstein;
        bin.ids.push(d.e.id);
      } else {
        strips.push({e: d.e, from: a, to: b});
      }
    }
    return {res, bins, strips, undated};
  }

  // laneOf stacks the strips in lanes so that none overlaps another.
  function lanes(strips) {
    const ends = [];
    strips.sort((x, y) => x.from - y.from || y.to - x.to);
    for (const s of strips) {
      let lane = ends.findIndex(end => end < s.from);
      if (lane < 0) { lane = ends.length; ends.push(-1); }
      ends[lane] = s.to;
      s.lane = lane;
    }
    return ends.length;
  }

  // render draws the timeline into the svg chart; note gets a sentence on what is drawn;
  // onBin(from, to) is called when a bin is chosen, onEvent(id) when a strip is.
  function render(chart, note, events, asked, onBin, onEvent) {
    chart.replaceChildren();
    const {res, bins, strips, undated} = layout(events, asked);
    const undatedNote = undated > 0 ? ` ${undated} event${undated === 1 ? '' : 's'} with no known date ${undated === 1 ? 'is' : 'are'} not shown.` : '';
    if (bins.length === 0) {
      chart.append(svg('text', {x: 12, y: 24, class: 'axis'}, 'No dated events.'));
      note.textContent = undatedNote.trim();
      return;
    }
    note.textContent = `Bars: events per ${res}.` +
      (strips.length > 0 ? ` Strips: ${strips.length} event${strips.length === 1 ? '' : 's'} dated to a longer period than a ${res}.` : '') + undatedNote;
    const width = Math.max(chart.clientWidth || 600, 200);
    const nLanes = Math.min(lanes(strips), 8);
    const laneH = 6;
    const stripsH = nLanes > 0 ? nLanes * laneH + 6 : 0;
    const height = Math.max(chart.clientHeight || 170, 120);
    chart.setAttribute('viewBox', `0 0 ${width} ${height}`);
    const pad = {left: 34, right: 34, top: 8 + stripsH, bottom: 30};
    const plotW = width - pad.left - pad.right, plotH = height - pad.top - pad.bottom;
    const slotW = plotW / bins.length;
    const maxN = Math.max(1, ...bins.map(b => b.n));
    const yGold = g => pad.top + plotH / 2 - (g / 10) * (plotH / 2);
    axes(chart, pad, plotW, plotH, maxN, yGold);
    drawStrips(chart, strips, pad, slotW, laneH, nLanes, onEvent);
    const barW = Math.max(Math.min(slotW * 0.8, 40), 1.5);
    const segments = [];
    let line = [];
    let lastLabel = -Infinity;
    bins.forEach((bin, i) => {
      const x = pad.left + i * slotW + slotW / 2;
      if (x - lastLabel > 80) {
        chart.append(svg('text', {x, y: height - 10, class: 'axis', 'text-anchor': 'middle'}, binLabel(bin.start, res)));
        lastLabel = x;
      }
      if (bin.n === 0) {
        if (line.length) segments.push(line);
        line = [];
        return;
      }
      chart.append(bar(bin, x, barW, pad, plotH, maxN, res, onBin));
      line.push([x, yGold(bin.goldstein / bin.n)]);
    });
    if (line.length) segments.push(line);
    for (const l of segments) {
      if (l.length > 1) chart.append(svg('polyline', {points: l.map(p => p.join(',')).join(' '), class: 'goldstein'}));
      for (const [x, y] of l) chart.append(svg('circle', {cx: x, cy: y, r: 2.5, class: 'goldstein-dot'}));
    }
  }

  // axes: counts on the left, Goldstein (-10 to 10) on the right.
  function axes(chart, pad, plotW, plotH, maxN, yGold) {
    const yCount = n => pad.top + plotH - (n / maxN) * plotH;
    chart.append(
      svg('line', {x1: pad.left, x2: pad.left + plotW, y1: pad.top + plotH, y2: pad.top + plotH, class: 'axis-line'}),
      svg('line', {x1: pad.left, x2: pad.left + plotW, y1: yGold(0), y2: yGold(0), class: 'zero-line'}),
      svg('text', {x: pad.left - 6, y: yCount(maxN) + 4, class: 'axis', 'text-anchor': 'end'}, String(maxN)),
      svg('text', {x: pad.left - 6, y: yCount(0), class: 'axis', 'text-anchor': 'end'}, '0'),
      svg('text', {x: pad.left + plotW + 6, y: yGold(10) + 4, class: 'axis gold'}, '+10'),
      svg('text', {x: pad.left + plotW + 6, y: yGold(0) + 4, class: 'axis gold'}, '0'),
      svg('text', {x: pad.left + plotW + 6, y: yGold(-10), class: 'axis gold'}, '−10'));
  }

  function bar(bin, x, barW, pad, plotH, maxN, res, onBin) {
    const from = iso(bin.start), to = iso(bin.end);
    const pick = () => onBin(from, to);
    const g = svg('g', {class: 'day bin', 'data-date': from, 'data-ids': bin.ids.join(' '), tabindex: 0,
      onclick: pick, onkeydown: ev => { if (ev.key === 'Enter') pick(); }});
    let y = pad.top + plotH;
    bin.quad.forEach((n, q) => {
      if (n === 0) return;
      const h = (n / maxN) * plotH;
      y -= h;
      g.append(svg('rect', {x: x - barW / 2, y, width: barW, height: h, class: `bar quad-${q + 1}`}));
    });
    const when = res === 'day' ? binLabel(bin.start, res) : `${res} of ${binLabel(bin.start, 'day')}`;
    g.append(svg('title', {}, `${when}: ${bin.n} event${bin.n === 1 ? '' : 's'} ` +
      `(${bin.quad.map((n, q) => `${n} ${QUADS[q + 1].name}`).join(', ')}); mean Goldstein ${(bin.goldstein / bin.n).toFixed(1)}`));
    return g;
  }

  function drawStrips(chart, strips, pad, slotW, laneH, nLanes, onEvent) {
    for (const s of strips) {
      const lane = Math.min(s.lane, nLanes - 1);
      const x = pad.left + s.from * slotW + 1;
      const w = Math.max((s.to - s.from + 1) * slotW - 2, 2);
      const y = 4 + lane * laneH;
      const q = s.e.quad_class >= 1 && s.e.quad_class <= 4 ? s.e.quad_class : 0;
      const open = () => onEvent(s.e.id);
      chart.append(svg('rect', {x, y, width: w, height: laneH - 1.5, rx: 1.5, class: `strip quad-${q}`,
        'data-ids': s.e.id, tabindex: 0, onclick: open, onkeydown: ev => { if (ev.key === 'Enter') open(); }},
      svg('title', {}, `${formatDate(s.e)}: ${s.e.cameo_name || s.e.cameo}`)));
    }
  }

  return {render, layout};
})();
