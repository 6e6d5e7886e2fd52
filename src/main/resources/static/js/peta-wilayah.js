/* A province's regencies and cities with most cases as a bar chart (Chart.js); the table beside it has them all. */
(function () {
  'use strict';
  const canvas = document.getElementById('regency-chart');
  if (!canvas || !window.Chart) {
    return;
  }
  const data = JSON.parse(canvas.dataset.chart);
  new Chart(canvas, {
    type: 'bar',
    data: { labels: data.labels, datasets: [{ label: canvas.dataset.label, data: data.values, backgroundColor: '#dc5a2c' }] },
    options: {
      indexAxis: 'y',
      maintainAspectRatio: false,
      animation: false,
      plugins: { legend: { display: false } },
      scales: { x: { beginAtZero: true, ticks: { precision: 0 } } },
    },
  });
  canvas.dataset.ready = 'true';
})();
