// Province maps (choropleth and tile grid) with the regency drill-down, and the bar charts of the public portal.
// Everything the page knows arrives in data- attributes and JSON from Netra; counts hidden by the small-cell rule
// arrive without a number (value null) and are drawn grey, with their mark ("<5" or "×") as the label.
document.addEventListener('DOMContentLoaded', () => {
  if (typeof echarts === 'undefined') return;
  const charts = [];
  window.addEventListener('resize', () => charts.forEach((c) => c.resize()));
  const fmt = (n) => (n === null || n === undefined ? '' : n.toLocaleString(document.documentElement.lang || 'id'));

  document.querySelectorAll('.netra-bar-chart').forEach((el) => {
    const labels = (el.dataset.labels || '').split('|');
    const values = (el.dataset.values || '').split('|').map((v) => (v === '' ? null : Number(v)));
    const texts = (el.dataset.texts || '').split('|');
    el.style.height = Math.max(180, labels.length * 30 + 40) + 'px';
    const chart = echarts.init(el);
    charts.push(chart);
    chart.setOption({
      animation: false,
      grid: { left: 8, right: 40, top: 8, bottom: 8, containLabel: true },
      xAxis: { type: 'value', minInterval: 1 },
      yAxis: { type: 'category', data: labels, inverse: true,
        axisLabel: { width: Math.min(240, el.clientWidth * 0.45), overflow: 'truncate' } },
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' },
        formatter: (p) => p[0].name + ': ' + texts[p[0].dataIndex] },
      series: [{ type: 'bar', name: el.dataset.series, data: values, itemStyle: { color: '#1f6feb' },
        label: { show: true, position: 'right', formatter: (p) => texts[p.dataIndex] } }],
    });
  });

  document.querySelectorAll('.netra-map').forEach(async (section) => {
    const d = section.dataset;
    const [geo, data] = await Promise.all([
      fetch(d.boundaries).then((r) => r.json()),
      fetch(d.source, { headers: { Accept: 'application/json' } }).then((r) => r.json()),
    ]);
    if (!data.available) return;
    echarts.registerMap('netra-provinces', geo);
    const byName = {};
    data.provinces.forEach((p) => { byName[p.name] = p; });
    const max = Math.max(1, ...data.provinces.map((p) => p.value || 0));
    const visualMap = { min: 0, max, calculable: false, orient: 'horizontal', left: 'center', bottom: 0,
      itemHeight: 120, inRange: { color: ['#e8f0fe', '#1f6feb', '#0b3d91'] }, outOfRange: { color: '#d0d4da' },
      text: [fmt(max), '0'] };
    const tooltip = (p) => p.name + ': ' + (byName[p.name] ? byName[p.name].text : '');

    const mapEl = section.querySelector('.netra-map-choropleth');
    mapEl.style.height = Math.max(260, Math.min(480, mapEl.clientWidth * 0.5)) + 'px';
    const map = echarts.init(mapEl);
    charts.push(map);
    map.setOption({
      animation: false,
      tooltip: { trigger: 'item', formatter: tooltip },
      visualMap: { ...visualMap, seriesIndex: 0 },
      series: [{ type: 'map', map: 'netra-provinces', roam: false, nameProperty: 'name',
        emphasis: { label: { show: false }, itemStyle: { areaColor: '#f2b705' } },
        itemStyle: { borderColor: '#ffffff', borderWidth: 0.5 },
        data: data.provinces.map((p) => ({ name: p.name, value: p.value === null ? NaN : p.value })) }],
    });

    const tileEl = section.querySelector('.netra-map-tiles');
    const cell = Math.max(18, Math.min(44, tileEl.clientWidth / 14.5));
    tileEl.style.height = cell * 6 + 60 + 'px';
    const tiles = echarts.init(tileEl);
    charts.push(tiles);
    tiles.setOption({
      animation: false,
      tooltip: { trigger: 'item', formatter: (p) => p.data.name + ': ' + p.data.text },
      grid: { left: cell / 2, right: cell / 2, top: cell / 2, bottom: 40 },
      xAxis: { type: 'value', min: -0.5, max: 13.5, show: false },
      yAxis: { type: 'value', min: -0.5, max: 5.5, inverse: true, show: false },
      visualMap: { ...visualMap, dimension: 2, seriesIndex: 0 },
      series: [{ type: 'scatter', symbol: 'rect', symbolSize: cell * 0.92,
        label: { show: true, fontSize: Math.max(8, cell / 4), color: '#111',
          formatter: (p) => p.data.code + '\n' + p.data.text },
        data: data.provinces.map((p) => ({ value: [p.tileCol, p.tileRow, p.value === null ? NaN : p.value],
          name: p.name, code: p.code, text: p.text })) }],
    });

    const open = (province) => province && showRegencies(section, province, charts, fmt);
    map.on('click', (p) => open(byName[p.name]));
    tiles.on('click', (p) => open(byName[p.data.name]));
  });

  async function showRegencies(section, province, charts, fmt) {
    const d = section.dataset;
    const box = section.querySelector('.netra-map-regencies');
    const view = await fetch(d.regencies.replace('{code}', encodeURIComponent(province.code)),
      { headers: { Accept: 'application/json' } }).then((r) => r.json());
    box.querySelector('.netra-map-regencies-title').textContent =
      d.labelRegencies.replace('{0}', province.name) + ' (' + province.text + ')';
    const table = box.querySelector('.netra-map-regency-table');
    const chartEl = box.querySelector('.netra-map-regency-chart');
    table.replaceChildren();
    if (view.withheld) {
      const row = table.insertRow();
      row.insertCell().textContent = d.labelWithheld;
      chartEl.style.height = '0px';
      return;
    }
    const head = table.createTHead().insertRow();
    [d.labelRank, d.labelRegency, d.labelCount].forEach((t) => {
      const th = document.createElement('th');
      th.textContent = t;
      head.appendChild(th);
    });
    const body = table.createTBody();
    view.regencies.forEach((r, i) => {
      const row = body.insertRow();
      row.insertCell().textContent = r.value === null ? '' : String(i + 1);
      row.insertCell().textContent = r.name;
      row.insertCell().textContent = r.text;
    });
    const top = view.regencies.filter((r) => r.value !== null && r.value > 0).slice(0, 15);
    chartEl.style.height = Math.max(120, top.length * 26 + 30) + 'px';
    let chart = echarts.getInstanceByDom(chartEl);
    if (!chart) {
      chart = echarts.init(chartEl);
      charts.push(chart);
    }
    chart.resize();
    chart.setOption({
      animation: false,
      grid: { left: 8, right: 40, top: 8, bottom: 8, containLabel: true },
      xAxis: { type: 'value', minInterval: 1 },
      yAxis: { type: 'category', inverse: true, data: top.map((r) => r.name),
        axisLabel: { width: Math.min(220, chartEl.clientWidth * 0.45), overflow: 'truncate' } },
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      series: [{ type: 'bar', name: d.labelCount, data: top.map((r) => r.value), itemStyle: { color: '#1f6feb' },
        label: { show: true, position: 'right', formatter: (p) => fmt(p.value) } }],
    }, true);
    box.scrollIntoView({ behavior: 'smooth', block: 'nearest' });
  }
});
