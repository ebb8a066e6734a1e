// The dashboard's charts (Chart.js 4, from its WebJar): each canvas[data-chart] draws the table named by its
// data-table, so the picture shows exactly the table's numbers — the labels are the rows' first cells, each
// th[data-series] column is a series (reported, confirmed). "bar" draws columns (the trend by month), "hbar" bars
// (by unit, by type). Without JavaScript the tables are all there is; printed, the charts are redrawn to the page.
(function () {
  'use strict';

  var COLOURS = { reported: '#c0392b', confirmed: '#2e7d32' };

  function number(cell) {
    var value = parseFloat((cell ? cell.textContent : '').replace(/[^0-9.\-]/g, ''));
    return isNaN(value) ? 0 : value;
  }

  function read(table) {
    var headers = Array.prototype.slice.call(table.tHead.rows[0].cells);
    var rows = Array.prototype.slice.call(table.tBodies[0].rows);
    var datasets = [];
    headers.forEach(function (th, column) {
      if (!th.dataset.series) {
        return;
      }
      datasets.push({
        label: th.textContent.trim(),
        data: rows.map(function (row) { return number(row.cells[column]); }),
        backgroundColor: COLOURS[th.dataset.series],
        borderColor: COLOURS[th.dataset.series],
        maxBarThickness: 18
      });
    });
    return {
      labels: rows.map(function (row) { return row.cells[0].textContent.trim(); }),
      datasets: datasets
    };
  }

  function draw(canvas) {
    var table = document.getElementById(canvas.dataset.table);
    if (!table || !window.Chart) {
      return;
    }
    var horizontal = canvas.dataset.chart === 'hbar';
    var valueAxis = {
      beginAtZero: true,
      ticks: { precision: 0 },
      grid: { color: 'rgba(0, 0, 0, .08)' }
    };
    var labelAxis = { grid: { display: false }, ticks: { autoSkip: !horizontal } };
    new window.Chart(canvas, {
      type: 'bar',
      data: read(table),
      options: {
        indexAxis: horizontal ? 'y' : 'x',
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        scales: horizontal ? { x: valueAxis, y: labelAxis } : { x: labelAxis, y: valueAxis },
        plugins: {
          legend: { position: 'top', align: 'start', labels: { boxWidth: 12 } },
          tooltip: { mode: 'index', intersect: false }
        }
      }
    });
  }

  function drawAll() {
    if (window.Chart) {
      window.Chart.defaults.font.family = getComputedStyle(document.body).fontFamily;
      window.Chart.defaults.color = '#555';
    }
    document.querySelectorAll('canvas[data-chart]').forEach(draw);
  }

  // A printed page is narrower than the screen: each chart takes the printed width, and the screen's back after.
  function resizeAll() {
    if (!window.Chart) {
      return;
    }
    Object.values(window.Chart.instances).forEach(function (chart) { chart.resize(); });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', drawAll);
  } else {
    drawAll();
  }
  window.addEventListener('beforeprint', resizeAll);
  window.addEventListener('afterprint', resizeAll);
}());
