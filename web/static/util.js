// Shared by the page's scripts: DOM helpers, the quad classes, and the reading of event
// dates and places (the precision fields of the records, or, for records stored before
// they existed, the same worked out from the date and the location).
'use strict';

window.Annals = (function () {
  const SVG = 'http://www.w3.org/2000/svg';
  const QUADS = {
    1: {name: 'verbal cooperation', colour: '#2a9d8f'},
    2: {name: 'material cooperation', colour: '#3a6fb0'},
    3: {name: 'verbal conflict', colour: '#e0a030'},
    4: {name: 'material conflict', colour: '#c8402f'},
  };
  const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August',
    'September', 'October', 'November', 'December'];
  const SEASONS = {SP: 'spring', SU: 'summer', FA: 'autumn', WI: 'winter'};

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

  const DAY = 864e5;
  const iso = t => new Date(t).toISOString().slice(0, 10);
  const utc = (y, m, d) => Date.UTC(y, m - 1, d);
  const lastDay = (y, m) => iso(utc(y, m + 1, 0));

  // interval returns {precision, start, end} of an event's date: the record's fields when
  // it has them, else read from its TIMEX3 value as the coder does (precision.go).
  function interval(e) {
    if (e.date_precision) {
      return {precision: e.date_precision, start: e.date_start || null, end: e.date_end || null};
    }
    const v = (e.date || '').split('T')[0];
    let m;
    if ((m = v.match(/^(\d{4})-(\d{2})-(\d{2})$/))) return {precision: 'day', start: v, end: v};
    if ((m = v.match(/^(\d{4})-?W(\d{2})/))) {
      const y = +m[1], jan4 = utc(y, 1, 4);
      const monday = jan4 - ((new Date(jan4).getUTCDay() + 6) % 7) * DAY + (+m[2] - 1) * 7 * DAY;
      return {precision: 'week', start: iso(monday), end: iso(monday + 6 * DAY)};
    }
    if ((m = v.match(/^(\d{4})-(\d{2})$/))) {
      return {precision: 'month', start: `${v}-01`, end: lastDay(+m[1], +m[2])};
    }
    if ((m = v.match(/^(\d{4})$/))) return {precision: 'year', start: `${v}-01-01`, end: `${v}-12-31`};
    if ((m = v.match(/^(\d{4})-(SP|SU|FA|WI|Q[1-4]|H[12])$/))) {
      const y = +m[1];
      const months = {SP: [3, 5], SU: [6, 8], FA: [9, 11], WI: [12, 14], Q1: [1, 3], Q2: [4, 6], Q3: [7, 9], Q4: [10, 12], H1: [1, 6], H2: [7, 12]}[m[2]];
      return {precision: 'year', start: iso(utc(y, months[0], 1)), end: iso(utc(y, months[1] + 1, 0))};
    }
    return {precision: 'none', start: null, end: null};
  }

  function dayText(d) {
    const [y, m, day] = d.split('-').map(Number);
    return `${day} ${MONTHS[m - 1]} ${y}`;
  }

  // formatDate writes an event's date as people read it: "14 May 2021", "week of 10 May
  // 2021", "May 2021", "2021", "autumn 2020", "date unknown".
  function formatDate(e) {
    const t = interval(e);
    const v = (e.date || '').split('T')[0];
    switch (t.precision) {
      case 'day': return dayText(t.start);
      case 'week': return `week of ${dayText(t.start)}`;
      case 'month': return `${MONTHS[+t.start.slice(5, 7) - 1]} ${t.start.slice(0, 4)}`;
      case 'year': {
        let m;
        if (/^\d{4}$/.test(v)) return v;
        if ((m = v.match(/^(\d{4})-(SP|SU|FA|WI)$/))) return `${SEASONS[m[2]]} ${m[1]}`;
        if ((m = v.match(/^(\d{4})-H([12])$/))) return `${m[2] === '1' ? 'first' : 'second'} half of ${m[1]}`;
        if ((m = v.match(/^(\d{4})-(Q[1-4])$/))) return `${m[2]} ${m[1]}`;
        if ((m = v.match(/^(\d{3})X$/))) return `${m[1]}0s`;
        return t.start && t.end ? `${dayText(t.start)} – ${dayText(t.end)}` : v;
      }
    }
    return 'date unknown';
  }

  // geoPrecision returns the record's geo_precision, or works it out from the location's
  // feature code: 1 town or point, 2 district, 3 first-level region, 4 country; 0 none.
  function geoPrecision(e) {
    if (e.geo_precision) return e.geo_precision;
    const l = e.location;
    if (!l) return 0;
    const f = l.feature || '';
    if (f === 'ADM1' || f === 'ADM1H') return 3;
    if (f.startsWith('PCL') || ['TERR', 'CONT', 'ZN', 'OCN'].includes(f) || (!f && !l.text && l.country)) return 4;
    if (f.startsWith('ADM') || ['RGN', 'RGNE', 'RGNH', 'ISLS', 'PRSH', 'AREA'].includes(f)) return 2;
    return 1;
  }

  const GEO_NAMES = {1: 'town or point', 2: 'district', 3: 'first-level region', 4: 'country'};

  return {el, svg, QUADS, MONTHS, DAY, iso, interval, formatDate, dayText, geoPrecision, GEO_NAMES,
    $: id => document.getElementById(id)};
})();
