/*
 * Draws each <canvas data-chart> from the table named by its data-table: the rows' data-label and data-value,
 * so the numbers on the page and in the chart are the same. A timeline (data-chart="timeline") also shades the
 * election's phases from the rows of its data-phases table, so a cluster before or during the campaign shows
 * against the phase it fell in. Charts only: without this script the tables are the page.
 */
(function () {
  'use strict';
  const PHASE_COLOURS = ['rgba(255, 193, 7, 0.22)', 'rgba(220, 53, 69, 0.20)', 'rgba(111, 66, 193, 0.25)',
    'rgba(253, 126, 20, 0.45)', 'rgba(25, 135, 84, 0.20)', 'rgba(108, 117, 125, 0.18)'];
  const BAR = 'rgba(13, 110, 253, 0.75)';

  function rows(tableId, skipZero) {
    const table = document.getElementById(tableId);
    if (!table) {
      return [];
    }
    return Array.from(table.querySelectorAll('tbody tr[data-value]'))
      .map(row => ({ label: row.dataset.label, value: Number(row.dataset.value), start: row.dataset.start }))
      .filter(row => !skipZero || row.value > 0);
  }

  function phases(tableId) {
    const table = document.getElementById(tableId);
    return table ? Array.from(table.querySelectorAll('tbody tr[data-phase]')).map((row, i) => {
      const colour = PHASE_COLOURS[i % PHASE_COLOURS.length];
      const swatch = row.querySelector('.phase-swatch');
      if (swatch) {
        swatch.style.background = colour;
      }
      return { name: row.dataset.label, start: row.dataset.start, end: row.dataset.end, colour: colour };
    }) : [];
  }

  /** Shades each phase behind the bars, from the first bar that reaches into it to the last that starts in it. */
  function phaseBands(bands, points) {
    return {
      id: 'phaseBands',
      beforeDatasetsDraw(chart) {
        const x = chart.scales.x;
        const area = chart.chartArea;
        const half = points.length > 1 ? (x.getPixelForValue(1) - x.getPixelForValue(0)) / 2 : area.width / 2;
        const ctx = chart.ctx;
        ctx.save();
        bands.forEach(band => {
          let first = -1;
          let last = -1;
          points.forEach((p, i) => {
            const end = p.end || p.start;
            if (end >= band.start && p.start <= band.end) {
              if (first < 0) {
                first = i;
              }
              last = i;
            }
          });
          if (first < 0) {
            return;
          }
          const left = Math.max(area.left, x.getPixelForValue(first) - half);
          const right = Math.min(area.right, x.getPixelForValue(last) + half);
          ctx.fillStyle = band.colour;
          ctx.fillRect(left, area.top, right - left, area.bottom - area.top);
          ctx.fillStyle = '#212529';
          ctx.font = '11px system-ui, sans-serif';
          if (ctx.measureText(band.name).width + 6 < right - left) {
            ctx.fillText(band.name, left + 3, area.top + 12);
          }
        });
        ctx.restore();
      }
    };
  }

  function draw(canvas) {
    const type = canvas.dataset.chart;
    const data = rows(canvas.dataset.table, canvas.dataset.skipZero === 'true');
    if (type === 'timeline') {
      const table = document.getElementById(canvas.dataset.table);
      const points = Array.from(table.querySelectorAll('tbody tr[data-value]'))
        .map(row => ({ start: row.dataset.start, end: row.dataset.end }));
      canvas.dataset.bars = String(data.length);
      return new Chart(canvas, {
        type: 'bar',
        data: { labels: data.map(d => d.label), datasets: [{ data: data.map(d => d.value), backgroundColor: BAR }] },
        options: {
          maintainAspectRatio: false, animation: false,
          plugins: { legend: { display: false } },
          scales: { x: { ticks: { autoSkip: true, maxTicksLimit: 24 } }, y: { beginAtZero: true, ticks: { precision: 0 } } }
        },
        plugins: [phaseBands(phases(canvas.dataset.phases), points)]
      });
    }
    const horizontal = type === 'hbar';
    return new Chart(canvas, {
      type: type === 'line' ? 'line' : 'bar',
      data: {
        labels: data.map(d => d.label),
        datasets: [{ data: data.map(d => d.value), backgroundColor: BAR, borderColor: BAR, fill: false, tension: 0.2 }]
      },
      options: {
        indexAxis: horizontal ? 'y' : 'x', maintainAspectRatio: false, animation: false,
        plugins: { legend: { display: false } },
        scales: { [horizontal ? 'x' : 'y']: { beginAtZero: true, ticks: { precision: 0 } } }
      }
    });
  }

  function drawAll() {
    if (typeof Chart === 'undefined') {
      return;
    }
    document.querySelectorAll('canvas[data-chart]').forEach(canvas => {
      draw(canvas);
      canvas.dataset.drawn = 'true';
    });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', drawAll);
  }
  else {
    drawAll();
  }
}());
