/*
 * The violation map: draws /geo/provinces.json with Leaflet (no tile server) and shades each province from the
 * numbers the page carries in data-provinces ({code, name, value, shown, per10000}; value is null when the public
 * portal suppresses it). Clicking a province opens data-drill + code when the page has a drill-down.
 */
(function () {
  'use strict';
  const el = document.getElementById('map');
  if (!el || !window.L) {
    return;
  }
  const d = el.dataset;
  const areas = new Map(JSON.parse(d.provinces).map(a => [a.code, a]));
  const ZERO = '#f7f7f7';
  const NO_DATA = '#bdbdbd';
  const SCALE = ['#fde0c5', '#f9b98b', '#f28c55', '#dc5a2c', '#a8321a'];
  const legend = document.getElementById('map-legend');
  let metric = 'value';

  function format(n) {
    return Number(n).toLocaleString(document.documentElement.lang || 'id', { maximumFractionDigits: 2 });
  }

  // Equal intervals from the lowest shown value to the highest: few cases, few classes.
  function classes() {
    const values = [...areas.values()].map(a => a[metric]).filter(v => v !== null && v !== undefined && v > 0);
    const floor = d.mode === 'public' ? 4 : 0;
    const max = values.length ? Math.max(...values) : 0;
    const scale = d.mode === 'public' ? SCALE.slice(1) : SCALE;
    if (max <= floor) {
      return [];
    }
    // Counts are whole numbers: no more classes than there are values between floor and max.
    const steps = metric === 'value' ? Math.min(scale.length, Math.ceil(max - floor)) : scale.length;
    const width = (max - floor) / steps;
    return scale.slice(0, steps).map((colour, i) => ({
      colour,
      from: floor + width * i,
      to: i === steps - 1 ? max : floor + width * (i + 1),
    }));
  }

  let breaks = classes();

  function colourOf(area) {
    if (!area) {
      return NO_DATA;
    }
    if (area.shown === '<5') {
      return SCALE[0];
    }
    const v = area[metric];
    if (v === null || v === undefined) {
      return NO_DATA;
    }
    if (v === 0) {
      return ZERO;
    }
    const hit = breaks.find(b => v <= b.to);
    return hit ? hit.colour : (breaks.length ? breaks[breaks.length - 1].colour : SCALE[0]);
  }

  function label(area) {
    if (!area) {
      return '';
    }
    if (metric === 'per10000') {
      return `${area.name}: ${area.per10000 === null || area.per10000 === undefined ? d.labelNoData : format(area.per10000)} ${d.labelRate}`;
    }
    return `${area.name}: ${area.shown} ${d.labelCases}`;
  }

  function drawLegend() {
    if (!legend) {
      return;
    }
    const items = [[ZERO, '0']];
    if (d.mode === 'public') {
      items.push([SCALE[0], '<5']);
    }
    breaks.forEach(b => {
      const from = Math.floor(b.from) + 1;
      const to = Math.floor(b.to);
      items.push([b.colour, metric !== 'value' ? `${format(b.from)}–${format(b.to)}` : from >= to ? `${to}` : `${from}–${to}`]);
    });
    items.push([NO_DATA, d.mode === 'public' ? d.labelWithheld : d.labelNoData]);
    legend.replaceChildren(...items.map(([colour, text]) => {
      const item = document.createElement('span');
      const swatch = document.createElement('span');
      swatch.className = 'swatch';
      swatch.style.background = colour;
      item.append(swatch, text);
      return item;
    }));
  }

  const map = L.map(el, { scrollWheelZoom: false, zoomSnap: 0.25, attributionControl: true });
  map.attributionControl.setPrefix(false);
  map.attributionControl.addAttribution(d.attribution);
  let layer;
  fetch(d.geo).then(r => r.json()).then(geo => {
    layer = L.geoJSON(geo, {
      style: f => ({ className: 'province province-' + f.properties.code, weight: 0.8, color: '#5f6b73',
        fillOpacity: 0.9, fillColor: colourOf(areas.get(f.properties.code)) }),
      onEachFeature: (f, shape) => {
        shape.bindTooltip(() => label(areas.get(f.properties.code)), { sticky: true });
        if (d.drill) {
          shape.on('click', () => { window.location.href = d.drill + f.properties.code; });
        }
      },
    }).addTo(map);
    map.fitBounds(layer.getBounds());
    el.dataset.ready = 'true';
  });
  drawLegend();

  document.querySelectorAll('input[name=metric]').forEach(input => input.addEventListener('change', () => {
    metric = input.value;
    breaks = classes();
    drawLegend();
    if (layer) {
      layer.setStyle(f => ({ fillColor: colourOf(areas.get(f.properties.code)) }));
    }
  }));
})();
